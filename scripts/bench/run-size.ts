/**
 * All measurements of one corpus size: generate the corpus (or reuse one with the same seed),
 * validate it as the build does, build the pages with Astro, index them with Pagefind, build
 * the bare-Astro yardstick with as many pages, search it in Chromium, size the pages, and —
 * where asked — rebuild after changing one agency's data. Each step runs as a child process
 * (measure.ts), so its time and memory are its own.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus, type Manifest, parseSize } from '../synth/corpus';
import { loadAverage } from './machine';
import { measure, type StepResult } from './measure';
import { siteSizes, type SiteSizes } from './page-sizes';
import { writeYardstick } from './yardstick';

export type Step = Omit<StepResult, 'stdout' | 'stderr'> & {
  tail?: string;
  /** When the step ran out of V8 heap with Node's default limit: the same step again with a larger heap. */
  retry?: Omit<StepResult, 'stdout' | 'stderr'> & { tail?: string; heapMb: number };
};

/** The run that counts: the retry with a larger heap when there was one. */
export function effective<T extends Step>(s: T): Omit<StepResult, 'stdout' | 'stderr'> & { tail?: string } {
  return s.retry ?? s;
}

/** One query measured in the browser (scripts/bench/search-step.ts). */
export interface SearchMeasure {
  query: string;
  /** Bytes by kind of transfer. */
  byKind: Record<string, number>;
  firstResultMs: number | null;
  results: string;
  bytes: number;
  pagefindBytes: number;
  requests: number;
}

export interface SizeResult {
  size: string;
  seed: number;
  startedAt: string;
  loadBefore: number;
  loadAfter?: number;
  corpus: { dataDir: string; manifest: Manifest; generateSeconds?: number; reused: boolean; files: number; bytes: number };
  validation?: Step;
  build?: Step & { pages: number; outputBytes: number; outputFiles: number };
  /** The search index; with scoped bundles (src/lib/site/search-scopes.ts) their number and the largest. */
  pagefind?: Step & { pages: number; indexBytes: number; indexFiles: number; mode?: 'single' | 'scoped'; bundles?: number; largestBundle?: { id?: string; pages?: number } };
  yardstick?: Step & { pages: number };
  /**
   * Cold and warm query; on a site with scoped bundles, in the largest prefecture's scope (`scope`),
   * plus the cold query widened to its province and in the directory (scripts/bench/search-step.ts).
   */
  search?: Step & { cold?: SearchMeasure; warm?: SearchMeasure; scope?: { id: string; name: string; pages: number }; province?: SearchMeasure; directory?: SearchMeasure };
  sizes?: SiteSizes;
  rebuild?: { changed: string; validation: Step; build: Step; pagefind: Step; totalWallSeconds: number };
  /** Province shards of this corpus built on their own (scripts/shard-build.ts), to extrapolate a sharded build. */
  shards?: { spec: string; agencyYears: number; pages: number; build: Step; pagefind?: Step & { pages: number; indexBytes: number }; outputBytes?: number }[];
  /** Why the unsharded build was not attempted, when it was not. */
  unshardedSkipped?: string;
  /**
   * The whole corpus built by scripts/build-sharded.ts on the validated corpus: province shards
   * `jobs` at a time, merge and search index, as one measured step (pages and search together).
   */
  sharded?: Step & { pages: number; outputBytes: number; outputFiles: number; indexBytes: number; jobs: number; heapMb: number; globalHeapMb?: number; report?: ShardedReport };
}

/** What scripts/build-sharded.ts prints as its last line. */
export interface ShardedReport {
  pages: number;
  seconds: number;
  steps: { step: string; seconds: number }[];
  shards: { spec: string; agencyYears: number; parts: string[]; seconds: number; pages: number }[];
}

export interface RunOptions {
  root: string;
  seed: number;
  memoryCapBytes: number;
  timeLimitSeconds: number;
  /** Extra Node options for the Astro build at this size (e.g. a larger heap). */
  nodeOptions?: string;
  /** Heap (MB) for a second attempt of validation and build when the first runs out of heap; 0 for none. */
  retryHeapMb: number;
  rebuild: boolean;
  browser: boolean;
  /** Shard specs to build from this corpus after the unsharded attempt (e.g. ["64", "35"]). */
  shards?: string[];
  /** Skip the unsharded build (and everything that needs it) with this reason: the national corpus is built in shards. */
  skipUnsharded?: string;
  /** Build the whole corpus in shards (scripts/build-sharded.ts) instead of one `astro build`. */
  sharded?: { jobs: number; heapMb: number; globalHeapMb: number };
  log: (line: string) => void;
}

