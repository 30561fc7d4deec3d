import { describe, expect, it } from 'vitest';
import { stackedBarChart } from './stacked-bars';

// 004 公开03表: 21015 医疗保障管理事务 5,249.61 = 基本 3,891.07 + 项目 1,358.54; 22102 all basic.
const series = [
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
];
const rows = [
  { id: 'c21015', label: '21015 医疗保障管理事务', values: { basic: '3891.07', project: '1358.54' }, totalText: '5,249.61' },
  { id: 'c22102', label: '22102 住房改革支出', values: { basic: '464.58', project: '0.00' }, totalText: '464.58' },
];

describe('stackedBarChart', () => {
  it('puts the second series right after the first', () => {
    const [row] = stackedBarChart({ series, rows }, { width: 720 }).rows;
    const [basic, project] = row!.segments;
    expect(basic!.key).toBe('basic');
    expect(project!.x).toBeCloseTo(basic!.x + basic!.width, 0);
  });

  it('draws every row on one scale', () => {
    const g = stackedBarChart({ series, rows }, { width: 720 });
    const width = (i: number) => g.rows[i]!.segments.reduce((w, s) => w + s.width, 0);
    expect(width(0) / width(1)).toBeCloseTo(5249.61 / 464.58, 1);
  });

  it('leaves out segments of zero width but keeps the series index for the pattern', () => {
    const g = stackedBarChart({ series, rows }, { width: 720 });
    expect(g.rows[1]!.segments.map((s) => s.series)).toEqual([0]);
  });

  it('writes the published total beside each bar', () => {
    const g = stackedBarChart({ series, rows }, { width: 336 });
    expect(g.rows.map((r) => r.totalText)).toEqual(['5,249.61', '464.58']);
    for (const r of g.rows) expect(r.totalX).toBeGreaterThan(r.segments.at(-1)!.x + r.segments.at(-1)!.width);
  });

  it('names every series in the legend', () => {
    expect(stackedBarChart({ series, rows }, { width: 336 }).legend.map((l) => l.label)).toEqual(['基本支出', '项目支出']);
  });

  it('stops on a missing or published-format value', () => {
    expect(() => stackedBarChart({ series, rows: [{ ...rows[0]!, values: { basic: '3,891.07', project: '1' } }] }, { width: 720 })).toThrow(
      /"basic" of "21015 医疗保障管理事务"/,
    );
    expect(() => stackedBarChart({ series, rows: [{ ...rows[0]!, values: { basic: '1' } }] }, { width: 720 })).toThrow(/"project"/);
  });
});
