import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIndicatorExpression, readIndicatorName } from './indicator-expression';

const read = readIndicatorExpression;

describe('comparisons', () => {
  it.each([
    ['≥4960000', '>=', '4960000', null],
    ['≥ 1.85 倍', '>=', '1.85', '倍'],
    ['≥6个月', '>=', '6', '个月'],
    ['＞98%', '>', '98', '%'],
    ['＞150次', '>', '150', '次'],
    ['≤60分钟', '<=', '60', '分钟'],
    ['≤150 万元', '<=', '150', '万元'],
    ['≤590315.73 元', '<=', '590315.73', '元'],
    ['=100%', '=', '100', '%'],
    ['=0 人', '=', '0', '人'],
    ['≧90％', '>=', '90', '%'],
    ['＜５天', '<', '5', '天'],
    ['>=30', '>=', '30', null],
    ['≥4,960,000', '>=', '4960000', null],
  ] as const)('reads %j as %s %s %s', (text, op, value, unit) => {
    expect(read(text)).toMatchObject({ kind: 'comparison', op, value, unit, text });
  });

  it.each([
    ['不少于150次', '>=', '不少于'],
    ['不低于60%', '>=', '不低于'],
    ['不超过30分钟', '<=', '不超过'],
    ['不高于5%', '<=', '不高于'],
    ['大于90%', '>', '大于'],
    ['小于3天', '<', '小于'],
    ['达100%', '>=', '达'],
    ['90%以上', '>=', '以上'],
    ['30分钟以内', '<=', '以内'],
  ] as const)('reads the word operator in %j as %s', (text, op, operatorText) => {
    expect(read(text)).toMatchObject({ kind: 'comparison', op, operatorText });
  });

  it('keeps the words before an operator as the subject', () => {
    expect(read('维护不少于20次')).toMatchObject({ kind: 'comparison', op: '>=', value: '20', unit: '次', subject: '维护' });
    expect(read('处置率达100%')).toMatchObject({ kind: 'comparison', op: '>=', value: '100', unit: '%', subject: '处置率' });
  });

  it('reads "70%左右" as about 70%, with no tolerance invented', () => {
    const reading = read('70%左右');
    expect(reading).toEqual({
      kind: 'comparison',
      op: '≈',
      operatorText: '左右',
      value: '70',
      decimals: 0,
      unit: '%',
      subject: null,
      note: null,
      text: '70%左右',
    });
  });

  it('keeps "≠0 人" as published, with its own operator, so it can be flagged and never evaluated as "="', () => {
    expect(read('≠0 人')).toMatchObject({ kind: 'comparison', op: '≠', value: '0', unit: '人', text: '≠0 人' });
  });

  it('reads an actual that is itself a comparison, with its note in brackets', () => {
    expect(read('≥98%')).toMatchObject({ kind: 'comparison', op: '>=', value: '98' });
    expect(read('≥1（每个县（区）至少开通1家门诊慢特病跨省联网定点医疗机构）')).toMatchObject({
      kind: 'comparison',
      op: '>=',
      value: '1',
      unit: null,
      note: '每个县（区）至少开通1家门诊慢特病跨省联网定点医疗机构',
    });
  });

  it('refuses operators that contradict each other', () => {
    expect(read('≥90%以下').kind).toBe('unparsed');
  });
});

describe('quantities', () => {
  it.each([
    ['27.5', '27.5', 1, null],
    ['5万元', '5', 0, '万元'],
    ['104万人', '104', 0, '万人'],
    ['306', '306', 0, null],
    ['100%', '100', 0, '%'],
    ['14.37个月', '14.37', 2, '个月'],
    ['100.00', '100', 2, null],
    ['１００％', '100', 0, '%'],
  ] as const)('reads %j as the bare figure %s (%i decimals) %s', (text, value, decimals, unit) => {
    expect(read(text)).toMatchObject({ kind: 'quantity', value, decimals, unit, text });
  });

  it('keeps a subject stated with "为" (药品网采率为80.52%)', () => {
    expect(read('药品网采率为80.52%')).toMatchObject({ kind: 'quantity', value: '80.52', unit: '%', subject: '药品网采率' });
  });
});

describe('ranges', () => {
  it('reads "80%~90%" and "5-10次" as ranges with both ends', () => {
    expect(read('80%~90%')).toMatchObject({ kind: 'range', low: '80', high: '90', unit: '%' });
    expect(read('5-10次')).toMatchObject({ kind: 'range', low: '5', high: '10', unit: '次' });
    expect(read('80至90%')).toMatchObject({ kind: 'range', low: '80', high: '90', unit: '%' });
  });

  it('refuses a range that runs backwards or mixes units', () => {
    expect(read('90~80%').kind).toBe('unparsed');
    expect(read('5天~10次').kind).toBe('unparsed');
  });
});

describe('dates', () => {
  it('reads "12月20日前" as before a day of an unstated year', () => {
    expect(read('12月20日前')).toMatchObject({ kind: 'date', year: null, month: 12, day: 20, before: true });
  });

  it('reads "2024年12月", "次年3月底" and "12月25日"', () => {
    expect(read('2024年12月')).toMatchObject({ kind: 'date', year: 2024, month: 12, day: null, before: false });
    expect(read('次年3月底')).toMatchObject({ kind: 'date', year: null, nextYear: true, month: 3, endOfPeriod: true });
    expect(read('12月25日')).toMatchObject({ kind: 'date', month: 12, day: 25 });
  });

  it('refuses impossible dates', () => {
    expect(read('2月30日').kind).toBe('unparsed');
    expect(read('13月').kind).toBe('unparsed');
  });

  it('reads a duration as a figure, not a date', () => {
    expect(read('≤12 个月')).toMatchObject({ kind: 'comparison', value: '12', unit: '个月' });
  });
});

