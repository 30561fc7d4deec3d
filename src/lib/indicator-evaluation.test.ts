import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { readIndicatorExpression } from './indicator-expression';
import { evaluateIndicator, type IndicatorEvaluationInput, isCostIndicator } from './indicator-evaluation';
import { comparableText } from './indicator-text';

const QUANTITY = ['产出指标', '数量指标'];
const QUALITY = ['产出指标', '质量指标'];
const COST = ['产出指标', '成本指标'];

function evaluate(target: string | undefined, actual: string | undefined, groupPath: readonly string[] = QUANTITY, name = '指标') {
  return evaluateIndicator({ name, groupPath, target, actual });
}

describe('the seeds', () => {
  it.each([
    ['≥4960000', '4975007', '参保人数（人）'],
    ['≥6个月', '14.37个月', '基金滚存结余可支付月数'],
    ['≥90%', '100%', '参保对象满意度'],
    ['≤60分钟', '25分钟', '医保信息系统重大安全事件响应时间'],
    ['≤150 万元', '148', '医保工作经费总额'],
    ['≤590315.73 元', '590315.73', '医疗服务与保障能力提升补助资金金额'],
    ['≥96%', '100.95', '基本医保参保率'],
    ['≥380 元', '380', '参保居民个人实际缴费标准'],
    ['=100%', '100', '发现问题处理率'],
    ['≤12 个月', '12', '项目完成时限'],
    ['≥1.7 万人', '1.97', '第一类救助对象参保人数'],
    ['不少于150次', '＞150次', '基金监管公务用车租赁'],
    ['＞98%', '≥99%', '医保基金监管覆盖面'],
    ['≥98%', '≥98%', '参保人员对医保服务满意度'],
    ['≥1', '≥1（每个县（区）至少开通1家门诊慢特病跨省联网定点医疗机构）', '跨省联网定点医疗机构数量'],
  ])('%s against %s is met', (target, actual, name) => {
    expect(evaluate(target, actual, QUANTITY, name)).toMatchObject({ status: 'met', rule: 'comparison' });
  });

  it.each([
    ['≥85%', '80.52%'],
    ['≥75%', '63.11%'],
  ])('%s against %s is missed', (target, actual) => {
    expect(evaluate(target, actual)).toMatchObject({ status: 'missed', rule: 'comparison' });
  });

  it('says why in Chinese, with both figures', () => {
    expect(evaluate('≥85%', '80.52%').reason).toBe('实际 80.52% 不符合目标 ≥85%');
    expect(evaluate('≥90%', '99.75').reason).toBe('实际 99.75% 符合目标 ≥90%（实际值未写单位，按目标单位“%”理解）');
  });

  it('gives the achievement ratio where both sides are single figures', () => {
    expect(evaluate('≥85%', '80.52%').ratio).toBe('94.73');
    expect(evaluate('≥1.7 万人', '1.97').ratio).toBe('115.88');
    expect(evaluate('≥35次', '≥30次').ratio).toBeUndefined();
  });

  it('does not call "≥30次" met or missed against "≥35次": it only says at least 30', () => {
    const result = evaluate('≥35次', '≥30次');
    expect(result).toMatchObject({ status: 'unknown', rule: 'comparison' });
    expect(result.reason).toContain('不能确定');
  });

  it('also leaves "≥99%" against "≥80%" (000, scored 4 of 5) unknown', () => {
    expect(evaluate('≥99%', '≥80%').status).toBe('unknown');
  });

  it('reads a bare 0 target as "none": 重复参保人数 0 against 0 is met, against 3 missed', () => {
    expect(evaluate('0', '0', QUALITY, '重复参保人数（人）')).toMatchObject({ status: 'met', rule: 'zero-quantity' });
    expect(evaluate('0', '3', QUALITY, '重复参保人数（人）')).toMatchObject({ status: 'missed', rule: 'zero-quantity' });
  });

  it('leaves "70%左右" against 74.26% unknown, because no tolerance is published, but gives the ratio', () => {
    expect(evaluate('70%左右', '74.26%', QUALITY)).toEqual({
      status: 'unknown',
      rule: 'approximate',
      reason: '目标“70%左右”未规定允许偏差，不作判断；实际 74.26%',
      ratio: '106.09',
    });
  });

  it('reads a bare cost target as a ceiling: 7万元 against 6万元 is met (the source scored 1.8 of 2)', () => {
    expect(evaluate('7万元', '6万元', COST, '法律顾问年度服务费用')).toMatchObject({
      status: 'met',
      rule: 'cost-ceiling',
      reason: '成本目标按上限理解；实际 6万元 符合目标 ≤7万元',
      ratio: '85.71',
    });
    expect(evaluate('7万元', '7.5万元', COST)).toMatchObject({ status: 'missed', rule: 'cost-ceiling' });
  });

  it('recognises a cost indicator by its money name outside a 成本 group too', () => {
    expect(isCostIndicator(['产出指标', '数量指标'], '医保业务宣传印刷支出', '万元')).toBe(true);
    expect(isCostIndicator(['效益指标', '经济效益指标'], '推动增加村财收入', '万元')).toBe(false);
    expect(isCostIndicator(['产出指标', '经济成本指标'], '参保居民个人实际缴费标准', '元')).toBe(true);
    expect(isCostIndicator(['产出指标', '数量指标'], '培训经费', '人次')).toBe(false);
  });

  it('reads a bare target elsewhere as a planned quantity, and says so', () => {
    const result = evaluate('260', '262', QUANTITY, '组织公立医疗机构使用国家和省集采药品耗材（种）');
    expect(result).toMatchObject({ status: 'met', rule: 'planned-quantity' });
    expect(result.reason).toContain('目标为计划数，按“不少于”理解');
    expect(evaluate('100%', '99%')).toMatchObject({ status: 'missed', rule: 'planned-quantity' });
  });

  it('reads a bare duration under 时效指标 as a time limit, and other bare figures there as planned quantities', () => {
    const timeliness = ['产出指标', '时效指标'];
    expect(evaluate('12个月', '10个月', timeliness, '项目完成时限')).toMatchObject({ status: 'met', rule: 'time-limit' });
    expect(evaluate('12个月', '14个月', timeliness, '项目完成时限')).toMatchObject({ status: 'missed', rule: 'time-limit' });
    expect(evaluate('100%', '100%', timeliness, '数据报送及时率')).toMatchObject({ status: 'met', rule: 'planned-quantity' });
    expect(evaluate('12个月', '10个月', QUANTITY)).toMatchObject({ status: 'missed', rule: 'planned-quantity' });
  });

  it('applies the operator the indicator name ends with to a bare target (001 成本不超过)', () => {
    expect(evaluate('55646万元', '50000万元', COST, '成本不超过')).toMatchObject({ status: 'met', rule: 'name-operator' });
    expect(evaluate('60%', '55%', QUALITY, '救助比例不低于')).toMatchObject({ status: 'missed', rule: 'name-operator' });
  });

  it('meets identical qualitative text, and nothing else qualitative', () => {
    expect(evaluate('普遍知晓', '普遍知晓')).toEqual({ status: 'met', rule: 'identical-text', reason: '实际与目标表述相同' });
    expect(evaluate('逐步推开', '逐步推开')).toMatchObject({ status: 'met', rule: 'identical-text' });
    expect(evaluate('显著提升', '有所提升')).toMatchObject({ status: 'unknown', rule: 'not-evaluable' });
    expect(evaluate('普遍知晓', '100%')).toMatchObject({ status: 'unknown' });
  });

  it('evaluates both 网采率 targets of one cell against the actual of the same name: missed', () => {
    const result = evaluate('药品网采率≥85%，高值医用耗材网采率≥75%', '药品网采率为80.52%，高值医用耗材网采率为63.11%。');
    expect(result).toMatchObject({ status: 'missed', rule: 'compound' });
    expect(result.reason).toBe('药品网采率：实际 80.52% 不符合目标 ≥85%；高值医用耗材网采率：实际 63.11% 不符合目标 ≥75%');
  });

  it('leaves prose actuals unknown even when a figure in them looks right (be conservative)', () => {
    const result = evaluate('处置率达100%', '共计对28个异常高价交易和37个异常配送问题的药品完成核查处理，处置率达到100%。');
    expect(result).toMatchObject({ status: 'unknown', rule: 'not-evaluable' });
  });

  it('meets "1年1次" against "1年1次" only by the identical-text rule', () => {
    expect(evaluate('1年1次', '1年1次')).toMatchObject({ status: 'met', rule: 'identical-text' });
    expect(evaluate('1年1次', '1年2次').status).toBe('unknown');
  });
});

