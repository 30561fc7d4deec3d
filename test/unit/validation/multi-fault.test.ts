/**
 * One file with many faults: every one of them is reported in a single run, by the library
 * and by `npm run validate -- <file>` (text and --json), so an author fixes them all at once.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblems, type Problem } from '../../../src/lib/validation/problem';
import { FIXTURES, ROOT, validateFixtures } from './fixtures';

const FILE = `${FIXTURES}/multi-fault.json`;

/** `npm run validate -- <args>` without npm: the pinned Node running tsx on the script. */
async function runValidate(...args: string[]): Promise<{ code: number; stdout: string }> {
  const node = join(ROOT, 'node_modules/.bin/node');
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  try {
    const { stdout } = await promisify(execFile)(node, [tsx, 'scripts/validate.ts', ...args], { cwd: ROOT, maxBuffer: 10_000_000 });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '' };
  }
}

describe('a file with many faults', () => {
  it('reports every fault in one run', async () => {
    const { problems } = await validateFixtures('multi-fault.json');
    const kinds = new Set(problems.map((p) => p.code));
    expect(problems.length).toBeGreaterThanOrEqual(15);
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    // Reference faults are found even though the file also fails its schema.
    expect(kinds).toContain('ref/unknown-agency');
    expect(kinds).toContain('ref/dangling-parent');
    expect(kinds).toContain('ref/duplicate-id');
    await expect(formatProblems(problems)).toMatchFileSnapshot('./__snapshots__/multi-fault.txt');
  });

  it('prints every fault through npm run validate and exits 1', async () => {
    const { problems } = await validateFixtures('multi-fault.json');
    const { code, stdout } = await runValidate(FILE);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^明账 validate: 1 file\n/);
    for (const p of problems) expect(stdout).toContain(`${p.file}:${p.line}:${p.column}  error  ${p.code}  at ${p.path}`);
    expect(stdout.trimEnd()).toMatch(new RegExp(`\\n${problems.length} errors, 0 warnings$`));
  }, 60_000);

  it('prints machine-readable problems with --json', async () => {
    const { problems } = await validateFixtures('multi-fault.json');
    const { code, stdout } = await runValidate(FILE, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; errors: number; warnings: number; problems: Problem[] };
    expect(report).toMatchObject({ ok: false, errors: problems.length, warnings: 0 });
    const key = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.path}`;
    expect(report.problems.map(key).sort()).toEqual(problems.map(key).sort());
    for (const p of report.problems) expect(Object.keys(p)).toEqual(expect.arrayContaining(['level', 'code', 'file', 'path', 'line', 'value', 'expected', 'fix']));
  }, 60_000);
});
