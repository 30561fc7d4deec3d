/**
 * npm run bench -- [--sizes 1x,100,1000,national] [--seed 1] [--mem-cap-gib 16]
 *                  [--time-limit-min 240] [--retry-heap-mb 14336] [--national-node-options "…"]
 *                  [--rebuild-sizes 1x,100] [--sharded-sizes national] [--shard-jobs 2] [--shard-heap-mb 3072] [--shard-global-heap-mb N]
 *                  [--national-shards 64,51] [--national-unsharded] [--no-browser] [--keep-sites] [--out BENCHMARKS.md]
 *
 * Measures, for each corpus size in one run: validation time; Astro build time and peak
 * memory; Pagefind time, peak memory and index size; pages produced; the same number of
 * bare Astro pages as a yardstick; a cold and a warm query in headless Chromium; gzip size
 * of each page type; rebuild time after changing one agency's data. The sizes in
 * --sharded-sizes (default: national) are built whole by scripts/build-sharded.ts — province
 * shards --shard-jobs at a time, each Astro heap capped at --shard-heap-mb, merged and indexed —
 * instead of one `astro build`; --national-shards also builds some provinces alone, measured
 * one by one. Writes BENCHMARKS.md.
 * `--report-only` renders BENCHMARKS.md again from the saved results of the last run.
 * A step that runs out of V8 heap with Node's default limit (as `npm run build` runs) is run
 * again with --max-old-space-size=<retry-heap-mb>, and both are reported.
 * Not part of `npm test` or .ci/run: the national size takes hours.
 *
 * Work files go to .bench/ (git-ignored): corpora in .bench/corpus/<size> (reused when the
 * seed matches), built sites in .bench/site/<size> (removed once the size is measured, unless
 * --keep-sites: the national site alone takes tens of GB), per-size results in .bench/results/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { machine } from './bench/machine';
import { renderReport } from './bench/report';
import { runSize, type SizeResult } from './bench/run-size';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const root = process.cwd();
const sizes = option('sizes', '1x,100,1000,national').split(',').map((s) => s.trim()).filter(Boolean);
const seed = Number(option('seed', '1'));
let memoryCapBytes = Number(option('mem-cap-gib', '16')) * 2 ** 30;
let timeLimitSeconds = Number(option('time-limit-min', '240')) * 60;
const rebuildSizes = new Set(option('rebuild-sizes', '1x,100').split(','));
const nationalNodeOptions = option('national-node-options', '');
const retryHeapMb = Number(option('retry-heap-mb', '14336'));
const shardedSizes = new Set(option('sharded-sizes', 'national').split(',').map((s) => s.trim()));
const shardJobs = Number(option('shard-jobs', '2'));
const shardHeapMb = Number(option('shard-heap-mb', '3072'));
// The global build's heap (default in build-sharded.ts: jobs × the shards' heap).
const shardGlobalHeapMb = Number(option('shard-global-heap-mb', String(shardJobs * shardHeapMb)));
const nationalShards = option('national-shards', 'none').split(',').map((s) => s.trim()).filter((s) => s && s !== 'none');
const browser = !process.argv.includes('--no-browser');
const outFile = option('out', 'BENCHMARKS.md');
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const resultsDir = join(root, '.bench', 'results');
mkdirSync(resultsDir, { recursive: true });
/** Renders BENCHMARKS.md; the run's end is now, or — re-rendering a finished run — when it ended. */
const report = (r: SizeResult[], run: { host: ReturnType<typeof machine>; startedAt: string; finishedAt?: string; command: string }) =>
  writeFileSync(resolve(root, outFile), renderReport({ machine: run.host, results: r, command: run.command, startedAt: run.startedAt, finishedAt: run.finishedAt ?? new Date().toISOString(), seed, memoryCapBytes, timeLimitSeconds }));

if (process.argv.includes('--report-only')) {
  const run = JSON.parse(readFileSync(join(resultsDir, 'run.json'), 'utf8')) as { host: ReturnType<typeof machine>; startedAt: string; finishedAt?: string; command: string; sizes: string[]; memoryCapBytes?: number; timeLimitSeconds?: number };
  // The limits of the run being reported, not of this invocation.
  const cap = /--mem-cap-gib (\S+)/.exec(run.command)?.[1];
  const limit = /--time-limit-min (\S+)/.exec(run.command)?.[1];
  memoryCapBytes = run.memoryCapBytes ?? (cap ? Number(cap) * 2 ** 30 : 16 * 2 ** 30);
  timeLimitSeconds = run.timeLimitSeconds ?? (limit ? Number(limit) * 60 : 240 * 60);
  report(run.sizes.filter((s) => existsSync(join(resultsDir, `${s}.json`))).map((s) => JSON.parse(readFileSync(join(resultsDir, `${s}.json`), 'utf8')) as SizeResult), run);
  process.exit(0);
}

const run = { host: machine(), startedAt: new Date().toISOString(), command, sizes, memoryCapBytes, timeLimitSeconds };
writeFileSync(join(resultsDir, 'run.json'), JSON.stringify(run, null, 2));
const results: SizeResult[] = [];

for (const size of sizes) {
  const result = await runSize(size, {
    root, seed, memoryCapBytes, timeLimitSeconds, browser, log, retryHeapMb,
    rebuild: rebuildSizes.has(size),
    ...(size === 'national' ? { shards: nationalShards } : {}),
    ...(shardedSizes.has(size) ? { sharded: { jobs: shardJobs, heapMb: shardHeapMb, globalHeapMb: shardGlobalHeapMb } } : {}),
    ...(size === 'national' && !process.argv.includes('--national-unsharded') ? { skipUnsharded: 'the national corpus is built in province shards (docs/sharding.md); pass --national-unsharded to attempt one process' } : {}),
    ...(size === 'national' && nationalNodeOptions ? { nodeOptions: nationalNodeOptions } : {}),
  });
  results.push(result);
  writeFileSync(join(resultsDir, `${size}.json`), JSON.stringify(result, null, 2));
  if (!process.argv.includes('--keep-sites')) for (const dir of [size, `${size}.cache`]) rmSync(join(root, '.bench', 'site', dir), { recursive: true, force: true });
  // The report is rewritten after every size, so a run stopped half-way still leaves one.
  report(results, run);
  // When the run got this far: --report-only renders the report of a finished run as it was.
  writeFileSync(join(resultsDir, 'run.json'), JSON.stringify({ ...run, finishedAt: new Date().toISOString() }, null, 2));
  log(`[${size}] done; ${outFile} updated`);
}
