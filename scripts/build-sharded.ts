/**
 * npm run build:sharded -- [--data data] [--out dist] [--jobs 2] [--heap-mb 3072] [--global-heap-mb N]
 *                          [--max-agency-years N] [--work .shards/build] [--keep-work] [--validated]
 *
 * The whole site in province shards on one machine (docs/sharding.md): what `npm run build`
 * does, for data too large for one Astro process.
 *
 * 1. Validate the whole data folder once, one file at a time (the same rules and messages as
 *    `npm run validate`; nothing is built from bad data). --validated skips it, for a caller that
 *    has just validated the same folder (the benchmark measures validation as a step of its own).
 * 2. Plan the shards (src/lib/dataset/shard-plan.ts): provinces whole, small ones packed
 *    together up to the largest province's agency-years (or --max-agency-years).
 * 3. Build the shards, --jobs at a time, heaviest first (scripts/shard-build.ts --validated
 *    --index: with scoped search each shard indexes its own agencies' bundles, one at a time),
 *    each Astro process capped at --heap-mb of V8 heap (NODE_OPTIONS), so the machine's peak
 *    is about jobs × (heap + one Pagefind bundle) whatever the size of the data.
 *    Each shard also writes its summary: what the site-wide pages need of its documents.
 * 4. The global build (shard-build.ts --shard global --summaries …): home, agency index,
 *    findings, comparisons, coverage, downloads index, feeds and the national bureau's page,
 *    from every shard's summary, without reading a document. It runs alone, so its heap is
 *    --global-heap-mb (default: jobs × --heap-mb, what the shards had together): it holds every
 *    shard's summary at once (docs/sharding.md: at national scale that is more than 8 GiB today).
 * 5. Merge them with --move (scripts/merge-shards.ts): one site, one sitemap, the search index.
 * 6. Swap the merged site into --out. Until then --out is untouched; a failure at any step
 *    leaves it as it was and exits 1.
 *
 * Prints one JSON line at the end (steps with their times, shards with theirs) and writes it
 * to <work>/build.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planShards, type PlannedShard } from '../src/lib/dataset/shard-plan';
import { formatProblems } from '../src/lib/validation/problem';
import { validateFiles } from '../src/lib/validation/validate-files';
import type { Agency } from '../src/schemas/agency';

function option(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const root = process.cwd();
const data = resolve(option('data', process.env.MINGZHANG_DATA ?? 'data')!);
const out = resolve(option('out', 'dist')!);
const work = resolve(option('work', join('.shards', 'build'))!);
const jobs = Math.max(1, Number(option('jobs', '2')));
const heapMb = Number(option('heap-mb', '3072'));
const globalHeapMb = Number(option('global-heap-mb', String(heapMb * jobs)));
const maxAgencyYears = option('max-agency-years');
const keepWork = process.argv.includes('--keep-work');
const validated = process.argv.includes('--validated');

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
function fail(step: string, detail: string): never {
  process.stderr.write(`\n明账 sharded build failed at: ${step}\n${detail}\n\n${out} was left unchanged.\n`);
  process.exit(1);
}

interface StepTime {
  step: string;
  seconds: number;
}
interface ShardRun extends PlannedShard {
  seconds: number;
  pages: number;
}
const steps: StepTime[] = [];
const started = performance.now();
async function timed<T>(step: string, run: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const result = await run();
  steps.push({ step, seconds: (performance.now() - t) / 1000 });
  return result;
}

/** Runs a project script on the pinned Node (this process's), output passed through with a prefix. */
function runScript(label: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Astro prints a line per page: keep only what says how far it got or what went wrong.
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '' || /^\s+[├└]─|^\d\d:\d\d:\d\d\s+[├└]─/.test(line) || /\(\+\d+ms\)\s*$/.test(line)) continue;
        process.stderr.write(`[${label}] ${line}\n`);
      }
    };
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

// 1. Validate once.
let counts: { documents?: number; agencies?: number } = {};
if (!validated) {
  const validation = await timed('validation', () => validateFiles(root, data));
  if (!validation.ok) fail('validation', formatProblems(validation.problems.filter((p) => p.level === 'error')));
  log(`validated ${validation.documents} documents of ${validation.agencies} agencies`);
  counts = { documents: validation.documents, agencies: validation.agencies };
}