const bin = (root: string, name: string) => join(root, 'node_modules', '.bin', name);

function slim(r: StepResult): Step {
  const { stdout, stderr, ...rest } = r;
  if (r.ok) return rest;
  // The last progress lines, then the error without V8's native stack trace.
  const err = stderr.split('\n').filter((l) => !/^\s*\d+: 0x[0-9a-f]+/.test(l)).join('\n').trim();
  return { ...rest, tail: `${stdout.trim().split('\n').slice(-4).join('\n')}\n${err.slice(-1200)}`.trim() };
}

const outOfHeap = (r: StepResult) => !r.ok && /heap out of memory|Allocation failed/.test(r.stderr);

/** Runs a step; if it ran out of heap, runs it again with a larger heap and keeps both. */
async function withHeapRetry(o: RunOptions, run: (nodeOptions?: string) => Promise<StepResult>): Promise<{ step: Step; last: StepResult }> {
  const first = await run(o.nodeOptions);
  if (!outOfHeap(first) || o.retryHeapMb <= 0) return { step: slim(first), last: first };
  o.log(`  out of heap with the default limit; again with --max-old-space-size=${o.retryHeapMb}`);
  const second = await run(`--max-old-space-size=${o.retryHeapMb}`);
  return { step: { ...slim(first), retry: { ...slim(second), heapMb: o.retryHeapMb } }, last: second };
}

function lastJson<T>(text: string): T | undefined {
  const line = text.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  return line ? (JSON.parse(line) as T) : undefined;
}

function folderStats(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else {
        files += 1;
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) html += 1;
      }
    }
  };
  if (existsSync(dir)) visit(dir);
  return { files, bytes, html };
}

