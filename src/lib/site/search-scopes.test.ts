import { describe, expect, it } from 'vitest';
import {
  bundleName, bundleOfAgency, bundleOfPage, DIRECTORY, isScopeId, planScopes, provinceScopeName, scopeOfPage, searchMode, SITE,
  type ScopeAgency,
} from './search-scopes';

const A: ScopeAgency[] = [
  { slug: 'national', name: '国家医疗保障局', level: 'national' },
  { slug: 'fujian', name: '福建省医疗保障局', level: 'province', regionCode: '350000' },
  { slug: 'fujian-ningde', name: '宁德市医疗保障局', level: 'city', regionCode: '350900' },
  { slug: 'fujian-ningde-fuan', name: '福安市医疗保障局', level: 'county', regionCode: '350981' },
  { slug: 'beijing', name: '北京市医疗保障局', level: 'province', regionCode: '110000' },
  { slug: 'beijing-miyun', name: '北京市密云区医疗保障局', level: 'county', regionCode: '110118' },
  { slug: 'chongqing', name: '重庆市医疗保障局', level: 'province', regionCode: '500000' },
  { slug: 'chongqing-yubei', name: '重庆市渝北区医疗保障局', level: 'county', regionCode: '500112' },
  { slug: 'chongqing-wuxi', name: '巫溪县医疗保障局', level: 'county', regionCode: '500238' },
  { slug: 'hubei', name: '湖北省医疗保障局', level: 'province', regionCode: '420000' },
  { slug: 'hubei-xiantao', name: '仙桃市医疗保障局', level: 'county', regionCode: '429004' },
];
const bySlug = new Map(A.map((a) => [a.slug, a]));
const of = (slug: string) => bundleOfAgency(bySlug.get(slug)!);

describe('bundleOfAgency', () => {
  it('puts a prefecture city and its counties in one bundle, named by the city', () => {
    expect(of('fujian-ningde')).toBe('350900');
    expect(of('fujian-ningde-fuan')).toBe('350900');
    expect(bundleName('350900', A)).toBe('宁德市及所辖区县');
  });
  it('gives the province bureau and the national bureau bundles of their own', () => {
    expect(of('fujian')).toBe('350000');
    expect(bundleName('350000', A)).toBe('福建省医疗保障局');
    expect(of('national')).toBe('national');
    expect(bundleName('national', A)).toBe('国家医疗保障局');
  });
  it('bundles the districts of a province-level city (no 地级 level) by their first four digits', () => {
    expect(of('beijing-miyun')).toBe('110100');
    expect(of('beijing')).toBe('110000');
    expect(bundleName('110100', A)).toBe('北京市各区');
    expect(of('chongqing-yubei')).toBe('500100');
    expect(of('chongqing-wuxi')).toBe('500200');
    expect(bundleName('500200', A)).toBe('重庆市各县');
  });
  it("bundles a province's directly administered counties together", () => {
    expect(of('hubei-xiantao')).toBe('429000');
    expect(bundleName('429000', A)).toBe('湖北省省直辖县级行政区');
  });
  it('refuses an agency below the national level without a region code', () => {
    expect(() => bundleOfAgency({ slug: 'x', level: 'city' })).toThrow(/region code/);
  });
});

describe('bundleOfPage and scopeOfPage', () => {
  it("puts an agency's pages in its bundle and every other page in the site-wide bundle", () => {
    expect(bundleOfPage('agencies/fujian-ningde-fuan/2024/fuan-2024-final-accounts/index.html', bySlug)).toBe('350900');
    expect(bundleOfPage('agencies/index.html', bySlug)).toBe(SITE);
    expect(bundleOfPage('findings/under-executed/index.html', bySlug)).toBe(SITE);
    expect(bundleOfPage('index.html', bySlug)).toBe(SITE);
    expect(() => bundleOfPage('agencies/nobody/index.html', bySlug)).toThrow(/no agency/);
  });
  it('starts a search from an agency page in its bundle, from home in the directory, elsewhere in 本站说明', () => {
    expect(scopeOfPage('/agencies/fujian-ningde/2024/', bySlug)).toBe('350900');
    expect(scopeOfPage('/agencies/national/', bySlug)).toBe('national');
    expect(scopeOfPage('/', bySlug)).toBe(DIRECTORY);
    expect(scopeOfPage('/agencies/', bySlug)).toBe(DIRECTORY);
    expect(scopeOfPage('/methodology/', bySlug)).toBe(SITE);
  });
});

describe('planScopes', () => {
  it('lists every bundle with pages, and each province as the merge of its bundles', () => {
    const pages = new Map([['directory', 11], ['site', 20], ['national', 3], ['350000', 30], ['350900', 200], ['110000', 25], ['110100', 90], ['420000', 0]]);
    const scopes = planScopes(pages, A);
    expect(scopes.map((s) => s.id)).toEqual(['directory', 'site', 'national', '11', '110000', '110100', '35', '350000', '350900']);
    const fujian = scopes.find((s) => s.id === '35')!;
    expect(fujian).toMatchObject({ kind: 'province', name: '福建省全省', bundles: ['350000', '350900'], pages: 230 });
    expect(scopes.find((s) => s.id === '350900')).toMatchObject({ kind: 'prefecture', parent: '35', bundles: ['350900'], pages: 200 });
    expect(provinceScopeName('11', A)).toBe('北京市全市');
    expect(provinceScopeName('64', [{ slug: 'nx', name: '宁夏回族自治区医疗保障局', level: 'province', regionCode: '640000' }])).toBe('宁夏回族自治区全区');
  });
});

describe('searchMode and scope ids', () => {
  it('is single for a small registry, scoped for a large one, unless set', () => {
    expect(searchMode(7, undefined)).toBe('single');
    expect(searchMode(51, undefined)).toBe('scoped');
    expect(searchMode(7, 'scoped')).toBe('scoped');
    expect(searchMode(3210, 'single')).toBe('single');
    expect(() => searchMode(7, 'bundles')).toThrow(/MINGZHANG_SEARCH/);
  });
  it('accepts only the ids the indexer writes', () => {
    for (const id of ['35', '350900', 'national', 'directory', 'site']) expect(isScopeId(id)).toBe(true);
    for (const id of ['../x', '3509', 'pagefind', '35<script>']) expect(isScopeId(id)).toBe(false);
  });
});
