import { describe, expect, it } from 'vitest';
import { isExactMatch, rerank, settledPrefix } from './search-rank';

const page = (url: string, title: string, docnum?: string) => ({ url, meta: { title, docnum } });

describe('rerank', () => {
  it('puts the page titled with the whole query before longer pages that only mention it', () => {
    const items = [page('/report-4/', '宁德市医疗保障局 2024 年市级财政项目——医保经办机构业务经费支出绩效评价报告'), page('/summary/', '宁德市 2024 年度概览'), page('/p18/', '医保经办机构业务经费')];
    expect(rerank(items, '医保经办机构业务经费').map((d) => d.url)).toEqual(['/report-4/', '/p18/', '/summary/']);
  });

  it('matches a document number whatever the bracket width and spacing', () => {
    expect(isExactMatch(page('/r4/', '评价报告', '宁医保绩〔2025〕4号'), '宁医保绩〔2025〕4号')).toBe(true);
    expect(isExactMatch(page('/r4/', '评价报告', '宁医保绩〔2025〕4号'), '宁医保绩 〔2025〕 4号')).toBe(true);
    expect(isExactMatch(page('/r6/', '评价报告', '宁医保绩〔2025〕6号'), '宁医保绩〔2025〕4号')).toBe(false);
  });

  it('keeps Pagefind order when nothing matches exactly, and ignores one-character queries', () => {
    const items = [page('/a/', '甲'), page('/b/', '乙')];
    expect(rerank(items, '丙丁').map((d) => d.url)).toEqual(['/a/', '/b/']);
    expect(rerank(items, '乙').map((d) => d.url)).toEqual(['/a/', '/b/']);
  });
});

describe('settledPrefix', () => {
  const verdicts = (v: Record<string, boolean | undefined>) => (id: string) => v[id];
  it('knows the exact matches before the first unchecked item, which nothing can overtake', () => {
    expect(settledPrefix(['a', 'b', 'c', 'd'], verdicts({ a: true, b: false, c: true }))).toEqual(['a', 'c']);
  });
  it('knows nothing past an unchecked item: it may be an exact match that goes first', () => {
    expect(settledPrefix(['a', 'b', 'c'], verdicts({ a: false, c: true }))).toEqual([]);
  });
  it('knows the whole order, as rerank gives it, once every item is checked', () => {
    expect(settledPrefix(['a', 'b', 'c'], verdicts({ a: false, b: true, c: false }))).toEqual(['b', 'a', 'c']);
  });
});
