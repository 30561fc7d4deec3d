/**
 * tsx scripts/shard-build.ts --shard <spec> --out <dir> [--data <dir>] [--index] [--view] [--validated]
 * tsx scripts/shard-build.ts --shard global --summaries <shard dir>,<shard dir>… --out <dir> [--data <dir>] [--validated]
 *
 * Builds one shard of the site (docs/sharding.md): MINGZHANG_SHARD=<spec> makes
 * src/lib/site/dataset.ts read and validate only those provinces' documents, and Astro
 * renders into <dir>/site with its own cache, beside any other build of the checkout.
 * Writes <dir>/shard.json: the spec, the agencies and archived sources the shard owns (their
 * pages are this shard's in the merged site), pages built, time. With --index, also a Pagefind
 * index of the shard: in scoped search mode (src/lib/site/search-scopes.ts) the bundles of the
 * shard's own agencies in <dir>/site/pagefind/<bundle>/ with their page counts in
 * <dir>/site/pagefind/bundles.json, which the merge moves into place; in single mode one
 * index of the shard in <dir>/site/pagefind (the merge indexes the combined site again). And
 * <dir>/summary.json: what the site-wide pages need of the shard's documents
 * (src/lib/site/summary.ts), rendered by the shard's own build (src/pages/[summary].json.ts)
 * while its documents are loaded, and moved out of its site.
 *
 * `--shard global` builds the site-wide pages (home, lists, findings, comparisons, coverage,
 * downloads of everything, feeds, the national bureau's page) from the summaries of the shards
 * named by --summaries, without reading any document; scripts/merge-shards.ts takes every page
 * that is not an agency's or an archived source's from it.
 *
 * With --validated, the caller has validated the whole dataset (scripts/build-sharded.ts does,
 * one file at a time): the pages then read the shard's documents without validating them again
 * (MINGZHANG_VALIDATED=1, src/lib/site/dataset.ts). Without it, the shard validates its own files.
 *
 * With --view, the build reads the data through <dir>/data, a folder holding only the shard's
 * files (hard links; the registry whole, sources.json filtered), so that code reading
 * MINGZHANG_DATA directly instead of through dataset.ts sees only the shard too — today
 * /data/documents.json, which embeds every document file and cannot be built at national
 * scale. The release id then hashes the shard's files only, so pages differ from an
 * unsharded build in that id.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeIndexer, indexBundles, indexSite, siteSearchMode, writeBundleCounts } from '../src/lib/site/pagefind-index';
import { inShard, parseShard } from '../src/lib/dataset/shard';
import type { Agency } from '../src/schemas/agency';
import type { ArchivedSource } from '../src/schemas/source';

export interface ShardManifest {
  spec: string;
  data: string;
  agencies: string[];
  sources: string[];
  pages: number;
  seconds: number;
  indexed: boolean;
  /** Agencies whose own page (/agencies/<slug>/index.html) this build renders for the merged site: the global build's. */
  agencyPages?: string[];
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const spec = option('shard');
const out = option('out');
const data = resolve(option('data') ?? process.env.MINGZHANG_DATA ?? 'data');
if (!spec || !out) {
  process.stderr.write('usage: tsx scripts/shard-build.ts --shard <national,35,…> --out <dir> [--data <dir>] [--index]\n');
  process.exit(2);
}
const shard = parseShard(spec)!;
/** The global build: the shards' summary files, by their shard folders (or the files themselves). */
const summaries = (option('summaries') ?? '').split(',').filter(Boolean).map((p) => resolve(p.endsWith('.json') ? p : join(p, 'summary.json')));
if (shard.global && summaries.length === 0) {
  process.stderr.write('--shard global needs --summaries <shard dir>,<shard dir>…\n');
  process.exit(2);
}
const root = process.cwd();
const site = resolve(out, 'site');
rmSync(resolve(out), { recursive: true, force: true });
mkdirSync(resolve(out), { recursive: true });

