/**
 * Whole-corpus downloads split by province (src/lib/export/site-export.ts, `downloadsSplit`): the
 * bundled data built with MINGZHANG_DOWNLOADS_SPLIT_BYTES=1 (where the default keeps the bundled
 * data in one file of each kind) together with MINGZHANG_LIST_LIMIT=3 (lists split too, so the
 * province list pages link to their province's files). There is no /downloads/dataset.json nor
 * whole-corpus CSV; each province's files are listed on /downloads/, and together they hold
 * exactly what the whole files of dist/ hold; every link resolves. The same data built in
 * shards (`national,35` + `61,64`, the global build, merged) gives the same site byte for byte:
 * each province's files come from the shard that owns the province.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../support/link-check';
import { buildEnv as sharedBuildEnv , siteFiles } from '../support/build';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
const TABLES = ['projects', 'indicators', 'final-accounts', 'findings'];
let tmp: string;
let split: string;

function buildEnv(): NodeJS.ProcessEnv {
  return sharedBuildEnv({ MINGZHANG_DIST: split, MINGZHANG_DOWNLOADS_SPLIT_BYTES: '1', MINGZHANG_LIST_LIMIT: '3' });
}

beforeAll(() => {
  // Inside the checkout (git-ignored): isolated builds write their site there.
  mkdirSync('.scratch', { recursive: true });
  tmp = resolve(mkdtempSync(join('.scratch', 'split-downloads-')));
  split = join(tmp, 'dist');
  const build = spawnSync('npm', ['run', 'build'], { env: buildEnv(), encoding: 'utf8', timeout: 280_000 });
  if (build.status !== 0) throw new Error(`build with MINGZHANG_DOWNLOADS_SPLIT_BYTES=1 failed:\n${build.stdout}\n${build.stderr}`);
  const run = (script: string, args: string[]) => {
    const r = spawnSync(join('node_modules', '.bin', 'node'), [join('node_modules', '.bin', 'tsx'), script, ...args], { env: buildEnv(), encoding: 'utf8', timeout: 240_000 });
    if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  run('scripts/shard-build.ts', ['--data', 'data', '--shard', 'national,35', '--out', join(tmp, 'a'), '--validated']);
  run('scripts/shard-build.ts', ['--data', 'data', '--shard', '61,64', '--out', join(tmp, 'b'), '--validated']);
  run('scripts/shard-build.ts', ['--data', 'data', '--shard', 'global', '--summaries', `${join(tmp, 'a')},${join(tmp, 'b')}`, '--out', join(tmp, 'g'), '--validated']);
  run('scripts/merge-shards.ts', ['--out', join(tmp, 'site'), '--move', join(tmp, 'g'), join(tmp, 'a'), join(tmp, 'b')]);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
/** The province folders /downloads/ links a dataset.json of. */
const provinceFiles = (html: string) => [...new Set([...html.matchAll(/href="\/downloads\/([^"/]+)\/dataset\.json"/g)].map((m) => m[1]!))];
/** A CSV's data lines (the header apart), sorted: rows compared as a multiset. */
const dataLines = (csv: string) => csv.split('\r\n').slice(1).filter((l) => l !== '').sort();

interface Dataset {
  scope: Record<string, unknown>;
  agencies: Array<{ slug: string }>;
  sources: Array<{ id: string }>;
  documents: Array<{ id: string; agency: string; archive: string }>;
}

describe('whole-corpus downloads over the size limit, split by province', () => {
  it('has no whole-corpus files, and lists each province’s', () => {
    expect(existsSync(join(DIST, 'downloads', 'dataset.json'))).toBe(true);
    expect(existsSync(join(split, 'downloads', 'dataset.json'))).toBe(false);
    for (const t of TABLES) expect(existsSync(join(split, 'downloads', `${t}.csv`))).toBe(false);
    const provinces = provinceFiles(read(split, 'downloads/index.html'));
    expect(provinces.length).toBeGreaterThan(1);
    expect(read(split, 'downloads/index.html')).toContain('按省份分文件');
  });

  it('the provinces’ JSON files hold every document once, with their agencies and sources', () => {
    const whole = JSON.parse(read(DIST, 'downloads/dataset.json')) as Dataset;
    const provinces = provinceFiles(read(split, 'downloads/index.html'));
    const parts = provinces.map((p) => JSON.parse(read(split, `downloads/${p}/dataset.json`)) as Dataset);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(parts.flatMap((p) => p.documents).sort(byId)).toEqual([...whole.documents].sort(byId));
    parts.forEach((part, i) => {
      expect(part.scope).toEqual({ province: provinces[i] });
      const agencies = new Set(part.agencies.map((a) => a.slug));
      const sources = new Set(part.sources.map((s) => s.id));
      for (const d of part.documents) {
        expect(agencies.has(d.agency)).toBe(true);
        expect(sources.has(d.archive)).toBe(true);
      }
    });
  });

  it('the provinces’ CSV files hold every row of the whole files once', () => {
    const provinces = provinceFiles(read(split, 'downloads/index.html'));
    for (const t of TABLES) {
      const whole = read(DIST, `downloads/${t}.csv`);
      const parts = provinces.map((p) => read(split, `downloads/${p}/${t}.csv`));
      for (const part of parts) expect(part.split('\r\n')[0]).toBe(whole.split('\r\n')[0]);
      expect(parts.flatMap(dataLines).sort()).toEqual(dataLines(whole));
    }
  });

  it('findings pages link to the provinces’ files: the list of them, or the province’s own', () => {
    expect(read(split, 'findings/audit/index.html')).toContain('href="/downloads/#all"');
    const province = provinceFiles(read(split, 'downloads/index.html')).find((p) => existsSync(join(split, 'findings', 'audit', 'province', p)));
    expect(province).toBeDefined();
    expect(read(split, `findings/audit/province/${province}/index.html`)).toContain(`href="/downloads/${province}/findings.csv"`);
  });

  it('built in shards, is byte-identical to the unsharded build (search index aside), without whole-corpus parts in the summaries', () => {
    const merged = join(tmp, 'site');
    expect(siteFiles(merged)).toEqual(siteFiles(split));
    expect(siteFiles(split).filter((f) => !readFileSync(join(split, f)).equals(readFileSync(join(merged, f))))).toEqual([]);
    const summary = JSON.parse(readFileSync(join(tmp, 'a', 'summary.json'), 'utf8')) as { downloads: { all?: unknown; provinces: Array<{ agency: string }> } };
    expect(summary.downloads.all).toBeUndefined();
    expect(summary.downloads.provinces.map((p) => p.agency)).toEqual(['fujian']);
  });

  it('has no broken links or anchors', () => {
    const broken = checkLinks({ dir: split, site: 'https://mingzhang.example', base: '/' });
    expect(broken, formatBroken(broken)).toEqual([]);
  });
});
