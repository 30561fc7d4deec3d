/**
 * Search quality, against the built site in headless Chromium with the real Pagefind bundle
 * (written against pagefind 1.6.0, pinned in package.json): for each query, the page that
 * must be among the first three results, and negative cases that must find nothing or must
 * not return a given page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_SCRIPT, PAGEFIND_WASM } from '../../src/lib/site/pagefind-files';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

const NINGDE = '/agencies/fujian-ningde/2024/';
const NINGXIA23 = '/agencies/ningxia/2023/';
const NINGXIA24 = '/agencies/ningxia/2024/';
const NINGQIANG = '/agencies/shaanxi-hanzhong-ningqiang/2023/';

interface Case {
  what: string;
  q: string;
  filters?: Record<string, string[]>;
  /** This page must be among the first three results. */
  top3: string;
}

const CASES: Case[] = [
  // Names of projects, programs and indicators, whole and from the middle.
  { what: 'a program name, filtered to one agency', q: '医疗服务与保障能力提升', filters: { agency: ['宁夏回族自治区医疗保障局'], year: ['2023'] }, top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp2/` },
  { what: 'a project name', q: '医保经办机构业务经费', top3: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p18/` },
  { what: 'a long project name', q: '高级职称专业人才专项奖励资金', top3: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p25/` },
  { what: 'a word from the middle of a project name', q: '乡村振兴指导员', top3: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p05/` },
  { what: 'a word from the middle of an indicator name', q: '网采率', top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp2/` },
  { what: 'an indicator name', q: '三公经费控制率', top3: `${NINGDE}ningde-2024-department-evaluation/` },
  { what: 'an indicator name, filtered by agency', q: '参保人数', filters: { agency: ['宁夏回族自治区医疗保障局'] }, top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp1/` },
  { what: 'a program name, filtered by agency and year', q: '城乡医疗救助', filters: { agency: ['宁夏回族自治区医疗保障局'], year: ['2024'] }, top3: `${NINGXIA24}ningxia-2024-project-targets/ningxia-2024-p2/` },
  { what: 'a project of 2023, filtered by year', q: '专项业务费', filters: { year: ['2023'] }, top3: `${NINGXIA23}ningxia-2023-project-evaluations/ningxia-2023-p1/` },
  { what: 'a task name, filtered by agency', q: '一般行政管理事务', filters: { agency: ['宁强县医疗保障局'] }, top3: `${NINGQIANG}ningqiang-2023-project-evaluations/ningqiang-2023-p1/` },
  { what: 'a function classification name', q: '医疗保障经办事务', filters: { agency: ['宁德市医疗保障局'], kind: ['部门决算'] }, top3: `${NINGDE}ningde-2024-final-accounts/` },
  // Agencies.
  { what: 'a county agency name', q: '宁强县医疗保障局', top3: '/agencies/shaanxi-hanzhong-ningqiang/' },
  { what: 'a city agency name', q: '宁德市医疗保障局', top3: '/agencies/fujian-ningde/' },
  { what: 'a province agency name', q: '宁夏回族自治区医疗保障局', top3: '/agencies/ningxia/' },
  // Figures as published, and without thousands separators.
  { what: 'an execution rate', q: '69.46', top3: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p03/` },
  { what: 'an amount with thousands separator', q: '7,152.33', top3: `${NINGDE}ningde-2024-final-accounts/` },
  { what: 'the same amount without separator', q: '7152.33', top3: `${NINGDE}ningde-2024-final-accounts/` },
  { what: 'a total with separator', q: '7,306.97', top3: `${NINGDE}ningde-2024-final-accounts/` },
  { what: 'a figure with six decimals', q: '7.821491', top3: `${NINGXIA24}ningxia-2024-project-targets/ningxia-2024-p5/` },
  { what: 'a transfer-payment execution', q: '3078.09', top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp2/` },
  { what: 'a large indicator target', q: '4960000', top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp1/` },
  { what: 'an indicator actual', q: '4975007', top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp1/` },
  { what: 'a year-over-year rate in the text', q: '4451.22', top3: `${NINGDE}ningde-2024-final-accounts/` },
  { what: 'a department-wide indicator actual', q: '64.04', top3: `${NINGDE}ningde-2024-department-evaluation/` },
  { what: 'a table total score', q: '99.84', top3: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p18/` },
  { what: 'a report total score', q: '99.89', top3: `${NINGDE}ningde-2024-report-4/` },
  { what: 'a figure in explanatory text', q: '156.42', top3: `${NINGXIA23}ningxia-2023-project-evaluations/ningxia-2023-p1/` },
  { what: 'a combined project budget', q: '142.49', top3: `${NINGQIANG}ningqiang-2023-project-evaluations/ningqiang-2023-p1/` },
  { what: 'a share stated in text', q: '1.72%', top3: `${NINGQIANG}ningqiang-2023-final-accounts/` },
  // Figures inside table cells next to each other (HTML compression must not glue them).
  { what: 'a function code in a table cell', q: '2101501', top3: `${NINGDE}ningde-2024-final-accounts/` },
  { what: 'a cell that follows another number cell', q: '5,833.78', top3: `${NINGDE}ningde-2024-final-accounts/` },
  { what: 'an economic classification code', q: '30101', top3: `${NINGDE}ningde-2024-final-accounts/` },
  // Document numbers.
  { what: 'a document number', q: '宁医保绩〔2025〕4号', top3: `${NINGDE}ningde-2024-report-4/` },
  { what: 'another document number', q: '宁医保绩〔2025〕1号', top3: `${NINGDE}ningde-2024-report-1/` },
  // Finding flags and provinces.
  { what: 'a finding flag: under-executed projects', q: '提前下达', filters: { flag: ['执行率低于 90%'] }, top3: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p03/` },
  { what: 'a finding flag: missed indicators', q: '网采率', filters: { flag: ['有未完成的指标'] }, top3: `${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp2/` },
  { what: 'a finding flag: audit findings', q: '上年结转资金', filters: { flag: ['有核对发现'] }, top3: `${NINGXIA24}ningxia-2024-project-targets/ningxia-2024-p5/` },
  { what: 'a province filter', q: '城乡医疗救助', filters: { province: ['宁夏回族自治区'], year: ['2024'] }, top3: `${NINGXIA24}ningxia-2024-project-targets/ningxia-2024-p2/` },
  // Filters by kind.
  { what: 'a kind filter narrows a project name to its evaluation report', q: '医保经办机构业务经费', filters: { kind: ['绩效评价报告'] }, top3: `${NINGDE}ningde-2024-report-4/` },
];

