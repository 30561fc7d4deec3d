/**
 * Benchmark step: a cold and a warm search in headless Chromium over a built site, served on
 * loopback with gzip and cache headers (gzip-server.ts). For each query: milliseconds from
 * navigation start until the first result is in the list (a MutationObserver records it),
 * and bytes transferred until then, counted by the server (all responses, and those under
 * /pagefind/; by default Pagefind fetches from a Web Worker, out of sight of the page's
 * DevTools session). Cold: a new browser profile. Warm: the same profile, a second query.
 * Prints a JSON line.
 *
 * With scoped bundles (<site>/pagefind/scopes.json, src/lib/site/search-scopes.ts) the cold and
 * warm queries run in the scope of the largest prefecture bundle (what a reader coming from
 * that prefecture's pages searches); then, each in a new profile, the cold query in that
 * prefecture's province (every bundle of it merged) and in the directory (the default of a
 * search without a scope), reported as `province` and `directory`.
 *   tsx scripts/bench/search-step.ts <site dir> <cold query> <warm query>
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScopeManifest } from '../../src/lib/site/search-scopes';
import { launchBrowser } from '../../test/support/browser';
import { serveGzip } from './gzip-server';
import { kindOf, openSearch } from './search-page';
import type { SearchMeasure } from './run-size';


const [site = 'dist', cold = '医疗救助', warm = '满意度'] = process.argv.slice(2);
const manifestFile = join(site, 'pagefind', 'scopes.json');
const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as ScopeManifest) : undefined;
const prefecture = manifest?.scopes.filter((s) => s.kind === 'prefecture').sort((a, b) => b.pages - a.pages)[0];
const server = await serveGzip(site);
const browser = await launchBrowser();
const context = await browser.newContext();

async function search(query: string, scope?: string, ctx = context): Promise<SearchMeasure> {
  const page = await ctx.newPage();
  server.take();
  const { firstResultMs, status: results } = await openSearch(page, `${server.url}search/?q=${encodeURIComponent(query)}${scope ? `&scope=${scope}` : ''}`, 300_000);
  await page.close();
  const sent = server.take();
  const bytes = sent.reduce((n, t) => n + t.bytes, 0);
  const pagefindBytes = sent.filter((t) => t.path.includes('/pagefind/')).reduce((n, t) => n + t.bytes, 0);
  const byKind: Record<string, number> = {};
  for (const t of sent) byKind[kindOf(t.path)] = (byKind[kindOf(t.path)] ?? 0) + t.bytes;
  const named = scope ? `${query}（范围 ${scope} ${manifest?.scopes.find((s) => s.id === scope)?.name ?? ''}）` : query;
  return { query: named, byKind, firstResultMs, results, bytes, pagefindBytes, requests: sent.length };
}

/** A cold query in a new browser profile. */
async function coldIn(query: string, scope: string): Promise<SearchMeasure> {
  const ctx = await browser.newContext();
  try {
    return await search(query, scope, ctx);
  } finally {
    await ctx.close();
  }
}

const coldResult = await search(cold, prefecture?.id);
const warmResult = await search(warm, prefecture?.id);
const scoped = prefecture
  ? { scope: { id: prefecture.id, name: prefecture.name, pages: prefecture.pages }, province: await coldIn(cold, prefecture.parent!), directory: await coldIn(cold, 'directory') }
  : {};
await browser.close();
await server.close();
process.stdout.write(`${JSON.stringify({ cold: coldResult, warm: warmResult, ...scoped })}\n`);
