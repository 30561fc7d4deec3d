/**
 * Findings lists split by province (src/lib/view/findings-orders.ts): the bundled data built
 * with a limit of 3 rows a list (MINGZHANG_LIST_LIMIT=3, where the default keeps every bundled
 * list whole). The national pages show the first rows of their order and every count, and link
 * to one page per province and order; the province pages together list exactly the rows of the
 * unsplit list in dist/; no link is broken.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../support/link-check';
import { buildEnv as sharedBuildEnv } from '../support/build';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
let tmp: string;
let split: string;

function buildEnv(): NodeJS.ProcessEnv {
  return sharedBuildEnv({ MINGZHANG_DIST: split, MINGZHANG_LIST_LIMIT: '3' });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mingzhang-split-'));
  split = join(tmp, 'dist');
  const build = spawnSync('npm', ['run', 'build'], { env: buildEnv(), encoding: 'utf8', timeout: 280_000 });
  if (build.status !== 0) throw new Error(`build with MINGZHANG_LIST_LIMIT=3 failed:\n${build.stdout}\n${build.stderr}`);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** Row anchors of a list page's tables (`exec--…`, `ind--…`, `finding--…`). */
const rowIds = (html: string, prefix: string) => [...new Set([...html.matchAll(new RegExp(`<tr[^>]* id="(${prefix}--[^"]+)"`, 'g'))].map((m) => m[1]!))];
/** The province pages a national page links to. */
const provinceLinks = (html: string, list: string) => [...new Set([...html.matchAll(new RegExp(`href="/findings/${list}/province/([^"/]+)/`, 'g'))].map((m) => m[1]!))];

/** Lists, their row anchors, orders checked, and tables per page (the indicators page has two, split together). */
const LISTS = [
  { list: 'under-executed', prefix: 'exec', orders: ['', 'by-unspent/'], tables: 1 },
  { list: 'execution-rates', prefix: 'exec', orders: ['', 'by-agency/'], tables: 1 },
  { list: 'missed-indicators', prefix: 'ind', orders: ['', 'by-achievement/'], tables: 2 },
  { list: 'audit', prefix: 'finding', orders: ['', 'by-rule/'], tables: 1 },
];

describe('findings lists over the limit, split by province', () => {
  for (const { list, prefix, orders, tables } of LISTS) {
    it(`${list}: the national pages show the first rows, the province pages all of them`, () => {
      const whole = rowIds(page(DIST, `findings/${list}`), prefix);
      expect(whole.length).toBeGreaterThan(3);
      for (const order of orders) {
        const national = page(split, `findings/${list}/${order}`);
        const shown = rowIds(national, prefix);
        expect(shown.length).toBeLessThanOrEqual(3 * tables);
        expect(shown.length).toBeGreaterThan(0);
        // The first rows of the same order as the unsplit page.
        if (tables === 1) expect(shown).toEqual(rowIds(page(DIST, `findings/${list}/${order}`), prefix).slice(0, shown.length));
        else expect(whole).toEqual(expect.arrayContaining(shown));
        expect(national).toContain('按省查看全部');
        const provinces = provinceLinks(national, list);
        expect(provinces.length).toBeGreaterThan(1);
        // Every province page of this order together: exactly the unsplit list, each row once.
        const listed = provinces.flatMap((p) => rowIds(page(split, `findings/${list}/province/${p}/${order}`), prefix));
        expect([...listed].sort()).toEqual([...whole].sort());
        expect(new Set(listed).size).toBe(listed.length);
      }
    });
  }

  it('keeps every list whole below the limit (the bundled site as built by default)', () => {
    expect(existsSync(join(DIST, 'findings', 'audit', 'province'))).toBe(false);
    expect(page(DIST, 'findings/audit')).not.toContain('按省查看全部');
  });

  it('has no broken links or anchors', () => {
    const broken = checkLinks({ dir: split, site: 'https://mingzhang.example', base: '/' });
    expect(broken, formatBroken(broken)).toEqual([]);
  });
});