/** The environment of every step: the pinned Node first on PATH, as npm scripts have it. */
function stepEnv(root: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export async function runSize(sizeText: string, o: RunOptions): Promise<SizeResult> {
  const { root, log } = o;
  const work = join(root, '.bench');
  const dataDir = join(work, 'corpus', sizeText);
  const site = join(work, 'site', sizeText);
  const limits = { memoryCapBytes: o.memoryCapBytes, timeoutSeconds: o.timeLimitSeconds };

  // 1. The corpus, reused when the same size and seed were generated before.
  let manifest: Manifest | undefined;
  let generateSeconds: number | undefined;
  const manifestFile = join(dataDir, 'synth.json');
  // The bundled data is copied afresh every run: it changes with the project.
  if (sizeText !== '1x' && existsSync(manifestFile)) {
    const old = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (old.size === sizeText && old.seed === o.seed) manifest = old;
  }
  const reused = manifest !== undefined;
  if (!manifest) {
    log(`[${sizeText}] generating the corpus`);
    const t = performance.now();
    manifest = generateCorpus(parseSize(sizeText), dataDir, o.seed);
    generateSeconds = (performance.now() - t) / 1000;
  }
  const corpusStats = folderStats(dataDir);
  const result: SizeResult = {
    size: sizeText, seed: o.seed, startedAt: new Date().toISOString(), loadBefore: loadAverage(),
    corpus: { dataDir, manifest, generateSeconds, reused, files: corpusStats.files, bytes: corpusStats.bytes },
  };

  // 2. Validation as the build runs it.
  const validate = (nodeOptions?: string) =>
    measure(bin(root, 'tsx'), ['scripts/bench/validate-step.ts', dataDir], { cwd: root, env: stepEnv(root, nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}), ...limits });
  log(`[${sizeText}] validating`);
  result.validation = (await withHeapRetry(o, validate)).step;
  if (!effective(result.validation).ok) log(`[${sizeText}] validation failed: ${effective(result.validation).exit}`);

  if (o.skipUnsharded && !o.sharded) {
    result.unshardedSkipped = o.skipUnsharded;
    if (o.shards && o.shards.length > 0) result.shards = await buildShards(sizeText, dataDir, o);
    result.loadAfter = loadAverage();
    return result;
  }
  if (o.sharded) {
    if (o.skipUnsharded) result.unshardedSkipped = o.skipUnsharded;
    await shardedSteps(sizeText, dataDir, site, result, o, o.sharded);
    result.loadAfter = loadAverage();
    return result;
  }

  // 3. Pages: astro build with the site's config, into .bench/site/<size>, on data validated in
  //    step 2 (MINGZHANG_VALIDATED, as scripts/build.ts runs it).
  const build = (nodeOptions?: string) => {
    rmSync(site, { recursive: true, force: true });
    const env = stepEnv(root, { MINGZHANG_DATA: dataDir, MINGZHANG_OUT_DIR: site, MINGZHANG_VALIDATED: '1', ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) });
    return measure(bin(root, 'astro'), ['build', '--config', 'scripts/bench/astro.config.mjs'], { cwd: root, env, ...limits });
  };
  log(`[${sizeText}] building pages`);
  const { step: buildStep, last: built } = await withHeapRetry(o, build);
  const out = folderStats(site);
  result.build = { ...buildStep, pages: out.html, outputBytes: out.bytes, outputFiles: out.files };
  log(`[${sizeText}] build ${built.exit}: ${out.html} pages in ${built.wallSeconds.toFixed(0)} s`);
  if (o.shards && o.shards.length > 0) result.shards = await buildShards(sizeText, dataDir, o);
  if (!built.ok) {
    result.loadAfter = loadAverage();
    return result;
  }

  // 4. Search index.
  const index = () => measure(bin(root, 'tsx'), ['scripts/bench/pagefind-step.ts', site], { cwd: root, env: stepEnv(root, {}), ...limits });
  log(`[${sizeText}] indexing for search`);
  const indexed = await index();
  const pf = folderStats(join(site, 'pagefind'));
  const facts = lastJson<{ pages: number; mode?: 'single' | 'scoped'; bundles?: number; largestBundle?: { id?: string; pages?: number } }>(indexed.stdout);
  result.pagefind = { ...slim(indexed), pages: facts?.pages ?? 0, indexBytes: pf.bytes, indexFiles: pf.files, ...(facts?.mode && { mode: facts.mode }), ...(facts?.bundles !== undefined && { bundles: facts.bundles, largestBundle: facts.largestBundle ?? {} }) };

  // 5–7. Yardstick, search in the browser, page sizes.
  await measureSite(sizeText, site, out.html, indexed.ok, result, o);

  // 8. Rebuild after changing one agency's data: the summary of its first final accounts.
  if (o.rebuild) {
    const agencies = readdirSync(join(dataDir, 'disclosures')).sort();
    const agency = agencies[agencies.length - 1]!;
    const years = readdirSync(join(dataDir, 'disclosures', agency)).sort();
    const folder = join(dataDir, 'disclosures', agency, years[years.length - 1]!);
    const file = join(folder, readdirSync(folder).sort()[0]!);
    const original = readFileSync(file);
    const doc = JSON.parse(original.toString('utf8')) as { summary?: string };
    writeFileSync(file, JSON.stringify({ ...doc, summary: `${doc.summary ?? ''}（基准测试改动）` }, null, 2));
    log(`[${sizeText}] rebuilding after changing ${file}`);
    try {
      const heap = result.build.retry ? `--max-old-space-size=${result.build.retry.heapMb}` : o.nodeOptions;
      const v = slim(await validate(heap));
      const b = slim(await build(heap));
      const p = slim(await index());
      result.rebuild = { changed: resolve(file).replace(`${root}/`, ''), validation: v, build: b, pagefind: p, totalWallSeconds: v.wallSeconds + b.wallSeconds + p.wallSeconds };
    } finally {
      writeFileSync(file, original);
    }
  }
  result.loadAfter = loadAverage();
  return result;
}

/** The yardstick (bare Astro, as many trivial pages), a cold and a warm query in Chromium, and the size of each page type. */
async function measureSite(sizeText: string, site: string, pages: number, indexed: boolean, result: SizeResult, o: RunOptions): Promise<void> {
  const { root, log } = o;
  const work = join(root, '.bench');
  const limits = { memoryCapBytes: o.memoryCapBytes, timeoutSeconds: o.timeLimitSeconds };
  log(`[${sizeText}] yardstick: ${pages} bare pages`);
  const yardDir = writeYardstick(root);
  const yardOut = join(work, 'yardstick-out');
  const yard = await measure(bin(root, 'astro'), ['build', '--root', yardDir], { cwd: root, env: stepEnv(root, { YARDSTICK_OUT: yardOut, YARDSTICK_PAGES: String(pages) }), ...limits });
  result.yardstick = { ...slim(yard), pages: folderStats(yardOut).html };
  rmSync(yardOut, { recursive: true, force: true });
  rmSync(`${yardOut}.cache`, { recursive: true, force: true });

  if (o.browser && indexed) {
    log(`[${sizeText}] searching in Chromium`);
    const s = await measure(bin(root, 'tsx'), ['scripts/bench/search-step.ts', site, '医疗救助', '满意度'], { cwd: root, env: stepEnv(root, {}), ...limits, timeoutSeconds: 1800 });
    result.search = { ...slim(s), ...(lastJson<Pick<NonNullable<SizeResult['search']>, 'cold' | 'warm' | 'scope' | 'province' | 'directory'>>(s.stdout) ?? {}) };
  }

  log(`[${sizeText}] sizing pages`);
  result.sizes = siteSizes(site);
}

