/**
 * Indexing a built site with Pagefind (Node only): the one way `npm run build`, shard builds,
 * the shard merge and the benchmarks write search bundles. Errors are returned, not thrown,
 * so each caller says them its own way (the build fails with dist/ untouched).
 *
 * Two modes (src/lib/site/search-scopes.ts): one bundle for the whole site in `/pagefind/`
 * (`indexSite`), or one bundle per scope in `/pagefind/<bundle>/` with a manifest
 * `/pagefind/scopes.json` (`indexBundles`, `writeScopeManifest`). Bundles are indexed one at a
 * time, and Pagefind's service is stopped after each, so its memory follows the largest
 * bundle, not the site.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import {
  bundleOfAgency, DIRECTORY, planScopes, scopeCards, searchMode, SITE,
  type ScopeAgency, type ScopeManifest, type SearchMode,
} from './search-scopes';

export interface IndexResult {
  /** HTML files read (0 also when nothing was written: a glob that matched nothing). */
  pages: number;
  /** Pages in the written index: those with `data-pagefind-body` (Pagefind's own count, from `pagefind-entry.json`). */
  indexed?: number;
  /** Pagefind's errors, from creating the index, reading the pages or writing the bundle. */
  errors: string[];
}

/**
 * Indexes the HTML under `site` (or the files matching `glob` below it) into
 * `<site>/<bundle>` (default `pagefind`). A glob that matches no page writes nothing.
 * The index is deleted afterwards; `closeIndexer` stops the service.
 */
export async function indexSite(site: string, options: { glob?: string; bundle?: string } = {}): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) return { pages: 0, errors: errors.length > 0 ? errors : ['Pagefind did not create an index'] };
  try {
    const added = await index.addDirectory({ path: site, ...(options.glob !== undefined && { glob: options.glob }) });
    if (added.errors.length > 0 || added.page_count === 0) return { pages: added.page_count, errors: added.errors };
    const outputPath = join(site, options.bundle ?? 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { pages: added.page_count, errors: written.errors };
    return { pages: added.page_count, indexed: indexedPages(outputPath), errors: [] };
  } finally {
    await index.deleteIndex();
  }
}

/** The pages a written bundle holds, over its languages. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Stops Pagefind's indexing service (after the last `indexSite`; the next call starts it again). */
export const closeIndexer = (): Promise<null> => pagefind.close();

/** The registry as the built site publishes it (`/data/agencies.json`). */
export function siteAgencies(site: string): ScopeAgency[] {
  return (JSON.parse(readFileSync(join(site, 'data', 'agencies.json'), 'utf8')) as { agencies: ScopeAgency[] }).agencies;
}

/**
 * The mode the site's search page was built for (`data-search-mode` on its form, written from
 * the same rule), so that the index always matches the page; a site without a search page
 * falls back to the rule itself.
 */
export function siteSearchMode(site: string): SearchMode {
  const page = join(site, 'search', 'index.html');
  if (existsSync(page)) {
    const m = /data-search-mode="(single|scoped)"/.exec(readFileSync(page, 'utf8'));
    if (m) return m[1] as SearchMode;
  }
  return searchMode(siteAgencies(site).length);
}

/** A Pagefind glob for the pages under some agencies' folders. */
function agencyGlob(slugs: readonly string[]): string {
  return slugs.length === 1 ? `agencies/${slugs[0]}/**/*.html` : `agencies/{${slugs.join(',')}}/**/*.html`;
}

/**
 * A glob for every page outside the agencies' own folders: the top-level pages and folders
 * except `agencies/` (of which only its index page), the Pagefind output and `sources/`, whose
 * archived-source pages carry no `data-pagefind-body` (one per document: 16,000 files at
 * national scale that Pagefind would read to leave out; test/site/search-scopes.test.ts checks
 * that every page that carries it is in a bundle). Other pages without it (the search page,
 * the findings' other sort orders) are read and left out by Pagefind, as in one index.
 */
function siteGlob(site: string): string {
  const parts = ['agencies/index.html'];
  for (const e of readdirSync(site, { withFileTypes: true })) {
    if (e.name === 'agencies' || e.name === 'pagefind' || e.name === '_astro' || e.name === 'sources') continue;
    if (e.isDirectory()) parts.push(`${e.name}/**/*.html`);
    else if (e.name.endsWith('.html')) parts.push(e.name);
  }
  return `{${parts.join(',')}}`;
}

/**
 * What a scoped bundle does not need: Pagefind's own UIs and its worker (the search page uses
 * pagefind.js on the main thread). About 0.5 MB a bundle, a third of the index at 1,000
 * agency-years with 179 bundles.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$|^pagefind-worker\.js$/;

function pruneBundle(dir: string): void {
  for (const f of readdirSync(dir)) if (UNUSED_FILES.test(f)) rmSync(join(dir, f));
}

export interface BundlesResult {
  /** Pages indexed per bundle written (with `data-pagefind-body`). */
  pages: Map<string, number>;
  errors: string[];
}

