import { describe, expect, it } from 'vitest';
import { comparableText, normaliseExpression, splitTrailingNote } from './indicator-text';

describe('normaliseExpression', () => {
  it('turns full-width forms into half-width ones and ">=" into "≥"', () => {
    expect(normaliseExpression('＞９８％')).toBe('>98%');
    expect(normaliseExpression('≧90％')).toBe('≥90%');
    expect(normaliseExpression('>=30')).toBe('≥30');
    expect(normaliseExpression('<=5天')).toBe('≤5天');
  });

  it('drops white space, but not between two digits', () => {
    expect(normaliseExpression('≥ 1.85 倍')).toBe('≥1.85倍');
    expect(normaliseExpression('≤150\u3000万元')).toBe('≤150万元');
    expect(normaliseExpression('0 0')).toBe('0 0');
    expect(normaliseExpression('1\n\n 000')).toBe('1 000');
  });
});

describe('comparableText', () => {
  it('ignores spacing, width and a closing full stop', () => {
    expect(comparableText('普遍 知晓。')).toBe(comparableText('普遍知晓'));
    expect(comparableText('≥９０％')).toBe(comparableText('≥ 90%'));
    expect(comparableText('显著提升')).not.toBe(comparableText('有所提升'));
  });
});

describe('splitTrailingNote', () => {
  it('splits a nested trailing parenthetical', () => {
    expect(splitTrailingNote('≥1（每个县（区）至少开通1家）')).toEqual({ body: '≥1', note: '每个县（区）至少开通1家' });
  });

  it('keeps a text that is all parenthesis, or has none at the end', () => {
    expect(splitTrailingNote('（无）')).toEqual({ body: '（无）', note: null });
    expect(splitTrailingNote('（1）≥90%')).toEqual({ body: '（1）≥90%', note: null });
    expect(splitTrailingNote('≥1)）')).toEqual({ body: '≥1)）', note: null });
  });
});
