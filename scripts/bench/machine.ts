/** What the benchmark ran on: cores, memory, CPU, Node, the packages that matter, the commit. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  astro: string;
  pagefind: string;
  chromium: string;
  /** V8's default heap limit for a Node process on this machine (what `npm run build` gets), MB. */
  defaultHeapMb: number;
  commit: string;
  /** Files changed against the commit when the benchmark ran (the working tree was measured). */
  uncommitted: number;
  loadAverage: [number, number, number];
}

const version = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

function run(cmd: string, args: string[]): string {
  try {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(): Machine {
  const [a = 0, b = 0, c = 0] = loadavg();
  return {
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    chromium: run(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
    defaultHeapMb: Math.round(Number(run(process.execPath, ['-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit / 2 ** 20))'])) || 0),
    commit: run('git', ['rev-parse', '--short', 'HEAD']),
    uncommitted: run('git', ['status', '--porcelain']).split('\n').filter(Boolean).length,
    loadAverage: [a, b, c].map((x) => Math.round(x * 100) / 100) as [number, number, number],
  };
}

export function loadAverage(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
