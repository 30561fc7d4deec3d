import { describe, expect, it } from 'vitest';
import { indicatorBulletChart, type IndicatorBulletDatum } from './indicator-bullets';

const indicator = (extra: Partial<IndicatorBulletDatum>): IndicatorBulletDatum => ({
  id: 'i01',
  label: '医保信息系统正常运行率',
  comparison: '≥',
  target: '90',
  actual: '99',
  targetText: '≥90%',
  actualText: '99%',
  unit: '%',
  status: 'met',
  ...extra,
});

// 000 医疗服务与保障能力提升补助资金: 药品网采率 target ≥85%, actual 80.52% — missed.
const missed = indicator({ id: 'i09', label: '药品网采率', target: '85', actual: '80.52', targetText: '≥85%', actualText: '80.52%', status: 'missed' });

describe('indicatorBulletChart', () => {
  it('shades the values at or above a “≥” target and puts the actual short of it when missed', () => {
    const [row] = indicatorBulletChart([missed], { width: 720 }).rows;
    expect(row!.zone.x).toBe(row!.target.x);
    expect(row!.zone.x + row!.zone.width).toBeCloseTo(row!.track.x + row!.track.width, 0);
    expect(row!.actual.x + row!.actual.width).toBeLessThan(row!.target.x);
    expect(row!.statusText).toBe('未达成');
  });

  it('shades the values at or below a “≤” target', () => {
    const [row] = indicatorBulletChart([indicator({ comparison: '≤', target: '60', actual: '25', unit: '分钟', targetText: '≤60分钟', actualText: '25分钟' })], { width: 720 }).rows;
    expect(row!.zone.x).toBe(row!.track.x);
    expect(row!.zone.x + row!.zone.width).toBeCloseTo(row!.target.x, 0);
  });

  it('draws a percentage on a 0–100 scale and other units with room above the larger value', () => {
    const [pct, count] = indicatorBulletChart(
      [missed, indicator({ id: 'i18', label: '宣传活动次数', target: '18', actual: '29', unit: '次', targetText: '≥18 次', actualText: '29' })],
      { width: 720 },
    ).rows;
    expect(pct!.actual.width / pct!.track.width).toBeCloseTo(0.8052, 2);
    expect(count!.actual.x + count!.actual.width).toBeLessThan(count!.track.x + count!.track.width);
  });

  it('gives an actual above 100% room on the scale', () => {
    const [row] = indicatorBulletChart([indicator({ target: '96', actual: '100.95' })], { width: 336 }).rows;
    expect(row!.actual.x + row!.actual.width).toBeLessThanOrEqual(row!.track.x + row!.track.width);
  });

  it('says target and actual in words as published', () => {
    const [row] = indicatorBulletChart([missed], { width: 336 }).rows;
    expect(row!.detail).toBe('目标 ≥85%　实际 80.52%');
  });

  it('draws a zero target and actual without dividing by zero', () => {
    const [row] = indicatorBulletChart([indicator({ comparison: '=', target: '0', actual: '0', unit: '人', targetText: '=0 人', actualText: '0' })], { width: 336 }).rows;
    expect(Number.isFinite(row!.target.x)).toBe(true);
    expect(row!.actual.width).toBe(0);
  });

  it('stops on a value that is not decimal text', () => {
    expect(() => indicatorBulletChart([indicator({ actual: '≥98%' })], { width: 720 })).toThrow(/actual of "医保信息系统正常运行率"/);
  });
});