/**
 * The whole corpus through scripts/build-sharded.ts (validated in step 2, so --validated):
 * province shards `jobs` at a time with a capped heap, the merge and the search index, measured
 * as one step over the whole process tree; then the same yardstick, search and size steps.
 */
async function shardedSteps(sizeText: string, dataDir: string, site: string, result: SizeResult, o: RunOptions, s: { jobs: number; heapMb: number; globalHeapMb: number }): Promise<void> {
  const { root, log } = o;
  rmSync(site, { recursive: true, force: true });
  log(`[${sizeText}] sharded build: ${s.jobs} shards at a time, ${s.heapMb} MB of V8 heap each`);
  const built = await measure(
    bin(root, 'tsx'),
    ['scripts/build-sharded.ts', '--validated', '--data', dataDir, '--out', site, '--work', join(root, '.bench', 'shards', sizeText), '--jobs', String(s.jobs), '--heap-mb', String(s.heapMb), '--global-heap-mb', String(s.globalHeapMb)],
    { cwd: root, env: stepEnv(root, {}), memoryCapBytes: o.memoryCapBytes, timeoutSeconds: o.timeLimitSeconds },
  );
  const out = folderStats(site);
  const report = lastJson<ShardedReport>(built.stdout);
  result.sharded = { ...slim(built), pages: out.html, outputBytes: out.bytes, outputFiles: out.files, indexBytes: folderStats(join(site, 'pagefind')).bytes, jobs: s.jobs, heapMb: s.heapMb, globalHeapMb: s.globalHeapMb, ...(report && { report }) };
  log(`[${sizeText}] sharded build ${built.exit}: ${out.html} pages in ${built.wallSeconds.toFixed(0)} s, peak ${(built.peakTreeBytes / 2 ** 30).toFixed(2)} GiB`);
  if (built.ok) await measureSite(sizeText, site, out.html, true, result, o);
}

/** Builds some province shards of a corpus, each measured on its own, and removes their output. */
async function buildShards(sizeText: string, dataDir: string, o: RunOptions): Promise<NonNullable<SizeResult['shards']>> {
  const agencies = (JSON.parse(readFileSync(join(dataDir, 'agencies.json'), 'utf8')) as { agencies: { slug: string; regionCode?: string }[] }).agencies;
  const out: NonNullable<SizeResult['shards']> = [];
  for (const spec of o.shards ?? []) {
    const provinces = spec.split(',').map((p) => p.trim().slice(0, 2));
    const slugs = agencies.filter((a) => a.regionCode && provinces.includes(a.regionCode.slice(0, 2))).map((a) => a.slug);
    const agencyYears = slugs.reduce((k, slug) => k + (existsSync(join(dataDir, 'disclosures', slug)) ? readdirSync(join(dataDir, 'disclosures', slug)).length : 0), 0);
    const dir = join(o.root, '.bench', 'site', `${sizeText}-shard-${spec.replaceAll(',', '-')}`);
    o.log(`[${sizeText}] shard ${spec}: ${agencyYears} agency-years`);
    // --validated: the whole corpus was validated (one file at a time) in step 2, as scripts/build-sharded.ts does.
    const { step } = await withHeapRetry(o, (nodeOptions) =>
      measure(bin(o.root, 'tsx'), ['scripts/shard-build.ts', '--shard', spec, '--data', dataDir, '--out', dir, '--validated'], {
        cwd: o.root, env: stepEnv(o.root, nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}), memoryCapBytes: o.memoryCapBytes, timeoutSeconds: o.timeLimitSeconds,
      }),
    );
    const built = folderStats(join(dir, 'site'));
    const entry: NonNullable<SizeResult['shards']>[number] = { spec, agencyYears, pages: built.html, build: step, outputBytes: built.bytes };
    if (effective(step).ok) {
      // The shard's own search index (one Pagefind bundle per province, docs/sharding.md), measured apart.
      o.log(`[${sizeText}] shard ${spec}: indexing for search`);
      const indexed = await measure(bin(o.root, 'tsx'), ['scripts/bench/pagefind-step.ts', join(dir, 'site')], { cwd: o.root, env: stepEnv(o.root, {}), memoryCapBytes: o.memoryCapBytes, timeoutSeconds: o.timeLimitSeconds });
      entry.pagefind = { ...slim(indexed), pages: lastJson<{ pages: number }>(indexed.stdout)?.pages ?? 0, indexBytes: folderStats(join(dir, 'site', 'pagefind')).bytes };
    }
    out.push(entry);
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
