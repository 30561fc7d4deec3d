/**
 * Scoped search (src/lib/site/search-scopes.ts, docs/sharding.md): the bundled data built with
 * MINGZHANG_SEARCH=scoped into a temporary folder. Every page Pagefind indexes is in exactly one
 * bundle (agency landing pages also in the directory); and in headless Chromium a query in a
 * prefecture's scope finds that prefecture's pages and no other's, widening to the province
 * finds the province bureau's too, the directory finds an agency by name, and the site-wide
 * pages are found in 本站说明. The search forms of agency pages carry their scope. Sharded the
 * same way (one shard indexed in its shard, one at the merge), the merged site has the same scopes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOfPage, DIRECTORY, isLandingPage, type ScopeAgency, type ScopeManifest } from '../../src/lib/site/search-scopes';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { buildEnv as sharedBuildEnv } from '../support/build';

let tmp: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

/** The environment for the build, without what vitest adds (see base-build.test.ts). */
function buildEnv(): NodeJS.ProcessEnv {
  return sharedBuildEnv({ MINGZHANG_SEARCH: 'scoped', MINGZHANG_DIST: dist });
}

beforeAll(async () => {
  // Inside the checkout: the shard builds below are isolated Astro builds, which refuse an output outside it.
  mkdirSync('.shards', { recursive: true });
  tmp = mkdtempSync(join('.shards', 'test-scoped-'));
  dist = join(tmp, 'dist');
  const build = spawnSync('npm', ['run', 'build'], { env: buildEnv(), encoding: 'utf8', timeout: 280_000 });
  if (build.status !== 0) throw new Error(`scoped build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map((f) => relative(dir, join(dir, f)));
}
const manifest = (): ScopeManifest => JSON.parse(readFileSync(join(dist, 'pagefind', 'scopes.json'), 'utf8')) as ScopeManifest;

/** Runs a query through the search page in a scope; returns the status line and every result's path. */
async function search(q: string, scope?: string): Promise<{ status: string; urls: string[] }> {
  const params = new URLSearchParams({ q, ...(scope && { scope }) });
  await page.goto(`${server.url}search/?${params}`);
  return results();
}
async function results(): Promise<{ status: string; urls: string[] }> {
  const status = page.locator('#search-status');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/^(找到|没有找到|在“)/);
  const more = page.locator('#search-more');
  const items = page.locator('#search-results > li');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  const urls = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status: (await status.textContent()) ?? '', urls };
}

describe('scoped bundles of the bundled data', () => {
  it('put every page Pagefind indexes in exactly one bundle, and agency landing pages also in the directory', () => {
    const agencies = (JSON.parse(readFileSync(join(dist, 'data', 'agencies.json'), 'utf8')) as { agencies: ScopeAgency[] }).agencies;
    const bySlug = new Map(agencies.map((a) => [a.slug, a]));
    const expected = new Map<string, number>();
    let landing = 0;
    for (const file of htmlFiles(dist)) {
      if (!readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body')) continue;
      const b = bundleOfPage(file, bySlug);
      expected.set(b, (expected.get(b) ?? 0) + 1);
      if (isLandingPage(file)) landing += 1;
    }
    expected.set(DIRECTORY, landing);
    const single = manifest().scopes.filter((s) => s.bundles.length === 1 && s.id === s.bundles[0]);
    expect(new Map(single.map((s) => [s.id, s.pages]))).toEqual(expected);
    expect(landing).toBe(agencies.length);
    // What Pagefind wrote agrees: each bundle's own count of its pages.
    for (const s of single) {
      const entry = JSON.parse(readFileSync(join(dist, 'pagefind', s.id, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), s.id).toBe(s.pages);
    }
  });

  it('writes a card for every scope: the scope and the province it widens to', () => {
    for (const s of manifest().scopes) {
      const card = JSON.parse(readFileSync(join(dist, 'pagefind', 'scopes', `${s.id}.json`), 'utf8')) as { scope: { id: string }; wider?: { id: string } };
      expect(card.scope).toEqual(s);
      expect(card.wider?.id).toBe(s.parent);
    }
  });

  it('lists each province as the merge of its bundles', () => {
    expect(manifest().scopes.find((s) => s.id === '35')).toMatchObject({ name: '福建省全省', kind: 'province', bundles: ['350000', '350900'] });
    expect(manifest().scopes.find((s) => s.id === '610700')).toMatchObject({ name: '汉中市及所辖区县', kind: 'prefecture', parent: '61' });
  });

  it("gives an agency page's search form its prefecture's scope, and a site-wide page 本站说明", () => {
    expect(readFileSync(join(dist, 'agencies', 'shaanxi-hanzhong-ningqiang', '2023', 'index.html'), 'utf8')).toContain('<input type="hidden" name="scope" value="610700">');
    expect(readFileSync(join(dist, 'agencies', 'fujian-ningde', 'index.html'), 'utf8')).toContain('<input type="hidden" name="scope" value="350900">');
    expect(readFileSync(join(dist, 'methodology', 'index.html'), 'utf8')).toContain('<input type="hidden" name="scope" value="site">');
    expect(readFileSync(join(dist, 'search', 'index.html'), 'utf8')).toContain('data-search-mode="scoped"');
  });
});

describe('scoped bundles of a sharded build', () => {
  it('are the same scopes, whether a shard indexed its own bundles or the merge did', () => {
    const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, [tsx, ...args], { env: buildEnv(), encoding: 'utf8', timeout: 280_000 });
      if (r.status !== 0) throw new Error(`${args.join(' ')}:\n${r.stdout}\n${r.stderr}`);
    };
    const shards = join(tmp, 'shards');
    run(['scripts/shard-build.ts', '--data', 'data', '--shard', 'national,35', '--out', join(shards, 'a'), '--index']);
    run(['scripts/shard-build.ts', '--data', 'data', '--shard', '61,64', '--out', join(shards, 'b')]);
    expect(readdirSync(join(shards, 'a', 'site', 'pagefind')).sort()).toEqual(['350000', '350900', 'bundles.json', 'national']);
    run(['scripts/merge-shards.ts', '--out', join(shards, 'site'), '--move', join(shards, 'a'), join(shards, 'b')]);
    const merged = JSON.parse(readFileSync(join(shards, 'site', 'pagefind', 'scopes.json'), 'utf8')) as ScopeManifest;
    expect(merged).toEqual(manifest());
    // A prefecture's bundle indexed in its shard is the unsharded build's (Pagefind names the index by its content).
    for (const b of ['350900', '610700']) {
      expect(readFileSync(join(shards, 'site', 'pagefind', b, 'pagefind-entry.json'), 'utf8'), b).toBe(readFileSync(join(dist, 'pagefind', b, 'pagefind-entry.json'), 'utf8'));
    }
  }, 300_000);
});

describe('scoped search in the browser', () => {
  it("finds a prefecture's own pages in its scope, and no other agency's", async () => {
    const ningde = await search('医疗保障局', '350900');
    expect(ningde.status).toContain('范围：宁德市及所辖区县');
    expect(ningde.urls).toContain('/agencies/fujian-ningde/');
    expect(ningde.urls.filter((u) => !u.startsWith('/agencies/fujian-ningde/'))).toEqual([]);
    // The scope's own Pagefind files are preloaded (the page's policy allows the script that adds them).
    expect(await page.locator('link[rel=preload], link[rel=modulepreload]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/pagefind/350900/pagefind.js', '/pagefind/350900/wasm.unknown.pagefind']),
    );
    const hanzhong = await search('医疗保障局', '610700');
    expect(hanzhong.urls).toContain('/agencies/shaanxi-hanzhong-ningqiang/');
    expect(hanzhong.urls.filter((u) => !u.startsWith('/agencies/shaanxi-hanzhong'))).toEqual([]);
  });

  it('widens a prefecture to its province: the province bureau and the prefecture both', async () => {
    const before = await search('医疗保障局', '350900');
    expect(before.urls).not.toContain('/agencies/fujian/');
    const widen = page.locator('#search-widen');
    await expect.poll(() => widen.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await widen.textContent()).toBe('扩大到福建省全省');
    expect(await page.locator('#search-scope-note').textContent()).toMatch(/合并 2 个索引分卷/);
    await widen.click();
    await page.waitForURL(/scope=35(&|$)/);
    const after = await results();
    expect(after.status).toContain('范围：福建省全省');
    expect(after.urls).toContain('/agencies/fujian/');
    expect(after.urls).toContain('/agencies/fujian-ningde/');
    expect(after.urls.length).toBe(before.urls.length + 1);
    expect(after.urls.filter((u) => !u.startsWith('/agencies/fujian'))).toEqual([]);
  });

  it('finds an agency by name in the directory, the default scope', async () => {
    const { status, urls } = await search('宁强县医疗保障局');
    expect(status).toContain('范围：全国机构名录');
    expect(urls[0]).toBe('/agencies/shaanxi-hanzhong-ningqiang/');
    // Only landing pages: the directory holds nothing else.
    expect(urls.every((u) => /^\/agencies\/[^/]+\/$/.test(u))).toBe(true);
  });

  it('finds site-wide pages in 本站说明 and not in an agency scope', async () => {
    expect((await search('方法说明', 'site')).urls).toContain('/methodology/');
    expect((await search('方法说明', '350900')).urls).not.toContain('/methodology/');
  });

  it('changes the scope from the form, loading the list of scopes only then, keeping the query in the URL', async () => {
    const lists: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().endsWith('/pagefind/scopes.json')) lists.push(r.url());
    };
    page.on('request', onRequest);
    await search('医疗保障局', '350900');
    await expect.poll(() => page.locator('#search-scope-current').textContent(), { timeout: 10_000 }).toBe('宁德市及所辖区县');
    expect(lists).toEqual([]);
    await page.locator('#search-scope-change').click();
    const select = page.locator('#search-scope');
    await expect.poll(() => select.locator('option').count(), { timeout: 10_000 }).toBe(manifest().scopes.length);
    page.off('request', onRequest);
    expect(lists.length).toBe(1);
    expect(await select.evaluate((s) => s === document.activeElement)).toBe(true);
    expect(await page.locator('label[for=search-scope]').textContent()).toBe('选择搜索范围');
    await select.selectOption('610700');
    await page.waitForURL(/scope=610700/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('医疗保障局');
    expect((await results()).urls).toContain('/agencies/shaanxi-hanzhong-ningqiang/');
  });

  it('has no WCAG 2.1 A/AA violations on the scoped search page at 360 px', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    const p = await context.newPage();
    await p.goto(`${server.url}search/?q=${encodeURIComponent('医疗保障局')}&scope=350900`);
    await expect.poll(async () => (await p.locator('#search-widen').isVisible()), { timeout: 10_000 }).toBe(true);
    await p.addScriptTag({ content: axe });
    const violations = (await p.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v: { id: string; help: string }) => `${v.id}: ${v.help}`);
    })) as string[];
    await context.close();
    expect(violations).toEqual([]);
  });
});
