/**
 * tsx scripts/bench/search-scale.ts <built site, scoped> <query> <name>=<province codes>… 
 *
 * What a cold query costs in a scoped bundle of national size, measured on a smaller corpus:
 * indexes the agency pages of the given provinces (`13`, or `43+44`) into one extra bundle
 * `/pagefind/99999<n>/` (an id no region has), then opens the real search page on it
 * (`/search/?q=…&scope=99999<n>`) in a new browser profile, on the gzip server, and reports
 * bytes by kind, requests and milliseconds to the first result, as search-step.ts does.
 * The extra bundles are removed afterwards. Prints one JSON line.
 *   tsx scripts/bench/search-scale.ts /tmp/site-1000 医疗救助 hebei=13 two=43+44
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeIndexer, indexSite, siteAgencies } from '../../src/lib/site/pagefind-index';
import { launchBrowser } from '../../test/support/browser';
import { serveGzip } from './gzip-server';
import { kindOf, openSearch } from './search-page';

const [siteArg, query = '医疗救助', ...specs] = process.argv.slice(2);
if (!siteArg || specs.length === 0) throw new Error('usage: search-scale.ts <site> <query> <name>=<province>[+<province>]…');
const site = resolve(siteArg);
const agencies = siteAgencies(site);
const folders = new Set(readdirSync(join(site, 'agencies')));


const bundles: { name: string; id: string; pages: number }[] = [];
for (const [i, spec] of specs.entries()) {
  const [name, codes] = spec.split('=') as [string, string];
  const provinces = codes.split('+');
  const slugs = agencies.filter((a) => a.regionCode && provinces.includes(a.regionCode.slice(0, 2)) && folders.has(a.slug)).map((a) => a.slug);
  const id = `99999${i}`;
  const r = await indexSite(site, { glob: `agencies/{${slugs.join(',')}}/**/*.html`, bundle: join('pagefind', id) });
  await closeIndexer();
  if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
  bundles.push({ name, id, pages: r.indexed ?? 0 });
}

const server = await serveGzip(site);
const browser = await launchBrowser();
const out = [];
for (const b of bundles) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.take();
  const { firstResultMs, status: results } = await openSearch(page, `${server.url}search/?q=${encodeURIComponent(query)}&scope=${b.id}`, 120_000);
  await context.close();
  const sent = server.take();
  const byKind: Record<string, number> = {};
  for (const t of sent) byKind[kindOf(t.path)] = (byKind[kindOf(t.path)] ?? 0) + t.bytes;
  out.push({ ...b, query, firstResultMs: firstResultMs && Math.round(firstResultMs), results, bytes: sent.reduce((n, t) => n + t.bytes, 0), requests: sent.length, byKind });
}
await browser.close();
await server.close();
for (const b of bundles) rmSync(join(site, 'pagefind', b.id), { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(out)}\n`);
