/**
 * tsx scripts/merge-shards.ts --out <site> [--global <shard dir>] [--move] <shard dir>…
 *
 * Combines shard builds (scripts/shard-build.ts) into one site and one search index
 * (docs/sharding.md). Each shard's agencies' pages — /agencies/<slug>/, /badge/<slug>/,
 * /downloads/<slug>/ — and its archived sources' pages (/sources/<id>/) come from the shard
 * that owns them; every other page (home, indexes, findings, comparisons, feeds …) comes
 * from the global shard: the global build (`--shard global`, rendered from every shard's
 * summary) when one is given, else the first shard or the one --global names. Pages the global
 * build renders inside an agency's folder (the national bureau's own page, which lists the
 * provinces' document counts) replace the owning shard's. Sitemaps are joined.
 * Then the search index: in single search mode (src/lib/site/search-scopes.ts) Pagefind indexes
 * the combined HTML once, into <site>/pagefind; in scoped mode the bundles that shards indexed
 * (`shard-build.ts --index`) are moved or copied to <site>/pagefind/<bundle>/, the agencies of
 * shards that were not indexed are indexed here, bundle by bundle, and only what spans shards
 * (the directory of agency landing pages, the site-wide pages) is indexed after them; then the
 * manifest <site>/pagefind/scopes.json.
 * --move moves the shards' folders into <site> instead of copying them (the shard folders are
 * used up): at national scale the site is tens of GB, and a copy needs that much disk again.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeIndexer, indexBundles, indexSite, readBundleCounts, siteSearchMode, writeScopeManifest } from '../src/lib/site/pagefind-index';
import type { ShardManifest } from './shard-build';

/** The folders under which a page belongs to one agency, by the agency's slug. */
const AGENCY_FOLDERS = ['agencies', 'badge', 'downloads'];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const out = option('out');
// Positional arguments are the shard folders: everything but the options and the values right after --out and --global
// (by position, not by value: the folder --global names may also be listed as a shard).
const shardDirs = process.argv.slice(2).filter((a, i, args) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--global');
const globalDir = option('global');
if (globalDir !== undefined && !shardDirs.some((d) => resolve(d) === resolve(globalDir))) shardDirs.unshift(globalDir);
if (!out || shardDirs.length === 0) {
  process.stderr.write('usage: tsx scripts/merge-shards.ts --out <site> [--global <shard dir>] <shard dir>…\n');
  process.exit(2);
}
const shards = shardDirs.map((dir) => ({ dir: resolve(dir), manifest: JSON.parse(readFileSync(join(dir, 'shard.json'), 'utf8')) as ShardManifest }));
const global = shards.find((s) => s.dir === resolve(option('global') ?? shards.find((x) => x.manifest.spec === 'global')?.dir ?? shardDirs[0]!))!;
if (!global) throw new Error(`--global ${option('global')} is not one of the shards given`);

// Every agency and archived source belongs to one shard at most.
const owner = new Map<string, string>();
for (const s of shards) {
  for (const key of [...s.manifest.agencies.map((a) => `agency ${a}`), ...s.manifest.sources.map((id) => `source ${id}`)]) {
    const prev = owner.get(key);
    if (prev) throw new Error(`${key} is in two shards: ${prev} and ${s.manifest.spec}`);
    owner.set(key, s.manifest.spec);
  }
}

const move = process.argv.includes('--move');
const started = performance.now();
const site = resolve(out);
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, '..'), { recursive: true });
/** Where each shard's search bundles are until they are moved into the merged site. */
const pagefindOf = new Map(shards.map((s) => [s, join(s.dir, 'site', 'pagefind')]));
if (move) {
  // The global shard's site becomes the merged site: its own folders are already in place.
  renameSync(join(global.dir, 'site'), site);
  if (existsSync(join(site, 'pagefind'))) renameSync(join(site, 'pagefind'), join(global.dir, 'pagefind'));
  pagefindOf.set(global, join(global.dir, 'pagefind'));
} else {
  mkdirSync(site, { recursive: true });
  cpSync(join(global.dir, 'site'), site, { recursive: true, filter: (src) => !src.startsWith(join(global.dir, 'site', 'pagefind')) });
}
// Pages the global build renders inside agencies' folders, put back after the owners' folders are in place.
const globalPages = new Map((global.manifest.agencyPages ?? []).map((slug) => {
  const file = join('agencies', slug, 'index.html');
  return [file, readFileSync(join(move ? site : join(global.dir, 'site'), file))];
}));
/** Where a shard's built site is now (the global shard's has become the merged site when moving). */
const siteOf = (s: (typeof shards)[number]) => (move && s === global ? site : join(s.dir, 'site'));
let copied = 0;
for (const s of shards) {
  if (move && s === global) continue;
  const from = join(s.dir, 'site');
  const own = [
    ...s.manifest.agencies.flatMap((slug) => AGENCY_FOLDERS.map((f) => join(f, slug))),
    ...s.manifest.sources.map((id) => join('sources', id)),
  ];
  for (const path of own) {
    rmSync(join(site, path), { recursive: true, force: true });
    if (existsSync(join(from, path))) {
      if (move) {
        mkdirSync(join(site, path, '..'), { recursive: true });
        renameSync(join(from, path), join(site, path));
      } else cpSync(join(from, path), join(site, path), { recursive: true });
      copied += 1;
    }
  }
}

