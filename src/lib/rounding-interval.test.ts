import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, roundHalfUp } from './decimal';
import { checkDifference, checkRatio, checkSum, percentIntervals, publishedInterval } from './rounding-interval';

describe('publishedInterval', () => {
  it('widens a figure by half a unit of its last published decimal', () => {
    expect(publishedInterval('3.28')).toEqual({ status: 'known', interval: { low: '3.275', high: '3.285' } });
    expect(publishedInterval('9941')).toEqual({ status: 'known', interval: { low: '9940.5', high: '9941.5' } });
    expect(publishedInterval('30.96%')).toEqual({ status: 'known', interval: { low: '30.955', high: '30.965' } });
    expect(publishedInterval('7.821491')).toEqual({ status: 'known', interval: { low: '7.8214905', high: '7.8214915' } });
  });

  it('uses the column precision when the layout is known to print it', () => {
    expect(publishedInterval('9941', { atLeastDecimals: 2 })).toEqual({ status: 'known', interval: { low: '9940.995', high: '9941.005' } });
  });

  it('reads a bare 0 as exactly zero, but "0.00" as rounded', () => {
    expect(publishedInterval('0')).toEqual({ status: 'known', interval: { low: '0', high: '0' } });
    expect(publishedInterval('0.00')).toEqual({ status: 'known', interval: { low: '-0.005', high: '0.005' } });
  });

  it('has no interval for an empty mark', () => {
    expect(publishedInterval('—')).toMatchObject({ status: 'unknown' });
  });
});

describe('checkSum', () => {
  it('finds 003 year-start parts (712.77) consistent with the stated 712.76', () => {
    const check = checkSum(['145.01', '0', '309.33', '258.43', '0'], '712.76');
    expect(check).toMatchObject({ status: 'consistent', computed: '712.77', difference: '-0.01', gap: '0' });
  });

  it('finds 001 上年结转资金 parts (8.53) inconsistent with 7.821491, with the gap beyond rounding', () => {
    const check = checkSum(['0.82', '1.88', '0.82', '5.01'], '7.821491');
    expect(check).toEqual({
      status: 'inconsistent',
      stated: '7.821491',
      statedInterval: { low: '7.8214905', high: '7.8214915' },
      computed: '8.53',
      derived: { low: '8.51', high: '8.55' },
      difference: '-0.708509',
      gap: '0.6885085',
    });
  });

  it('flags a sum off by more than rounding allows (000: 156.42 stated, parts add to 176.3)', () => {
    expect(checkSum(['100', '50', '20', '6.3'], '156.42')).toMatchObject({ status: 'inconsistent', computed: '176.3' });
  });

  it('accepts a difference of a few 0.01 across many parts but not beyond n × 0.005', () => {
    const parts = Array.from({ length: 4 }, () => '1.00');
    expect(checkSum(parts, '4.02')).toMatchObject({ status: 'consistent' });
    expect(checkSum(parts, '4.03')).toMatchObject({ status: 'inconsistent', gap: '0.005' });
  });

  it('is unknown when a part is empty, unless the caller says empty means zero', () => {
    expect(checkSum(['1.00', '—'], '1.00')).toMatchObject({ status: 'unknown' });
    expect(checkSum(['1.00', '—'], '1.00', { emptyMeansZero: true })).toMatchObject({ status: 'consistent' });
  });
});

describe('checkRatio', () => {
  it('finds 004 "增长 4451.22%" consistent with 146.11 / 3.28 although the point value is 4454.57%', () => {
    const check = checkRatio('146.11', '3.28', '4451.22%');
    expect(check.status).toBe('consistent');
    if (check.status === 'unknown') return;
    expect(roundHalfUp(new Dec(check.computed), 2)).toBe('4454.57');
  });

  it('finds 000 3078.09 / 9941 = 30.96% and 004 94.46 / 136 = 69.46 consistent', () => {
    expect(checkRatio('3078.09', '9941', '30.96%')).toMatchObject({ status: 'consistent' });
    expect(checkRatio('94.46', '136', '69.46')).toMatchObject({ status: 'consistent' });
  });

  it('finds 003 "15 is 1.72% of 项目支出 157.49" inconsistent (it is 9.52%)', () => {
    expect(checkRatio('15', '157.49', '1.72%')).toMatchObject({ status: 'inconsistent' });
    expect(checkRatio('15', '871.93', '1.72%')).toMatchObject({ status: 'consistent' });
  });

  it('is unknown, never Infinity, when the denominator is or may be zero', () => {
    expect(checkRatio('1', '0', '100%')).toMatchObject({ status: 'unknown' });
    expect(checkRatio('1', '0.00', '100%')).toMatchObject({ status: 'unknown' });
    expect(percentIntervals({ low: '1', high: '2' }, { low: '-0.5', high: '0.5' })).toMatchObject({ status: 'unknown' });
  });
});

describe('checkDifference', () => {
  it('accepts 149.39 − 146.11 as the prior-year 3.28 of 004', () => {
    expect(checkDifference('149.39', '146.11', '3.28')).toMatchObject({ status: 'consistent', computed: '3.28' });
  });
});

describe('rounding never makes a correct publication inconsistent', () => {
  // True values with four decimals, published rounded half-up to two, like the sources do.
  const trueValue = fc.integer({ min: 1, max: 100_000_000 }).map((n) => new Dec(n).div(10_000));

  it('holds for sums', () => {
    fc.assert(
      fc.property(fc.array(trueValue, { minLength: 1, maxLength: 12 }), (values) => {
        const total = values.reduce((a, b) => a.plus(b), new Dec(0));
        const check = checkSum(values.map((v) => roundHalfUp(v, 2)), roundHalfUp(total, 2));
        expect(check.status).toBe('consistent');
      }),
    );
  });

  it('holds for ratios', () => {
    fc.assert(
      fc.property(trueValue, trueValue, (a, b) => {
        const published = [roundHalfUp(a, 2), roundHalfUp(b, 2)] as const;
        fc.pre(new Dec(published[1]).greaterThan(0));
        const check = checkRatio(published[0], published[1], `${roundHalfUp(a.div(b).times(100), 2)}%`);
        expect(check.status).not.toBe('inconsistent');
      }),
    );
  });
});
