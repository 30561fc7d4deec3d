import { describe, expect, it } from 'vitest';
import { partOfWholeChart, type PartDatum } from './part-of-whole';

// 004: 本年支出合计 7,306.97 = 基本支出 5,833.78 + 项目支出 1,473.20 (7,306.98: 0.01 of rounding).
const parts: PartDatum[] = [
  { id: 'basic', label: '基本支出', value: '5833.78', valueText: '5,833.78', shareText: '79.8%' },
  { id: 'project', label: '项目支出', value: '1473.20', valueText: '1,473.20', shareText: '20.2%' },
];

describe('partOfWholeChart', () => {
  it('lays the parts end to end in the given order', () => {
    const g = partOfWholeChart({ total: '7306.97', parts }, { width: 720 });
    const [basic, project] = g.segments;
    expect(project!.x).toBeCloseTo(basic!.x + basic!.width, 0);
    expect(basic!.width / project!.width).toBeCloseTo(5833.78 / 1473.2, 1);
  });

  it('never cuts a part off when the parts add up to a little more than the total (rounding)', () => {
    const g = partOfWholeChart({ total: '7306.97', parts }, { width: 720 });
    const last = g.segments.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(g.bar.x + g.bar.width + 0.1);
  });

  it('writes a share inside a segment only where it fits', () => {
    const tiny: PartDatum[] = [
      { id: 'a', label: '财政拨款收入', value: '7152.33', valueText: '7,152.33', shareText: '97.6%' },
      { id: 'b', label: '其他收入', value: '176.17', valueText: '176.17', shareText: '2.4%' },
    ];
    const [big, small] = partOfWholeChart({ total: '7328.50', parts: tiny }, { width: 336 }).segments;
    expect(big!.shareText).toBe('97.6%');
    expect(small!.shareText).toBeUndefined();
  });

  it('names every part with its amount and share in the legend', () => {
    const g = partOfWholeChart({ total: '7306.97', parts }, { width: 336 });
    expect(g.legend.map((l) => l.lines.join(''))).toEqual(['基本支出　5,833.78 万元（79.8%）', '项目支出　1,473.20 万元（20.2%）']);
  });

  it('refuses a negative part and a value that is not decimal text', () => {
    expect(() => partOfWholeChart({ total: '1', parts: [{ ...parts[0]!, value: '-1' }] }, { width: 336 })).toThrow(/negative/);
    expect(() => partOfWholeChart({ total: '7,306.97', parts }, { width: 336 })).toThrow(/the total/);
  });
});
