/**
 * Benchmark step: a cold and a warm search in headless Chromium over a built site, served on
 * loopback with gzip and cache headers (gzip-server.ts). For each query: milliseconds from
 * navigation start until the first result is in the list (a MutationObserver records it),
 * and bytes transferred until then, counted by the server (all responses, and those under
 * /pagefind/; by default Pagefind fetches from a Web Worker, out of sight of the page's
 * DevTools session). Cold: a new browser profile. Warm: the same profile, a second query.
 * Prints a JSON line.
 *   tsx scripts/bench/search-step.ts <site dir> <cold query> <warm query>
 */
import { launchBrowser } from '../../test/support/browser';
import { serveGzip } from './gzip-server';
import type { SearchMeasure } from './run-size';

/** What a transfer is: the page and its assets, or which part of the Pagefind bundle. */
function kindOf(path: string): string {
  if (!path.includes('/pagefind/')) return 'page and assets';
  if (path.includes('/fragment/')) return 'pagefind fragments';
  if (path.includes('/index/')) return 'pagefind index chunks';
  if (path.includes('/filter/')) return 'pagefind filters';
  if (path.endsWith('.pf_meta')) return 'pagefind metadata';
  if (path.includes('wasm')) return 'pagefind wasm';
  return 'pagefind js';
}

const [site = 'dist', cold = '医疗救助', warm = '满意度'] = process.argv.slice(2);
const server = await serveGzip(site);
const browser = await launchBrowser();
const context = await browser.newContext();

async function search(query: string): Promise<SearchMeasure> {
  const page = await context.newPage();
  server.take();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstResult?: number };
    const observer = new MutationObserver(() => {
      if (document.querySelector('#search-results li')) {
        w.__firstResult = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => (window as unknown as { __firstResult?: number }).__firstResult !== undefined || /没有找到|失败/.test(document.getElementById('search-status')?.textContent ?? ''),
    null,
    { timeout: 300_000, polling: 50 },
  );
  // Let the transfers that finished before the first result report in.
  await page.waitForTimeout(300);
  const firstResultMs = await page.evaluate(() => (window as unknown as { __firstResult?: number }).__firstResult ?? null);
  const results = (await page.textContent('#search-status')) ?? '';
  await page.close();
  const sent = server.take();
  const bytes = sent.reduce((n, t) => n + t.bytes, 0);
  const pagefindBytes = sent.filter((t) => t.path.includes('/pagefind/')).reduce((n, t) => n + t.bytes, 0);
  const byKind: Record<string, number> = {};
  for (const t of sent) byKind[kindOf(t.path)] = (byKind[kindOf(t.path)] ?? 0) + t.bytes;
  return { query, byKind, firstResultMs, results: results.trim(), bytes, pagefindBytes, requests: sent.length };
}

const coldResult = await search(cold);
const warmResult = await search(warm);
await browser.close();
await server.close();
process.stdout.write(`${JSON.stringify({ cold: coldResult, warm: warmResult })}\n`);
