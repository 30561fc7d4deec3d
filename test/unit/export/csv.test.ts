import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, toCsv, type CsvColumn } from '../../../src/lib/export/csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 591', "'+86 591"],
    ['-', "'-"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('puts an apostrophe before text a spreadsheet would run as a formula: %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['医疗服务与保障能力提升补助资金', '≥90%', '', "'already quoted", '1=1'])('leaves other text alone: %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  const columns: CsvColumn<'name' | 'amount' | 'rate'>[] = [
    { key: 'name', kind: 'text', description: '' },
    { key: 'amount', kind: 'figure', description: '' },
    { key: 'rate', kind: 'computed', description: '' },
  ];

  it('starts with a byte-order mark and a header row, rows end with CRLF', () => {
    const csv = toCsv(columns, [{ name: 'a', amount: '1', rate: '' }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}name,amount,rate\r\na,1,\r\n`);
  });

  it('neutralises text columns only: a negative figure or a dash mark stays as published', () => {
    const csv = toCsv(columns, [{ name: '=HYPERLINK("http://x")', amount: '-3.50', rate: '-12.5' }, { name: '-', amount: '-', rate: '' }]);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[1]).toEqual(['\'=HYPERLINK("http://x")', '-3.50', '-12.5']);
    expect(rows[2]).toEqual(["'-", '-', '']);
  });

  it('quotes commas, quotes and line breaks so the cells parse back unchanged', () => {
    const tricky = { name: '他说："7,152.33"\n第二行', amount: '7,152.33', rate: '69.46' };
    const parsed = Papa.parse<Record<string, string>>(toCsv(columns, [tricky]).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([tricky]);
  });
});
