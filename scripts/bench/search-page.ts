/**
 * One search page opened in headless Chromium, as the benchmarks measure it: the time from
 * navigation start until the first result is in the list (a MutationObserver records it), and
 * the status line. Transfers are counted by the serving side (gzip-server.ts), so this module
 * only says how long and what the page said; `kindOf` sorts a transferred path into the kinds
 * the report lists.
 */
import type { Page } from 'playwright-core';

/** What a transfer is: the page and its assets, or which part of a Pagefind bundle. */
export function kindOf(path: string): string {
  if (!path.includes('/pagefind/')) return 'page and assets';
  if (path.includes('/fragment/')) return 'pagefind fragments';
  if (path.includes('/index/')) return 'pagefind index chunks';
  if (path.includes('/filter/')) return 'pagefind filters';
  if (path.endsWith('.pf_meta')) return 'pagefind metadata';
  if (path.includes('wasm')) return 'pagefind wasm';
  return 'pagefind js';
}

/** Opens `url` (a /search/ page with its query) and waits for the first result or the page's "nothing found". */
export async function openSearch(page: Page, url: string, timeoutMs: number): Promise<{ firstResultMs: number | null; status: string }> {
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
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __firstResult?: number }).__firstResult !== undefined || /没有找到|失败/.test(document.getElementById('search-status')?.textContent ?? ''),
    null,
    { timeout: timeoutMs, polling: 50 },
  );
  // Let the transfers that finished before the first result report in.
  await page.waitForTimeout(300);
  const firstResultMs = await page.evaluate(() => (window as unknown as { __firstResult?: number }).__firstResult ?? null);
  return { firstResultMs, status: ((await page.textContent('#search-status')) ?? '').trim() };
}