describe('the ≠ typo', () => {
  it('never evaluates "≠0 人", and names the typo', () => {
    const result = evaluate('≠0 人', '0', QUALITY, '虚报参保人数');
    expect(result.status).toBe('unknown');
    expect(result.reason).toBe('目标写作“≠0 人”，“≠”疑为“=”的笔误；照原文无法判断');
  });
});

describe('units', () => {
  it('converts 元, 万元 and 亿元 exactly', () => {
    expect(evaluate('≤150 万元', '1500000元')).toMatchObject({ status: 'met' });
    expect(evaluate('≤150 万元', '1500000.01元')).toMatchObject({ status: 'missed' });
    expect(evaluate('≥1 亿元', '10000万元')).toMatchObject({ status: 'met', ratio: '100.00' });
  });

  it('refuses to compare units that do not convert', () => {
    expect(evaluate('≥6个月', '200天')).toMatchObject({ status: 'unknown', reason: '单位不一致：目标为“个月”，实际为“天”' });
    expect(evaluate('≥10次', '12人次').status).toBe('unknown');
  });

  it('takes the unit from the indicator name when the target has none', () => {
    expect(evaluate('≥90', '95%', QUALITY, '覆盖率（%）')).toMatchObject({ status: 'met' });
    expect(evaluate('≥90', '95个', QUALITY, '覆盖率（%）').status).toBe('unknown');
  });

  it('does not compare figures about different things', () => {
    expect(evaluate('及时率100%', '完成率100%').status).toBe('unknown');
  });
});

