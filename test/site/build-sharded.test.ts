/**
 * `npm run build:sharded` (scripts/build-sharded.ts) on the bundled data, packed into shards of
 * at most two agency-years: validation, the shards two at a time, the global build, the merge
 * and the swap give a site byte-identical to `npm run build`'s dist/ (search index aside); bad
 * data stops it before anything is built, with the output folder left as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, siteFiles } from '../support/build';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
let tmp: string;

function buildSharded(args: string[]) {
  return spawnSync(join('node_modules', '.bin', 'node'), [join('node_modules', '.bin', 'tsx'), 'scripts/build-sharded.ts', ...args], { env: buildEnv(), encoding: 'utf8', timeout: 280_000 });
}

let report: { pages: number; shards: { spec: string }[]; steps: { step: string }[] };

beforeAll(() => {
  mkdirSync('.shards', { recursive: true });
  tmp = mkdtempSync(join('.shards', 'test-build-'));
  const r = buildSharded(['--data', 'data', '--out', join(tmp, 'site'), '--work', join(tmp, 'work'), '--max-agency-years', '2']);
  if (r.status !== 0) throw new Error(`build-sharded failed:\n${r.stdout}\n${r.stderr}`);
  report = JSON.parse(r.stdout.trim().split('\n').pop()!) as typeof report;
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm run build:sharded', () => {
  it('packs the provinces into shards of at most the given agency-years and runs every step', () => {
    expect(report.shards.map((s) => s.spec).sort()).toEqual(['35,61', 'national,64']);
    expect(report.steps.map((s) => s.step)).toEqual(['validation', 'shards', 'global', 'merge']);
    expect(report.pages).toBe(siteFiles(DIST).filter((f) => f.endsWith('.html')).length);
  });

  it('builds the site npm run build builds, byte for byte (search index aside)', () => {
    const site = join(tmp, 'site');
    expect(siteFiles(site)).toEqual(siteFiles(DIST));
    expect(siteFiles(DIST).filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(site, f))))).toEqual([]);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('leaves the output folder as it was when the data does not validate', () => {
    const data = join(tmp, 'bad-data');
    cpSync('data', data, { recursive: true });
    const agencies = join(data, 'agencies.json');
    writeFileSync(agencies, readFileSync(agencies, 'utf8').replace('"level": "national"', '"level": "planet"'));
    const before = readFileSync(join(tmp, 'site', 'index.html'));
    const r = buildSharded(['--data', data, '--out', join(tmp, 'site'), '--work', join(tmp, 'work')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('failed at: validation');
    expect(r.stderr).toContain('planet');
    expect(readFileSync(join(tmp, 'site', 'index.html')).equals(before)).toBe(true);
  });
});