describe('qualitative and empty', () => {
  it.each(['逐步推开', '有所提升', '显著提升', '成果显著', '普遍知晓', '明显提高', '不低于上年', '年度内未完成', '不限次数'])(
    'reads %j as words with no numeric test',
    (text) => {
      expect(read(text)).toEqual({ kind: 'qualitative', text });
    },
  );

  it.each([
    ['', ''],
    ['—', '—'],
    ['/', '/'],
    ['无', '无'],
  ])('reads %j as empty', (text, mark) => {
    expect(read(text)).toEqual({ kind: 'empty', text, mark });
  });
});

describe('compounds', () => {
  it('reads two targets with subjects as a complete compound', () => {
    const reading = read('药品网采率≥85%，高值医用耗材网采率≥75%');
    expect(reading).toMatchObject({
      kind: 'compound',
      complete: true,
      parts: [
        { kind: 'comparison', subject: '药品网采率', op: '>=', value: '85', unit: '%' },
        { kind: 'comparison', subject: '高值医用耗材网采率', op: '>=', value: '75', unit: '%' },
      ],
    });
  });

  it('reads the matching actual, ending with "。"', () => {
    expect(read('药品网采率为80.52%，高值医用耗材网采率为63.11%。')).toMatchObject({
      kind: 'compound',
      complete: true,
      parts: [
        { kind: 'quantity', subject: '药品网采率', value: '80.52' },
        { kind: 'quantity', subject: '高值医用耗材网采率', value: '63.11' },
      ],
    });
  });

  it('reads figures run together without subjects ("≤5天80人次", "1年1次")', () => {
    expect(read('≤5天80人次')).toMatchObject({
      kind: 'compound',
      complete: true,
      parts: [
        { kind: 'comparison', op: '<=', value: '5', unit: '天', subject: null },
        { kind: 'quantity', value: '80', unit: '人次', subject: null },
      ],
    });
    expect(read('1年1次')).toMatchObject({ kind: 'compound', parts: [{ value: '1', unit: '年' }, { value: '1', unit: '次' }] });
  });

  it('marks prose as incomplete: the words around a figure are not read as a figure', () => {
    const reading = read('共计对28个异常高价交易和37个异常配送问题的药品完成核查处理，处置率达到100%。');
    expect(reading).toMatchObject({ kind: 'compound', complete: false });
    if (reading.kind !== 'compound') return;
    expect(reading.parts[0]?.kind).toBe('unparsed');
  });
});

describe('what is not read', () => {
  it.each([
    '2023年度共计对1629个产品进行了价格联动调整挂网价格。',
    '100%满意度',
    '0 0',
    '$\\geq 70\\%$',
    '≥',
    '100.',
  ])('leaves %j unparsed', (text) => {
    expect(read(text)).toEqual({ kind: 'unparsed', text });
  });
});

describe('readIndicatorName', () => {
  it('finds the operator at the end of a name (001 成本不超过)', () => {
    expect(readIndicatorName('成本不超过')).toEqual({ op: '<=', operatorText: '不超过', unit: null, subject: '成本' });
    expect(readIndicatorName('救助比例不低于')).toMatchObject({ op: '>=', subject: '救助比例' });
  });

  it('finds the unit in trailing brackets', () => {
    expect(readIndicatorName('参保人数（人）')).toEqual({ op: null, operatorText: null, unit: '人', subject: '参保人数' });
    expect(readIndicatorName('开展相关工作所需成本支出（万元）')).toMatchObject({ unit: '万元' });
    expect(readIndicatorName('贫困人群百分之百参保（%）')).toMatchObject({ unit: '%' });
  });

  it('finds nothing in an ordinary name, or in an operator word in the middle', () => {
    expect(readIndicatorName('医保信息系统正常运行率')).toMatchObject({ op: null, unit: null });
    expect(readIndicatorName('不超过标准的项目数')).toMatchObject({ op: null });
  });
});

describe('robustness', () => {
  const grammar = fc.constantFrom(
    ...'0123456789.,，、；;%％≥≤><=≈≠~-—()（）万元人次个月天年日前底约达不少于超过左右以上为率 　\t\n'.split(''),
    '１',
    '＞',
    '\u{1F600}',
    '\uD800',
  );

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(read(text).kind).toBeTypeOf('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings made of the grammar’s own characters, and keeps the text verbatim', () => {
    fc.assert(
      fc.property(fc.string({ unit: grammar, maxLength: 30 }), (text) => {
        const reading = read(text);
        if (reading.kind !== 'compound' || reading.parts.length === 0) expect(reading.text).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads full-width and half-width forms alike', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom('≥', '≤', '>', '<', '='), (n, op) => {
        const half = read(`${op}${n}%`);
        const full = read(`${op.replace('>', '＞').replace('<', '＜').replace('=', '＝')}${String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)))}％`);
        expect({ ...full, text: '' }).toEqual({ ...half, text: '' });
      }),
    );
  });
});
