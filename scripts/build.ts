/**
 * npm run build — validate data/, build the site, index it for search, then swap the result
 * into dist/. Every step writes to a staging folder; if any step fails, dist/ is left
 * byte-for-byte as it was and the process exits 1.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexForSearch } from '../src/lib/site/pagefind-index';
import { formatProblems } from '../src/lib/validation/problem';
import { validateFiles } from '../src/lib/validation/validate-files';

const root = process.cwd();
const dist = resolve(root, process.env.MINGZHANG_DIST ?? 'dist');
// One staging folder per output folder, so a test build into a temporary dist can run beside the main one.
const staging = resolve(root, '.dist-staging', createHash('sha256').update(dist).digest('hex').slice(0, 12));
const out = join(staging, 'site');

function fail(step: string, detail: string): never {
  process.stderr.write(`\n明账 build failed at: ${step}\n${detail}\n\ndist/ was left unchanged.\n`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

// 1. Validate: the same rules as `npm run validate`. Nothing is built from bad data.
//    One file at a time (validateFiles: memory follows the largest file, not the corpus); the
//    pages then load the documents without validation's source positions (MINGZHANG_VALIDATED below).
const result = await validateFiles(root, process.env.MINGZHANG_DATA ?? 'data');
if (!result.ok) fail('validation', formatProblems(result.problems.filter((p) => p.level === 'error')));
process.stdout.write(`validated ${result.documents} documents of ${result.agencies} agencies\n`);

// 2. Build the pages into staging.
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
// Astro runs on the same (pinned) Node as this script, whatever PATH says.
const astro = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, MINGZHANG_OUT_DIR: out, MINGZHANG_VALIDATED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('astro build', `astro build exited with ${astro.status ?? astro.signal}`);

// 3. Search index. An indexing error fails the build: a site whose search is broken is not published.
//    One bundle, or one per scope (MINGZHANG_SEARCH, src/lib/site/search-scopes.ts), as the
//    search page was built for.
const base = (process.env.MINGZHANG_BASE ?? '/').replace(/\/?$/, '/');
const indexed = await indexForSearch(out);
if (indexed.errors.length > 0) fail('search index', indexed.errors.join('\n'));
if (indexed.pages === 0) fail('search index', 'Pagefind indexed no pages: is data-pagefind-body on the content pages?');
const bundles = indexed.bundles ? `, ${indexed.bundles.size} scoped bundles` : '';
process.stdout.write(`indexed ${indexed.pages} pages for search${bundles} (base ${base})\n`);

// 4. Swap: the only step that touches dist/.
const old = join(staging, 'old');
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(out, dist);
rmSync(old, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
process.stdout.write(`built ${dist}\n`);