/** A folder with the shard's part of the data: hard links (copies across file systems), sources.json filtered. */
function shardView(dir: string): string {
  const view = resolve(out!, 'data');
  const link = (from: string, to: string) => {
    mkdirSync(join(to, '..'), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  };
  const registry = (JSON.parse(readFileSync(join(dir, 'agencies.json'), 'utf8')) as { agencies: Agency[] }).agencies;
  const slugs = new Set(registry.filter((a) => inShard(a, shard)).map((a) => a.slug));
  for (const entry of readdirSync(dir)) {
    if (entry !== 'sources' && entry !== 'disclosures' && statSync(join(dir, entry)).isFile()) link(join(dir, entry), join(view, entry));
  }
  const sourceRegistry = JSON.parse(readFileSync(join(dir, 'sources', 'sources.json'), 'utf8')) as { sources: ArchivedSource[] };
  const kept = sourceRegistry.sources.filter((s) => slugs.has(s.agency));
  mkdirSync(join(view, 'sources'), { recursive: true });
  writeFileSync(join(view, 'sources', 'sources.json'), JSON.stringify({ ...sourceRegistry, sources: kept }, null, 2));
  for (const s of kept) link(join(dir, 'sources', s.file), join(view, 'sources', s.file));
  for (const slug of slugs) {
    const from = join(dir, 'disclosures', slug);
    let years: string[] = [];
    try {
      years = readdirSync(from);
    } catch {
      continue;
    }
    for (const year of years) for (const file of readdirSync(join(from, year))) link(join(from, year, file), join(view, 'disclosures', slug, year, file));
  }
  return view;
}

const started = performance.now();
const buildData = process.argv.includes('--view') ? shardView(data) : data;
const astro = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', 'scripts/bench/astro.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, MINGZHANG_SHARD: spec, MINGZHANG_DATA: buildData, ...(shard.global && { MINGZHANG_SUMMARIES: summaries.join(':') }), MINGZHANG_OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1', ...(process.argv.includes('--validated') && { MINGZHANG_VALIDATED: '1' }) },
});
if (astro.status !== 0) {
  process.stderr.write(`shard ${spec}: astro build exited with ${astro.status ?? astro.signal}\n`);
  process.exit(1);
}
// The shard's summary goes beside its site, not into it.
if (existsSync(join(site, 'summary.json'))) renameSync(join(site, 'summary.json'), join(resolve(out), 'summary.json'));
else if (!shard.global) throw new Error(`shard ${spec}: the build wrote no summary.json`);
const agencies = (JSON.parse(readFileSync(join(data, 'agencies.json'), 'utf8')) as { agencies: Agency[] }).agencies.filter((a) => inShard(a, shard));
const owned = new Set(agencies.map((a) => a.slug));
const sources = (JSON.parse(readFileSync(join(data, 'sources', 'sources.json'), 'utf8')) as { sources: ArchivedSource[] }).sources.filter((s) => owned.has(s.agency));
let indexed = false;
if (process.argv.includes('--index')) {
  if (siteSearchMode(site) === 'scoped') {
    // Only the shard's own agencies' bundles: the directory and the site-wide pages span
    // shards, and the merge indexes them.
    const r = await indexBundles(site, { agencies: [...owned], directory: false, site: false });
    if (r.errors.length > 0) throw new Error(r.errors.join('\n'));
    writeBundleCounts(site, r.pages);
  } else {
    const { errors } = await indexSite(site);
    await closeIndexer();
    if (errors.length > 0) throw new Error(errors.join('\n'));
  }
  indexed = true;
}
// Counted in-process: `find`'s output for a province's ~20,000 pages overflowed spawnSync's 1 MB buffer.
const pages = readdirSync(site, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
const manifest: ShardManifest = { spec, data, agencies: [...owned], sources: sources.map((s) => s.id), pages, seconds: (performance.now() - started) / 1000, indexed };
if (shard.global) {
  const agencyDir = join(site, 'agencies');
  manifest.agencyPages = existsSync(agencyDir) ? readdirSync(agencyDir).filter((slug) => existsSync(join(agencyDir, slug, 'index.html'))) : [];
}
writeFileSync(join(resolve(out), 'shard.json'), JSON.stringify(manifest, null, 2));
process.stdout.write(`shard ${spec}: ${owned.size} agencies, ${pages} pages in ${manifest.seconds.toFixed(1)} s → ${site}\n`);