for (const [file, bytes] of globalPages) {
  mkdirSync(join(site, file, '..'), { recursive: true });
  writeFileSync(join(site, file), bytes);
}

// One sitemap listing every shard's pages.
const urls = new Set<string>();
for (const s of shards) {
  const file = join(siteOf(s), 'sitemap-0.xml');
  if (existsSync(file)) for (const m of readFileSync(file, 'utf8').matchAll(/<url>.*?<\/url>/gs)) urls.add(m[0]);
}
if (urls.size > 0) {
  const head = readFileSync(join(siteOf(global), 'sitemap-0.xml'), 'utf8').split('<url>')[0]!;
  // In the order Astro's sitemap gives: by URL (not by the element's text, where `<` sorts after `/2024/`).
  const loc = (url: string) => /<loc>([^<]*)<\/loc>/.exec(url)?.[1] ?? url;
  const sorted = [...urls].sort((a, b) => (loc(a) < loc(b) ? -1 : loc(a) > loc(b) ? 1 : 0));
  writeFileSync(join(site, 'sitemap-0.xml'), `${head}${sorted.join('')}</urlset>`);
}

// The search index.
let indexedPages = 0;
let bundleCount = 0;
if (siteSearchMode(site) === 'single') {
  // One search index over the combined pages.
  const added = await indexSite(site);
  await closeIndexer();
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  indexedPages = added.pages;
} else {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const pages = new Map<string, number>();
  const unindexed: string[] = [];
  for (const s of shards) {
    const from = pagefindOf.get(s)!;
    const counts = s.manifest.indexed && existsSync(join(from, 'bundles.json')) ? readBundleCounts(join(from, '..')) : undefined;
    if (!counts) {
      unindexed.push(...s.manifest.agencies);
      continue;
    }
    for (const [bundle, n] of counts) {
      if (pages.has(bundle)) throw new Error(`search bundle ${bundle} is in two shards`);
      mkdirSync(join(site, 'pagefind'), { recursive: true });
      if (move) renameSync(join(from, bundle), join(site, 'pagefind', bundle));
      else cpSync(join(from, bundle), join(site, 'pagefind', bundle), { recursive: true });
      pages.set(bundle, n);
    }
  }
  // Shards built without --index, then what spans shards: one bundle at a time.
  const rest = await indexBundles(site, { agencies: unindexed, directory: true, site: true });
  if (rest.errors.length > 0) throw new Error(rest.errors.join('\n'));
  for (const [bundle, n] of rest.pages) {
    if (pages.has(bundle)) throw new Error(`search bundle ${bundle} is in two shards`);
    pages.set(bundle, n);
  }
  writeScopeManifest(site, pages);
  indexedPages = [...pages].filter(([b]) => b !== 'directory').reduce((n, [, p]) => n + p, 0);
  bundleCount = pages.size;
}
if (move) rmSync(join(global.dir, 'pagefind'), { recursive: true, force: true });

const summary = {
  shards: shards.map((s) => ({ spec: s.manifest.spec, agencies: s.manifest.agencies.length, sources: s.manifest.sources.length, pages: s.manifest.pages, seconds: s.manifest.seconds })),
  global: global.manifest.spec,
  folders: copied,
  indexedPages,
  searchBundles: bundleCount,
  sitemapUrls: urls.size,
  seconds: (performance.now() - started) / 1000,
};
writeFileSync(join(site, '..', `${site.split('/').pop()}.merge.json`), JSON.stringify(summary, null, 2));
process.stdout.write(`merged ${shards.length} shards into ${site}: ${copied} agency and source folders, ${indexedPages} pages indexed${bundleCount > 0 ? ` in ${bundleCount} search bundles` : ''}, ${summary.seconds.toFixed(1)} s\n`);
