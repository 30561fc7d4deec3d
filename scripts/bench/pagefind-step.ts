/**
 * Benchmark step: the build's search indexing (scripts/build.ts step 3) over a built site
 * folder: one bundle in <site>/pagefind, or the scoped bundles and their manifest, as the
 * site's search page expects (src/lib/site/pagefind-index.ts; `--mode single|scoped` to choose).
 * Prints a JSON line: pages indexed, the mode, and in scoped mode the number of bundles and the
 * largest bundle's pages.
 *   tsx scripts/bench/pagefind-step.ts <site dir> [--mode single|scoped]
 */
import { resolve } from 'node:path';
import { indexForSearch } from '../../src/lib/site/pagefind-index';
import type { SearchMode } from '../../src/lib/site/search-scopes';

const site = resolve(process.argv[2] ?? 'dist');
const i = process.argv.indexOf('--mode');
const mode = i >= 0 ? (process.argv[i + 1] as SearchMode) : undefined;
const started = performance.now();
const r = await indexForSearch(site, { ...(mode && { mode }), onBundle: (b, pages) => process.stderr.write(`${b}: ${pages} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`) });
if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
const bundles = r.bundles ? [...r.bundles].sort((a, b) => b[1] - a[1]) : [];
process.stdout.write(`${JSON.stringify({
  pages: r.pages,
  mode: r.mode,
  ...(r.bundles && { bundles: bundles.length, largestBundle: { id: bundles[0]?.[0], pages: bundles[0]?.[1] }, directoryPages: r.bundles.get('directory') ?? 0 }),
})}\n`);
