/**
 * /compare/ split by province (src/lib/view/compare-split.ts): the bundled data built with a
 * limit of 3 rows (MINGZHANG_LIST_LIMIT=3; the default keeps /compare/ whole). The national
 * page draws the rate distribution per province and links to one comparison page per
 * province; the province pages together draw exactly the items of the unsplit distribution,
 * family members and topic rows; no link is broken; a province page is axe-clean at 360 px.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { checkLinks, formatBroken } from '../support/link-check';
import { serveStatic } from '../support/static-server';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
let tmp: string;
let split: string;

function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)));
  return { ...env, MINGZHANG_DIST: split, MINGZHANG_LIST_LIMIT: '3', ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(() => {
  // Inside the checkout (git-ignored): Astro resolves the project from the output's neighbourhood.
  mkdirSync('.scratch', { recursive: true });
  tmp = mkdtempSync(join(process.cwd(), '.scratch', 'compare-split-'));
  split = join(tmp, 'dist');
  const build = spawnSync('npm', ['run', 'build'], { env: buildEnv(), encoding: 'utf8', timeout: 280_000 });
  if (build.status !== 0) throw new Error(`build with MINGZHANG_LIST_LIMIT=3 failed:\n${build.stdout}\n${build.stderr}`);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** The tables of a class on a page. */
const tables = (html: string, cls: string) => [...html.matchAll(new RegExp(`<table class="${cls}[ "][^>]*>([\\s\\S]*?)</table>`, 'g'))].map((m) => m[1]!);
/** The items a distribution table lists (their links), one entry per item. */
const distributionItems = (html: string) => tables(html, 'data distribution').flatMap((t) => [...t.matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!));
/**
 * Rows of the family members' tables (captioned 各机构、各年度的项目和转移支付; the rate charts'
 * tables beside them are left out: a family of one agency draws none) and of the topic tables
 * (captioned 各机构原文), whole.
 */
const sectionRows = (html: string, section: 'families' | 'topics') => {
  const caption = section === 'families' ? '各机构、各年度的项目和转移支付' : '（各机构原文）';
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)]
    .map((m) => m[1]!)
    .filter((t) => (t.match(/<caption[^>]*>([\s\S]*?)<\/caption>/)?.[1] ?? '').includes(caption))
    .flatMap((t) => [...t.matchAll(/<tr[^>]*>\s*<th scope="row"([\s\S]*?)<\/tr>/g)].map((m) => m[1]!.replace(/\s+/g, ' ')));
};
const provinceLinks = (html: string) => [...new Set([...html.matchAll(/href="\/compare\/province\/([^"/]+)\/"/g)].map((m) => m[1]!))];

describe('/compare/ over the limit, split by province', () => {
  it('draws the distribution per province on the national page, every item on the province pages', () => {
    const whole = distributionItems(page(DIST, 'compare'));
    expect(whole.length).toBeGreaterThan(3);
    const national = page(split, 'compare');
    expect(distributionItems(national)).toEqual([]);
    expect(national).toContain('执行率的分布（各省合计）');
    expect(national).toContain('上面的比较覆盖全部');
    const provinces = provinceLinks(national);
    expect(provinces.length).toBeGreaterThan(1);
    const listed = provinces.flatMap((p) => distributionItems(page(split, `compare/province/${p}`)));
    expect([...listed].sort()).toEqual([...whole].sort());
  });

  it('lists the first family members and topic rows on the national page, every one on exactly one province page', () => {
    const national = page(split, 'compare');
    const provinces = provinceLinks(national);
    for (const section of ['families', 'topics'] as const) {
      const whole = sectionRows(page(DIST, 'compare'), section);
      expect(whole.length).toBeGreaterThan(0);
      const shown = sectionRows(national, section);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(whole.length);
      expect(whole).toEqual(expect.arrayContaining(shown));
      const listed = provinces.flatMap((p) => sectionRows(page(split, `compare/province/${p}`), section));
      expect([...listed].sort()).toEqual([...whole].sort());
    }
  });

  it('keeps /compare/ whole below the limit (the bundled site as built by default)', () => {
    expect(existsSync(join(DIST, 'compare', 'province'))).toBe(false);
    expect(page(DIST, 'compare')).not.toContain('执行率的分布（各省合计）');
  });

  it('has no broken links or anchors', () => {
    const broken = checkLinks({ dir: split, site: 'https://mingzhang.example', base: '/' });
    expect(broken, formatBroken(broken)).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violations on a province page at 360 px', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const province = provinceLinks(page(split, 'compare'))[0]!;
    const server = await serveStatic(split);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 360, height: 900 }, bypassCSP: true });
      const p = await context.newPage();
      await p.goto(`${server.url}compare/province/${province}/`);
      await p.addScriptTag({ content: axeSource });
      const violations = (await p.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations;
      })) as Array<{ id: string; help: string }>;
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
