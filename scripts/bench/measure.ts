/**
 * Runs one benchmark step as a child process and measures it: wall time; CPU time (user +
 * system of the whole process tree: from /usr/bin/time, or summed from /proc samples where
 * that is more — a descendant nobody waits for, like Pagefind's indexer, escapes rusage);
 * peak memory as the largest resident set of any one process (VmHWM) and as the peak sum
 * over the process tree (VmRSS of the child and all its descendants, sampled from /proc
 * every 200 ms — Astro, Pagefind and Chromium each run several processes).
 *
 * A watchdog kills the tree when its resident sum passes a cap, so a step that would exhaust
 * the machine's memory fails alone instead of taking other work on the machine with it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StepResult {
  ok: boolean;
  /** Exit code, or the signal, or "killed at the memory cap". */
  exit: string;
  wallSeconds: number;
  cpuSeconds?: number;
  /** Peak resident memory of the largest single process (VmHWM), bytes. */
  peakProcessBytes: number;
  /** Peak of the resident memory summed over the process tree, bytes (sampled). */
  peakTreeBytes: number;
  stdout: string;
  stderr: string;
}

export interface StepOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Kill the process tree when its resident sum exceeds this many bytes. */
  memoryCapBytes?: number;
  /** Kill the process tree after this many seconds. */
  timeoutSeconds?: number;
  /** Echo the child's output while it runs (progress of long builds). */
  echo?: boolean;
}

const TIME = '/usr/bin/time';

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU seconds a process has used so far (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The pid and every live descendant of it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name in parentheses, which may itself hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function killTree(root: number): void {
  for (const pid of processTree(root).reverse()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Runs `command args…` and measures it. Never throws for a failing step: `ok` says. */
export function measure(command: string, args: string[], options: StepOptions = {}): Promise<StepResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'mingzhang-bench-'));
  const timeFile = join(scratch, 'time');
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (options.echo) process.stderr.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (options.echo) process.stderr.write(d);
  });
  let peakTree = 0;
  let peakProcess = 0;
  const cpuByPid = new Map<number, number>();
  let killedFor: string | undefined;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      sum += statusKb(pid, 'VmRSS') * 1024;
      cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpuOf(pid)));
      peakProcess = Math.max(peakProcess, statusKb(pid, 'VmHWM') * 1024);
    }
    peakTree = Math.max(peakTree, sum);
    if (options.memoryCapBytes !== undefined && sum > options.memoryCapBytes && !killedFor) {
      killedFor = `killed at the memory cap (${(options.memoryCapBytes / 2 ** 30).toFixed(1)} GiB of the process tree)`;
      killTree(child.pid);
    }
    if (options.timeoutSeconds !== undefined && (performance.now() - started) / 1000 > options.timeoutSeconds && !killedFor) {
      killedFor = `killed after the time limit (${options.timeoutSeconds} s)`;
      killTree(child.pid);
    }
  };
  const timer = setInterval(sample, 200);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      let cpuSeconds: number | undefined;
      if (useTime && existsSync(timeFile)) {
        // /usr/bin/time prints "Command exited with non-zero status N" before the figures when the command fails.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [, user, sys, maxKb] = last.split(' ').map(Number);
        if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpuSeconds = user + sys;
        if (maxKb !== undefined && Number.isFinite(maxKb)) peakProcess = Math.max(peakProcess, maxKb * 1024);
      }
      const sampledCpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      if (cpuSeconds === undefined || sampledCpu > cpuSeconds) cpuSeconds = sampledCpu;
      rmSync(scratch, { recursive: true, force: true });
      const exit = killedFor ?? (signal ? `signal ${signal}` : `exit ${code}`);
      resolve({ ok: !killedFor && code === 0, exit, wallSeconds, cpuSeconds, peakProcessBytes: peakProcess, peakTreeBytes: peakTree, stdout, stderr });
    });
  });
}