// 2. Plan.
const agencies = (JSON.parse(readFileSync(join(data, 'agencies.json'), 'utf8')) as { agencies: Agency[] }).agencies;
const agencyYearsOf = (slug: string): number => {
  const dir = join(data, 'disclosures', slug);
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length : 0;
};
const plan = planShards(agencies, agencyYearsOf, maxAgencyYears === undefined ? undefined : Number(maxAgencyYears));
log(`${plan.length} shards, ${jobs} at a time: ${plan.map((s) => `${s.spec} (${s.agencyYears})`).join('; ')}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const shardDir = (s: PlannedShard, i: number) => join(work, `shard-${String(i).padStart(2, '0')}`);

// 3. Shards, `jobs` at a time, heaviest first.
const runs: ShardRun[] = [];
await timed('shards', async () => {
  let next = 0;
  let failed: string | undefined;
  const worker = async () => {
    while (next < plan.length && failed === undefined) {
      const i = next++;
      const s = plan[i]!;
      const t = performance.now();
      log(`shard ${s.spec}: ${s.agencyYears} agency-years`);
      const code = await runScript(`shard ${s.spec}`, ['scripts/shard-build.ts', '--data', data, '--shard', s.spec, '--out', shardDir(s, i), '--validated', '--index'], {
        NODE_OPTIONS: `--max-old-space-size=${heapMb}`,
      });
      if (code !== 0) {
        failed = `shard ${s.spec} exited with ${code}`;
        return;
      }
      const manifest = JSON.parse(readFileSync(join(shardDir(s, i), 'shard.json'), 'utf8')) as { pages: number };
      runs.push({ ...s, seconds: (performance.now() - t) / 1000, pages: manifest.pages });
      log(`shard ${s.spec}: ${manifest.pages} pages in ${((performance.now() - t) / 1000).toFixed(0)} s (${runs.length}/${plan.length})`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, plan.length) }, worker));
  if (failed) fail('shards', failed);
});

// 4. The site-wide pages from the shards' summaries.
const globalDir = join(work, 'global');
await timed('global', async () => {
  const code = await runScript('global', ['scripts/shard-build.ts', '--data', data, '--shard', 'global', '--summaries', plan.map((s, i) => shardDir(s, i)).join(','), '--out', globalDir, '--validated'], {
    NODE_OPTIONS: `--max-old-space-size=${globalHeapMb}`,
  });
  if (code !== 0) fail('global build', `shard-build --shard global exited with ${code}`);
});

// 5. Merge into a staging folder beside --out (same file system: the swap is a rename).
const staging = `${out}.staging`;
rmSync(staging, { recursive: true, force: true });
await timed('merge', async () => {
  const code = await runScript('merge', ['scripts/merge-shards.ts', '--out', staging, '--move', globalDir, ...plan.map((s, i) => shardDir(s, i))]);
  if (code !== 0) fail('merge', `merge-shards exited with ${code}`);
});

// merge-shards writes its own summary beside the site it made: it goes into this build's report.
const mergeFile = `${staging}.merge.json`;
const merge = existsSync(mergeFile) ? (JSON.parse(readFileSync(mergeFile, 'utf8')) as unknown) : undefined;
rmSync(mergeFile, { force: true });

// 6. Swap.
const old = `${out}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(staging, out);
rmSync(old, { recursive: true, force: true });
if (!keepWork) rmSync(work, { recursive: true, force: true });

/** HTML pages under a folder. */
function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n += 1;
  return n;
}

const report = {
  data,
  out,
  jobs,
  heapMb,
  globalHeapMb,
  ...counts,
  pages: countPages(out),
  seconds: (performance.now() - started) / 1000,
  steps,
  shards: runs,
  merge,
};
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'build.json'), JSON.stringify(report, null, 2));
log(`built ${out}: ${plan.length} shards in ${report.seconds.toFixed(0)} s`);
process.stdout.write(`${JSON.stringify(report)}\n`);
