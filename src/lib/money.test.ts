import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideValues, multiplyValues, parseAmount, parseRate, subtractValues, sumValues } from './money';

describe('parseAmount', () => {
  it('reads a grouped amount into plain decimal text and keeps the published text and decimals', () => {
    expect(parseAmount('7,152.33')).toEqual({ kind: 'number', text: '7,152.33', value: '7152.33', decimals: 2 });
  });

  it('keeps "100.00" and "100" apart by their decimals while giving them one value', () => {
    const twoDecimals = parseAmount('100.00');
    const bare = parseAmount('100');
    expect(twoDecimals).toMatchObject({ value: '100', decimals: 2, text: '100.00' });
    expect(bare).toMatchObject({ value: '100', decimals: 0, text: '100' });
  });

  it('reads zero, negatives and many decimals (001 publishes 7.821491)', () => {
    expect(parseAmount('0')).toMatchObject({ kind: 'number', value: '0', decimals: 0 });
    expect(parseAmount('-3.5')).toMatchObject({ kind: 'number', value: '-3.5', decimals: 1 });
    expect(parseAmount('7.821491')).toMatchObject({ value: '7.821491', decimals: 6 });
  });

  it.each([
    ['', ''],
    ['—', '—'],
    ['-', '-'],
    ['/', '/'],
    ['无', '无'],
    ['  ', ''],
  ])('reads %j as an empty cell marked %j, never as zero', (text, mark) => {
    expect(parseAmount(text)).toEqual({ kind: 'empty', text, mark });
  });

  it('refuses a number of more than 30 digits, so that arithmetic on it stays exact', () => {
    expect(parseAmount('1'.repeat(30)).kind).toBe('number');
    expect(parseAmount('1'.repeat(31)).kind).toBe('unreadable');
    expect(parseRate(`${'9'.repeat(31)}%`).kind).toBe('unreadable');
  });

  it.each(['30.96%', '1e5', 'Infinity', '7,15.33', '12万元', 'NaN', '0x1f'])('does not read %j as an amount', (text) => {
    expect(parseAmount(text).kind).toBe('unreadable');
  });
});

describe('parseRate', () => {
  it.each([
    ['69.46', '69.46', 2, null],
    ['30.96%', '30.96', 2, '%'],
    ['100％', '100', 0, '％'],
    ['68.4%', '68.4', 1, '%'],
    ['91%', '91', 0, '%'],
    ['+3.5%', '3.5', 1, '%'],
    ['-2.10 %', '-2.1', 2, '%'],
  ] as const)('reads %j as %s percent with %i decimals', (text, value, decimals, percentSign) => {
    expect(parseRate(text)).toEqual({ kind: 'rate', text, value, decimals, percentSign });
  });

  it('reads an empty mark as empty and prose as unreadable', () => {
    expect(parseRate('—')).toMatchObject({ kind: 'empty', mark: '—' });
    expect(parseRate('约70%')).toMatchObject({ kind: 'unreadable' });
  });
});

describe('arithmetic on decimal text', () => {
  it('adds without binary floating-point error', () => {
    expect(sumValues(['0.1', '0.2'])).toBe('0.3');
    expect(sumValues(['145.01', '0', '309.33', '258.43', '0'])).toBe('712.77');
    expect(sumValues([])).toBe('0');
  });

  it('subtracts and multiplies exactly', () => {
    expect(subtractValues('9941', '3078.09')).toBe('6862.91');
    expect(subtractValues('3078.09', '3078.09')).toBe('0');
    expect(multiplyValues('1.1', '1.1')).toBe('1.21');
  });

  it('divides to 40 significant digits and refuses a zero divisor instead of giving Infinity', () => {
    expect(divideValues('94.46', '136')).toBe('0.6945588235294117647058823529411764705882');
    expect(divideValues('1', '0')).toBeNull();
    expect(divideValues('0', '0.00')).toBeNull();
  });

  it('rejects text that is not plain decimal text, naming it', () => {
    expect(() => sumValues(['1e3'])).toThrow('"1e3"');
  });

  it('never loses a cent: (a + b) − b = a for any two-decimal amounts', () => {
    const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => {
      const negative = n < 0n;
      const abs = (negative ? -n : n).toString().padStart(3, '0');
      return `${negative ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
    });
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        expect(subtractValues(sumValues([a, b]), b)).toBe(sumValues([a]));
      }),
    );
  });
});