describe('dates', () => {
  it('treats a date target as a deadline', () => {
    expect(evaluate('12月20日前', '12月15日')).toMatchObject({ status: 'met', rule: 'date' });
    expect(evaluate('12月20日前', '12月21日')).toMatchObject({ status: 'missed', rule: 'date' });
    expect(evaluate('2024年12月', '2024年11月30日')).toMatchObject({ status: 'met' });
    expect(evaluate('2024年12月', '2025年1月')).toMatchObject({ status: 'missed' });
  });

  it('does not decide whether "前" includes the day', () => {
    expect(evaluate('12月20日前', '12月20日')).toEqual({
      status: 'unknown',
      rule: 'date',
      reason: '无法确定实际 12月20日 是否在目标 12月20日前 之内（“前”是否含当日未说明）',
    });
    expect(evaluate('12月1日', '12月20日前').reason).toContain('实际只说明在某日之前');
  });

  it('does not compare dates written against different years', () => {
    expect(evaluate('12月20日前', '2024年12月1日')).toMatchObject({ status: 'unknown', rule: 'not-evaluable' });
  });

  it('leaves a date target against words unknown (000: 12月25日 / 年度内未完成, scored 8 of 10)', () => {
    expect(evaluate('12月25日', '年度内未完成').status).toBe('unknown');
  });
});

describe('missing and empty values', () => {
  it.each([
    [undefined, '1', '未公布目标值'],
    ['', '1', '目标值空白'],
    ['—', '1', '目标值为“—”'],
    ['≥1', undefined, '尚无实际完成值'],
    ['≥1', '/', '实际完成值为“/”'],
  ])('target %j, actual %j → unknown: %s', (target, actual, reason) => {
    expect(evaluate(target, actual)).toEqual({ status: 'unknown', rule: 'not-evaluable', reason });
  });

  it('does not read a figure of more than 30 digits, so no rounding can decide a status', () => {
    const long = '1'.repeat(31);
    expect(readIndicatorExpression(long).kind).toBe('unparsed');
    expect(evaluate(`≥${'1'.repeat(30)}`, '1'.repeat(30)).status).toBe('met');
  });

  it('never evaluates a placeholder row', () => {
    expect(evaluateIndicator({ name: '0', groupPath: [], target: '0', actual: '0', placeholder: true }).status).toBe('unknown');
  });
});

