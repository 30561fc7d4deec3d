import { describe, expect, it } from 'vitest';
import { cellView, derivedAmount, derivedRate, paragraphs, sourceRef, yiEquivalent } from './document-cells';

describe('sourceRef', () => {
  it('links to the first line and names the range in Chinese', () => {
    expect(sourceRef('ningde-2024-final-accounts', [706, 748])).toEqual({ href: '/sources/ningde-2024-final-accounts/#L706', label: '原文第 706–748 行' });
    expect(sourceRef('a', [12, 12]).label).toBe('原文第 12 行');
  });
});

describe('cellView', () => {
  it('keeps a published figure verbatim and adds 亿元 only from 1 亿元 on', () => {
    expect(cellView('7,152.33', '万元')).toEqual({ text: '7,152.33', kind: 'number' });
    expect(cellView('221455.17', '万元')).toEqual({ text: '221455.17', kind: 'number', yi: '约 22.15 亿元' });
    expect(cellView('30000', '万元').yi).toBe('3.00 亿元');
    expect(cellView('221455.17', '元').yi).toBeUndefined();
  });

  it('tells a blank cell from a published dash, and both from a figure', () => {
    expect(cellView('')).toEqual({ text: '', kind: 'empty', emptyLabel: '空白' });
    expect(cellView(undefined).kind).toBe('empty');
    expect(cellView('—')).toEqual({ text: '—', kind: 'empty' });
    expect(cellView('100.00').kind).toBe('number');
  });
});

describe('derived figures', () => {
  it('prints a rate with its sign and keeps the value for later tests', () => {
    expect(derivedRate({ status: 'known', value: '69.46', exact: '69.455…' })).toEqual({ known: true, text: '69.46%', value: '69.46' });
  });

  it('says 无法计算 with the reason instead of guessing', () => {
    expect(derivedRate({ status: 'unknown', reason: '全年预算数为 0，无法计算执行率' })).toEqual({ known: false, text: '无法计算', reason: '全年预算数为 0，无法计算执行率' });
  });

  it('groups the digits of a computed amount and adds 亿元 for large ones', () => {
    expect(derivedAmount({ status: 'known', value: '223269.59', exact: '223269.59' }, '万元')).toEqual({ known: true, text: '223,269.59 万元', value: '223269.59', yi: '约 22.33 亿元' });
  });
});

describe('yiEquivalent and paragraphs', () => {
  it('ignores figures that are not numbers', () => {
    expect(yiEquivalent('—', '万元')).toBeUndefined();
  });

  it('splits paragraphs at blank lines only', () => {
    expect(paragraphs('一\n二\n\n三')).toEqual(['一\n二', '三']);
    expect(paragraphs(undefined)).toEqual([]);
  });
});
