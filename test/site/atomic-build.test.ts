/**
 * Atomic build: when validation or a later step fails, the previous dist/ is left
 * byte-for-byte as it was; when the build succeeds, dist/ is replaced whole.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let tmp: string;

/** Every file under a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  visit(dir);
  return out;
}

function build(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(k)));
  return spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], {
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
}

/** A dist/ as a previous build left it: some pages and a file only that build had. */
function previousDist(name: string): string {
  const dist = join(tmp, name);
  mkdirSync(join(dist, 'agencies'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(join(dist, 'agencies', 'index.html'), '<!doctype html><title>previous agencies</title>');
  writeFileSync(join(dist, 'only-in-previous.txt'), 'kept until a build succeeds');
  return dist;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mingzhang-atomic-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('a failing build', () => {
  it('leaves dist/ byte-for-byte as it was when validation fails', () => {
    const dist = previousDist('dist-validation');
    const before = snapshot(dist);
    const data = join(tmp, 'bad-data');
    cpSync('data', data, { recursive: true });
    const file = join(data, 'disclosures', 'fujian-ningde', '2024', 'ningde-2024-report-4.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.report.project = 'ningde-2024-p99';
    writeFileSync(file, JSON.stringify(doc));
    const run = build({ MINGZHANG_DATA: data, MINGZHANG_DIST: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('build failed at: validation');
    expect(run.stderr).toContain('ningde-2024-p99');
    expect(snapshot(dist)).toEqual(before);
  });

  it('leaves dist/ byte-for-byte as it was when the page build fails after validation', () => {
    const dist = previousDist('dist-astro');
    const before = snapshot(dist);
    // A site origin Astro's own config check rejects: validation passes, astro build fails.
    const run = build({ MINGZHANG_DIST: dist, MINGZHANG_SITE: 'not a url' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('build failed at: astro build');
    expect(snapshot(dist)).toEqual(before);
  });
});

describe('a successful build', () => {
  it('replaces dist/ whole, dropping what only the previous build had', () => {
    const dist = previousDist('dist-ok');
    const run = build({ MINGZHANG_DIST: dist });
    expect(run.status, run.stderr).toBe(0);
    const after = snapshot(dist);
    expect(after['only-in-previous.txt']).toBeUndefined();
    expect(Object.keys(after)).toContain('index.html');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('明账');
  });
});