interface Negative {
  what: string;
  q: string;
  filters?: Record<string, string[]>;
  /** No result at all. */
  none?: boolean;
  /** This page must not be among the results. */
  notPage?: string;
  /** No result URL may start with this. */
  notPrefix?: string;
}

const NEGATIVES: Negative[] = [
  { what: 'a place not in 明账', q: '北京市', none: true },
  { what: 'nonsense', q: 'qzxwv', none: true },
  { what: 'a filter excludes other agencies', q: '医疗服务与保障能力提升', filters: { agency: ['宁强县医疗保障局'] }, notPrefix: '/agencies/fujian-ningde/' },
  { what: 'a year filter excludes other years', q: '医疗救助', filters: { year: ['2023'] }, notPrefix: NINGXIA24 },
  { what: 'one rate does not find the project of another', q: '64.42', notPage: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p03/` },
  { what: 'the under-executed flag leaves out fully executed projects', q: '医保工作经费', filters: { flag: ['执行率低于 90%'] }, notPage: `${NINGDE}ningde-2024-project-evaluations/ningde-2024-p01/` },
  { what: 'a province filter excludes other provinces', q: '医疗保障', filters: { province: ['陕西省'] }, notPrefix: '/agencies/fujian-ningde/' },
  { what: 'a reports-only filter returns no project pages', q: '医疗服务与保障能力提升', filters: { kind: ['绩效评价报告'] }, notPrefix: `${NINGDE}ningde-2024-project-evaluations/` },
];

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Run a query through the real search page (URL state → Pagefind → re-ranking → rendered list). */
async function search(q: string, filters?: Record<string, string[]>, all = false, sort?: string): Promise<{ count: number; urls: string[] }> {
  const params = new URLSearchParams({ q });
  for (const [k, vs] of Object.entries(filters ?? {})) for (const v of vs) params.append(k, v);
  if (sort) params.set('sort', sort);
  await page.goto(`${server.url}search/?${params}`);
  const status = page.locator('#search-status');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/^(找到|没有找到)/);
  const text = (await status.textContent()) ?? '';
  const count = Number(/找到 (\d+) 个结果/.exec(text)?.[1] ?? 0);
  const more = page.locator('#search-more');
  const items = page.locator('#search-results > li');
  while (all && (await more.isVisible())) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  const urls = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { count, urls: all ? urls : urls.slice(0, 3) };
}

describe('search finds what people search for', () => {
  it('has at least 30 positive cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });
  it.each(CASES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const { urls } = await search(c.q, c.filters);
    expect(urls, `query “${c.q}” ${JSON.stringify(c.filters ?? {})}`).toContain(c.top3);
  });
});

describe('search sorts', () => {
  it('by execution rate, lowest first: 000’s 30.96% before 004’s 64.42% and 69.46%', async () => {
    const { urls } = await search('补助资金', undefined, false, 'rate:asc');
    expect(urls[0]).toBe(`${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp2/`);
  });
  it('by amount, largest first', async () => {
    const { urls } = await search('补助资金', undefined, false, 'amount:desc');
    expect(urls[0]).toBe(`${NINGXIA23}ningxia-2023-transfer-payment-evaluations/ningxia-2023-tp1/`);
  });
});

describe('search does not find what is not there', () => {
  it.each(NEGATIVES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const { count, urls } = await search(c.q, c.filters, true);
    if (c.none) expect(count, `query “${c.q}” found ${urls.slice(0, 3).join(', ')}`).toBe(0);
    if (c.notPage) expect(urls).not.toContain(c.notPage);
    if (c.notPrefix) expect(urls.filter((u) => u.startsWith(c.notPrefix!))).toEqual([]);
  });
});

describe('the search page loads only what the first results need', () => {
  it('searches the bundled data through one index: no scopes, no scope field (src/lib/site/search-scopes.ts)', () => {
    expect(readFileSync(join('dist', 'search', 'index.html'), 'utf8')).toContain('data-search-mode="single"');
    expect(readFileSync(join('dist', 'agencies', 'fujian-ningde', 'index.html'), 'utf8')).not.toContain('name="scope"');
    expect(existsSync(join('dist', 'pagefind', 'scopes.json'))).toBe(false);
  });
  it('preloads Pagefind files that exist in the built bundle', () => {
    const html = readFileSync(join('dist', 'search', 'index.html'), 'utf8');
    for (const file of [PAGEFIND_SCRIPT, PAGEFIND_WASM]) {
      expect(html).toContain(`href="${file}"`);
      expect(existsSync(join('dist', file)), `dist${file}`).toBe(true);
    }
  });
  it('fetches no filter values for a query without filters, and lists them when the filter panel opens', async () => {
    const filterFetches: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes('/pagefind/filter/')) filterFetches.push(r.url());
    };
    page.on('request', onRequest);
    try {
      const { urls } = await search('医疗救助');
      expect(urls.length).toBeGreaterThan(0);
      expect(filterFetches).toEqual([]);
      await page.locator('#search-filters summary').click();
      await expect.poll(() => page.locator('#filter-grid input[name=agency]').count()).toBeGreaterThan(0);
      expect(filterFetches.length).toBeGreaterThan(0);
    } finally {
      page.off('request', onRequest);
    }
  });
  it('shows the filters of a filtered URL as checked', async () => {
    await search('城乡医疗救助', { year: ['2024'] });
    await expect.poll(() => page.locator('#filter-grid input[name=year][value="2024"]').isChecked()).toBe(true);
  });
});
