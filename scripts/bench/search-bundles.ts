/**
 * tsx scripts/bench/search-bundles.ts <built site> <its data folder> [query]
 *
 * Measures the "one Pagefind bundle per province" design of docs/sharding.md on a built site:
 *   1. indexes each province's agency pages (/agencies/<slug>/… of the agencies whose region
 *      code starts with that province's) into its own bundle, <site>/pagefind-<code>/;
 *   2. in headless Chromium, a cold query (first five results' fragments loaded, as the search
 *      page does) against (a) the site's whole index, (b) one province's bundle alone, and
 *      (c) every province's bundle, the first as primary and the others added with
 *      pagefind.mergeIndex — bytes by kind, requests, milliseconds, and the result count,
 *      which for (c) must equal the sum over the bundles.
 * The bundles are removed afterwards. Prints one JSON line. (a) needs a site indexed as one
 * bundle (MINGZHANG_SEARCH=single); on a scoped site it is left out. The scoped bundles the
 * build now writes are measured by search-step.ts and search-scale.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeIndexer, indexSite } from '../../src/lib/site/pagefind-index';
import { launchBrowser } from '../../test/support/browser';
import { serveGzip, type Transfer } from './gzip-server';

const [siteArg, dataArg, query = '医疗救助'] = process.argv.slice(2);
if (!siteArg || !dataArg) throw new Error('usage: search-bundles.ts <built site> <data folder> [query]');
const site = resolve(siteArg);
const agencies = (JSON.parse(readFileSync(join(dataArg, 'agencies.json'), 'utf8')) as { agencies: { slug: string; regionCode?: string }[] }).agencies;
const byProvince = new Map<string, string[]>();
for (const a of agencies) if (a.regionCode) byProvince.set(a.regionCode.slice(0, 2), [...(byProvince.get(a.regionCode.slice(0, 2)) ?? []), a.slug]);

// 1. One bundle per province.
const bundles: { code: string; pages: number; path: string }[] = [];
for (const [code, slugs] of [...byProvince].sort()) {
  const glob = slugs.length === 1 ? `agencies/${slugs[0]}/**/*.html` : `agencies/{${slugs.join(',')}}/**/*.html`;
  const { pages, errors } = await indexSite(site, { glob, bundle: `pagefind-${code}` });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  if (pages === 0) continue;
  bundles.push({ code, pages, path: `/pagefind-${code}/` });
}
await closeIndexer();

// 2. Cold queries.
function kindOf(path: string): string {
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.includes('wasm')) return 'wasm';
  if (path.includes('pagefind')) return 'js and entry';
  return 'other';
}
const server = await serveGzip(site);
const browser = await launchBrowser();

async function cold(primary: string, merged: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A page of the same origin without the site's own scripts (the server's 404 text).
  await page.goto(`${server.url}__blank__`);
  server.take();
  const r = await page.evaluate(
    async ({ primary, merged, query }) => {
      // Pagefind segments a Chinese query only when the page says it is Chinese, as the site's pages do.
      document.documentElement.lang = 'zh-CN';
      const t0 = performance.now();
      const pf = await import(`${primary}pagefind.js`);
      await pf.options({ noWorker: true });
      await pf.init();
      for (const m of merged) await pf.mergeIndex(m);
      const search = await pf.search(query);
      const first = await Promise.all(search.results.slice(0, 5).map((x: { data(): Promise<{ url: string }> }) => x.data()));
      return { ms: performance.now() - t0, count: search.results.length as number, first: first.map((d) => d.url) };
    },
    { primary, merged, query },
  );
  await page.waitForTimeout(200);
  const sent: Transfer[] = server.take();
  await context.close();
  const byKind: Record<string, number> = {};
  for (const t of sent) byKind[kindOf(t.path)] = (byKind[kindOf(t.path)] ?? 0) + t.bytes;
  return { ...r, ms: Math.round(r.ms), bytes: sent.reduce((n, t) => n + t.bytes, 0), requests: sent.length, byKind };
}

const whole = existsSync(join(site, 'pagefind', 'pagefind.js')) ? await cold('/pagefind/', []) : undefined;
const perBundle = [];
for (const b of bundles) perBundle.push({ code: b.code, pages: b.pages, ...(await cold(b.path, [])) });
const all = await cold(bundles[0]!.path, bundles.slice(1).map((b) => b.path));
await browser.close();
await server.close();
for (const b of bundles) rmSync(join(site, `pagefind-${b.code}`), { recursive: true, force: true });

const sum = perBundle.reduce((n, b) => n + b.count, 0);
if (all.count !== sum) throw new Error(`merged search found ${all.count} results, the bundles alone ${sum}`);
process.stdout.write(`${JSON.stringify({ query, whole, perBundle, merged: { bundles: bundles.length, ...all } })}\n`);