describe('properties', () => {
  const decimalText = fc
    .tuple(fc.nat({ max: 10_000_000 }), fc.nat({ max: 9999 }), fc.nat({ max: 4 }))
    .map(([int, frac, digits]) => (digits === 0 ? String(int) : `${int}.${String(frac).padStart(4, '0').slice(0, digits)}`));
  const epsilon = fc.constantFrom('0.0001', '0.01', '0.5', '1', '1000');
  const add = (a: string, b: string) => new Dec(a).plus(b).toFixed();
  const subtract = (a: string, b: string) => new Dec(a).minus(b).toFixed();

  it('≥x is met at x and above, missed below', () => {
    fc.assert(
      fc.property(decimalText, epsilon, (x, e) => {
        expect(evaluate(`≥${x}`, x).status).toBe('met');
        expect(evaluate(`≥${x}`, add(x, e)).status).toBe('met');
        if (!subtract(x, e).startsWith('-')) expect(evaluate(`≥${x}`, subtract(x, e)).status).toBe('missed');
      }),
    );
  });

  it('≤x is met at x and below, missed above; >x and <x exclude x', () => {
    fc.assert(
      fc.property(decimalText, epsilon, (x, e) => {
        expect(evaluate(`≤${x}`, x).status).toBe('met');
        expect(evaluate(`≤${x}`, add(x, e)).status).toBe('missed');
        expect(evaluate(`>${x}`, x).status).toBe('missed');
        expect(evaluate(`<${x}`, x).status).toBe('missed');
        expect(evaluate(`>${x}`, add(x, e)).status).toBe('met');
      }),
    );
  });

  it('=x is met only at x', () => {
    fc.assert(
      fc.property(decimalText, epsilon, (x, e) => {
        expect(evaluate(`=${x}%`, x).status).toBe('met');
        expect(evaluate(`=${x}%`, `${add(x, e)}%`).status).toBe('missed');
      }),
    );
  });

  it('gives the same status whichever of 元 / 万元 / 亿元 the actual is in', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.constantFrom('≥', '≤', '>', '<', '='), (x, a, op) => {
        const inWan = evaluate(`${op}${x}万元`, `${a}万元`).status;
        const inYuan = evaluate(`${op}${x}万元`, `${new Dec(a).times(10_000).toFixed()}元`).status;
        expect(inYuan).toBe(inWan);
      }),
    );
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.string({ unit: fc.constantFrom(...'0123456789.%≥≤<>=≈≠~，、万元人次个月年日前达不少于左右以上为（）'.split('')), maxLength: 16 }),
    fc.constantFrom('逐步推开', '≥90%', '70%左右', '≠0 人', '1年1次', '12月20日前', '药品网采率≥85%，高值医用耗材网采率≥75%', '—', ''),
  );
  const input = fc.record({
    name: anyText,
    groupPath: fc.array(anyText, { maxLength: 3 }),
    target: fc.option(anyText, { nil: undefined }),
    actual: fc.option(anyText, { nil: undefined }),
  });

  it('never throws, and always returns a status, a rule and a reason', () => {
    fc.assert(
      fc.property(input, (i: IndicatorEvaluationInput) => {
        const result = evaluateIndicator(i);
        expect(['met', 'missed', 'unknown']).toContain(result.status);
        expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('never meets a target or actual that was not fully read, except by identical text', () => {
    fc.assert(
      fc.property(input, (i: IndicatorEvaluationInput) => {
        const result = evaluateIndicator(i);
        if (result.status !== 'met' || i.target === undefined || i.actual === undefined) return;
        const sides = [readIndicatorExpression(i.target), readIndicatorExpression(i.actual)];
        const notFullyRead = sides.some((r) => r.kind === 'unparsed' || r.kind === 'qualitative' || (r.kind === 'compound' && !r.complete));
        if (notFullyRead) {
          expect(result.rule).toBe('identical-text');
          expect(comparableText(i.target)).toBe(comparableText(i.actual));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never meets a ≈ or ≠ target', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.constantFrom('左右', '≠'), (x, a, mark) => {
        const target = mark === '≠' ? `≠${x}` : `${x}%左右`;
        expect(evaluate(target, a).status).toBe('unknown');
      }),
    );
  });
});
