import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from '../indicator-evaluation';
import { indicatorBulletDatum } from './indicator-bullet-datum';

const datum = (name: string, target: string, actual: string, groupPath: string[] = ['产出指标', '数量指标']) =>
  indicatorBulletDatum({ id: 'i01', name, target, actual }, evaluateIndicator({ name, groupPath, target, actual }));

describe('indicatorBulletDatum', () => {
  it('draws a “≥” target against a bare actual in the target’s unit (004: ≥19 家, actual 18)', () => {
    expect(datum('设置医保服务站数量', '≥19 家', '18')).toEqual({
      id: 'i01',
      label: '设置医保服务站数量',
      comparison: '≥',
      target: '19',
      actual: '18',
      targetText: '≥19 家',
      actualText: '18',
      unit: '家',
      status: 'missed',
    });
  });

  it('reads a “≤” target as a ceiling', () => {
    expect(datum('医保信息系统重大安全事件响应时间', '≤60分钟', '25分钟')).toMatchObject({ comparison: '≤', status: 'met', unit: '分钟' });
  });

  it('leaves out an actual that is itself a range (000: ≥35次 against ≥30次)', () => {
    expect(datum('医保业务宣传费用', '≥35次', '≥30次')).toBeNull();
  });

  it('leaves out targets with no direction and qualitative ones', () => {
    expect(datum('参保人政策范围内住院费用报销比例', '70%左右', '74.26%')).toBeNull();
    expect(datum('医保标准化水平', '显著提升', '显著提升')).toBeNull();
  });

  it('leaves out an actual printed in another unit than the target', () => {
    expect(datum('参保人数', '≥1.7万人', '19700人')).toBeNull();
  });
});
