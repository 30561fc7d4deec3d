import { describe, expect, it } from 'vitest';
import { executionRateChart, type ExecutionRateDatum, valueLabelWidth } from './execution-rates';

const datum = (id: string, rate: string | null, extra: Partial<ExecutionRateDatum> = {}): ExecutionRateDatum => ({
  id,
  label: `项目${id}`,
  rate,
  rateText: rate === null ? '无法计算' : `${rate}%`,
  ...extra,
});

const ningde = [
  datum('p01', '100.00'),
  datum('p03', '69.46'),
  datum('p08', '95.12'),
  datum('p20', '64.42'),
  datum('p17', '99.63'),
];

describe('executionRateChart', () => {
  it('sorts projects from the lowest rate to the highest', () => {
    const g = executionRateChart(ningde, { width: 720 });
    expect(g.bars.map((b) => b.id)).toEqual(['p20', 'p03', 'p08', 'p17', 'p01']);
  });

  it('keeps the published order between equal rates', () => {
    const g = executionRateChart([datum('a', '100'), datum('b', '100.00'), datum('c', '100')], { width: 720 });
    expect(g.bars.map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });

  it('draws reference lines at 90% and 100%', () => {
    const g = executionRateChart(ningde, { width: 720 });
    expect(g.references.map((r) => r.label)).toEqual(['90%', '100%']);
    const [ninety, hundred] = g.references;
    expect(ninety!.x).toBeLessThan(hundred!.x);
  });

  it('makes bar length proportional to the rate', () => {
    const g = executionRateChart([datum('half', '50'), datum('full', '100')], { width: 720 });
    const [half, full] = g.bars;
    expect(half!.width * 2).toBeCloseTo(full!.width, 0);
    expect(half!.x).toBe(full!.x);
  });

  it('draws a rate above 100% past the 100% line, the excess apart', () => {
    const g = executionRateChart([datum('over', '122.33'), datum('full', '100')], { width: 720 });
    const over = g.bars.find((b) => b.id === 'over')!;
    const hundred = g.references[1]!.x;
    expect(over.band).toBe('over-100');
    expect(over.x + over.width).toBeCloseTo(hundred, 0);
    expect(over.over!.x).toBe(hundred);
    expect(over.over!.width).toBeGreaterThan(0);
    expect(g.ticks.at(-1)!.label).not.toBe('100%');
  });

  it('sorts rates into bands by exact decimal comparison', () => {
    const g = executionRateChart([datum('a', '89.999'), datum('b', '90'), datum('c', '100.00'), datum('d', '100.01')], { width: 720 });
    expect(g.bars.map((b) => b.band)).toEqual(['under-90', '90-to-100', '90-to-100', 'over-100']);
  });

  it('lists a rate that cannot be computed instead of drawing it', () => {
    const g = executionRateChart([datum('ok', '30.96'), datum('none', null, { reason: '全年预算数为 0，无法计算执行率' })], { width: 336 });
    expect(g.bars.map((b) => b.id)).toEqual(['ok']);
    expect(g.unknown).toEqual([{ id: 'none', label: '项目none', reason: '全年预算数为 0，无法计算执行率' }]);
  });

  it('has no drawing when no rate can be computed', () => {
    const g = executionRateChart([datum('none', null)], { width: 336 });
    expect(g.bars).toEqual([]);
    expect(g.height).toBe(0);
    expect(g.unknown[0]!.reason).toBe('无法计算');
  });

  it('stops on a value that is not decimal text rather than drawing NaN', () => {
    expect(() => executionRateChart([datum('bad', '69.46%')], { width: 720 })).toThrow(/execution rate of "项目bad".*"69\.46%"/);
  });

  it('puts labels above bars on a phone and beside them on a desktop', () => {
    const narrow = executionRateChart(ningde, { width: 336 });
    const wide = executionRateChart(ningde, { width: 720 });
    expect(narrow.layout).toBe('stacked');
    for (const b of narrow.bars) expect(b.labelY).toBeLessThan(b.y);
    expect(wide.layout).toBe('side');
    for (const b of wide.bars) expect(b.labelX).toBeLessThanOrEqual(b.x);
  });

  it('wraps a long name into two lines with an ellipsis and marks it truncated', () => {
    const long = datum('p03', '69.46', { label: '提前下达 2024 年中央财政医疗服务与保障能力提升补助资金（医疗保障服务能力建设部分）' });
    const [bar] = executionRateChart([long], { width: 720 }).bars;
    expect(bar!.lines).toHaveLength(2);
    expect(bar!.truncated).toBe(true);
    expect(bar!.label).toBe(long.label);
  });

  it('keeps every bar and its value inside the drawing', () => {
    for (const width of [336, 720]) {
      const g = executionRateChart([...ningde, datum('over', '122.33')], { width });
      for (const b of g.bars) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.valueX + valueLabelWidth(b.valueText)).toBeLessThanOrEqual(width);
        expect(b.y + b.height).toBeLessThanOrEqual(g.height);
      }
    }
  });

  it('returns plain serialisable data', () => {
    const g = executionRateChart(ningde, { width: 336 });
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });
});
