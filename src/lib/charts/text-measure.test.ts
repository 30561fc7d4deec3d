import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapLabel } from './text-measure';

describe('textWidthEm', () => {
  it('counts a CJK character as 1 em and an ASCII character as 0.55 em', () => {
    expect(textWidthEm('医保')).toBe(2);
    expect(textWidthEm('2024')).toBeCloseTo(2.2);
    expect(textWidthEm('2024 年')).toBeCloseTo(3.75);
  });

  it('counts full-width punctuation as 1 em', () => {
    expect(textWidthEm('（县级配套）')).toBe(6);
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('医保工作经费', 10, 2)).toEqual({ lines: ['医保工作经费'], truncated: false });
  });

  it('breaks Chinese text between any two characters', () => {
    expect(wrapLabel('城乡医疗救助县级财政兜底资金', 8, 2)).toEqual({ lines: ['城乡医疗救助县级', '财政兜底资金'], truncated: false });
  });

  it('does not split a number or a Latin word', () => {
    const { lines } = wrapLabel('提前下达2024年中央财政资金', 5, 4);
    expect(lines.join('|')).toContain('2024');
    expect(lines.some((l) => l.includes('202') && !l.includes('2024'))).toBe(false);
  });

  it('never starts a line with closing punctuation', () => {
    const { lines } = wrapLabel('城乡医疗救助资金（县级配套）', 13, 3);
    for (const l of lines) expect(l).not.toMatch(/^[）、，。]/u);
  });

  it('never ends a line with opening punctuation', () => {
    const { lines } = wrapLabel('医疗服务与保障能力提升补助（建设部分）', 13, 3);
    for (const l of lines) expect(l).not.toMatch(/（$/u);
  });

  it('cuts at the last allowed line with an ellipsis and says so', () => {
    const wrapped = wrapLabel('提前下达 2024 年中央财政医疗服务与保障能力提升补助资金', 8, 2);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines[1]).toMatch(/…$/u);
    for (const l of wrapped.lines) expect(textWidthEm(l)).toBeLessThanOrEqual(8);
  });

  it('collapses white space and drops it at line starts', () => {
    expect(wrapLabel('  参保   人数 ', 10, 1)).toEqual({ lines: ['参保 人数'], truncated: false });
  });

  it('refuses a width too small to hold anything', () => {
    expect(() => wrapLabel('医保', 0.5, 2)).toThrow(/at least 2 em/);
    expect(() => wrapLabel('医保', Number.NaN, 2)).toThrow(/at least 2 em/);
  });
});