/**
 * Indexes the site's scoped bundles into `<site>/pagefind/<bundle>/`, one at a time:
 * - `agencies`: the bundles of these agencies' pages (a shard's own; default every agency
 *   with a folder under `agencies/`); an agency folder of no registered agency is an error;
 * - `directory`, `site`: also the directory of landing pages and the site-wide bundle
 *   (default true; a shard leaves them to the merge).
 * A bundle whose pages are all unindexed (no `data-pagefind-body`) writes nothing.
 * `onBundle` reports progress.
 */
export async function indexBundles(
  site: string,
  options: { agencies?: readonly string[]; directory?: boolean; site?: boolean; onBundle?: (bundle: string, pages: number) => void } = {},
): Promise<BundlesResult> {
  const registry = siteAgencies(site);
  const bySlug = new Map(registry.map((a) => [a.slug, a]));
  const folders = existsSync(join(site, 'agencies'))
    ? readdirSync(join(site, 'agencies'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];
  const unknown = folders.filter((f) => !bySlug.has(f));
  if (unknown.length > 0) return { pages: new Map(), errors: [`agencies/${unknown.join(', agencies/')}: no such agency in data/agencies.json, so in no search bundle`] };
  const own = new Set(options.agencies ?? folders);
  const slugsByBundle = new Map<string, string[]>();
  for (const slug of folders.filter((f) => own.has(f)).sort()) {
    const b = bundleOfAgency(bySlug.get(slug)!);
    slugsByBundle.set(b, [...(slugsByBundle.get(b) ?? []), slug]);
  }
  const jobs: Array<[string, string]> = [...slugsByBundle].sort(([a], [b]) => a.localeCompare(b)).map(([b, slugs]) => [b, agencyGlob(slugs)]);
  if (options.directory ?? true) jobs.push([DIRECTORY, 'agencies/*/index.html']);
  if (options.site ?? true) jobs.push([SITE, siteGlob(site)]);

  const pages = new Map<string, number>();
  for (const [bundle, glob] of jobs) {
    const r = await indexSite(site, { glob, bundle: join('pagefind', bundle) });
    // One bundle at a time, each in a fresh service: what Pagefind holds is given back.
    await closeIndexer();
    if (r.errors.length > 0) return { pages, errors: r.errors.map((e) => `bundle ${bundle}: ${e}`) };
    const n = r.indexed ?? 0;
    if (n > 0) {
      pages.set(bundle, n);
      pruneBundle(join(site, 'pagefind', bundle));
    } else rmSync(join(site, 'pagefind', bundle), { recursive: true, force: true });
    options.onBundle?.(bundle, n);
  }
  return { pages, errors: [] };
}

/** Pages per bundle, as a shard records them for the merge (`<site>/pagefind/bundles.json`). */
export function writeBundleCounts(site: string, pages: ReadonlyMap<string, number>): void {
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'pagefind', 'bundles.json'), `${JSON.stringify(Object.fromEntries(pages))}\n`);
}

export function readBundleCounts(site: string): Map<string, number> {
  const file = join(site, 'pagefind', 'bundles.json');
  return existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>)) : new Map();
}

/**
 * Writes `<site>/pagefind/scopes.json`, one `<site>/pagefind/scopes/<id>.json` per scope (what
 * the search page reads before its first result) and `bundles.json`, from the pages indexed per bundle.
 */
export function writeScopeManifest(site: string, pages: ReadonlyMap<string, number>): ScopeManifest {
  const manifest: ScopeManifest = { mode: 'scoped', scopes: planScopes(pages, siteAgencies(site)) };
  writeBundleCounts(site, pages);
  writeFileSync(join(site, 'pagefind', 'scopes.json'), JSON.stringify(manifest));
  mkdirSync(join(site, 'pagefind', 'scopes'), { recursive: true });
  for (const card of scopeCards(manifest.scopes)) writeFileSync(join(site, 'pagefind', 'scopes', `${card.scope.id}.json`), JSON.stringify(card));
  return manifest;
}

/**
 * Indexes a whole built site for search the way its search page expects: one bundle, or every
 * scoped bundle and the manifest. `pages` counts every page indexed (in scoped mode without the
 * directory's second copy of the landing pages).
 */
export async function indexForSearch(
  site: string,
  options: { mode?: SearchMode; onBundle?: (bundle: string, pages: number) => void } = {},
): Promise<IndexResult & { mode: SearchMode; bundles?: Map<string, number> }> {
  const mode = options.mode ?? siteSearchMode(site);
  if (mode === 'single') {
    const r = await indexSite(site);
    await closeIndexer();
    return { ...r, mode };
  }
  const r = await indexBundles(site, { ...(options.onBundle && { onBundle: options.onBundle }) });
  if (r.errors.length > 0) return { pages: 0, errors: r.errors, mode };
  writeScopeManifest(site, r.pages);
  const pages = [...r.pages].filter(([b]) => b !== DIRECTORY).reduce((n, [, p]) => n + p, 0);
  return { pages, errors: [], mode, bundles: r.pages };
}
