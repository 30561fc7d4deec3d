import { describe, expect, it } from 'vitest';
import type { FinalAccountsTable } from '../../schemas/final-accounts';
import type { YearOverYear } from '../../schemas/stated-figure';
import { figureTopicsView, finalAccountsSentence, previousYearFigure, tableView } from './document-final-accounts';

const src = (a: number) => ({ lines: [a, a] as [number, number] });
const table: FinalAccountsTable = {
  id: 't03', number: '公开03表', name: '支出决算表', standard: 3, status: 'published', unit: '万元', classification: 'function', source: { lines: [190, 235] },
  columns: [{ id: 'total', label: '本年支出合计' }, { id: 'basic', label: '基本支出' }],
  rows: [
    { id: 'r01', label: '合计', total: true, values: ['7,306.97', '5,833.78'], source: src(192), notes: ['重建的合计行'] },
    { id: 'c210', code: '210', label: '卫生健康支出', values: ['6,077.58', '4,719.04'], source: src(218), notes: ['名称取自公开02表'] },
    { id: 'c21015', code: '21015', label: '医疗保障管理事务', values: ['', '—'], source: src(219), notes: ['名称取自公开02表'] },
    { id: 'c2101501', code: '2101501', label: '行政运行', values: ['2,154.80', '2,154.80'], source: src(220) },
  ],
};

describe('tableView', () => {
  const v = tableView(table, 'arch');

  it('gives the code its own column and the level from its length: 类 / 款 / 项', () => {
    expect(v.hasCodeColumn).toBe(true);
    const rows = v.groups[0]!.rows;
    expect(rows.map((r) => [r.code, r.level, r.levelName])).toEqual([[undefined, 0, undefined], ['210', 1, '类'], ['21015', 2, '款'], ['2101501', 3, '项']]);
  });

  it('marks totals and keeps cells as published, blank apart from a dash', () => {
    const rows = v.groups[0]!.rows;
    expect(rows[0]!.total).toBe(true);
    expect(rows[0]!.cells[0]).toEqual({ text: '7,306.97', kind: 'number' });
    expect(rows[2]!.cells.map((c) => c.kind)).toEqual(['empty', 'empty']);
    expect(rows[2]!.cells[1]!.text).toBe('—');
  });

  it('anchors every row under its table and numbers the rows’ notes once each', () => {
    expect(v.groups[0]!.rows[1]!.anchor).toBe('t03--c210');
    expect(v.rowNotes.map((n) => [n.n, n.text, n.rows])).toEqual([
      [1, '重建的合计行', ['合计']],
      [2, '名称取自公开02表', ['210 卫生健康支出', '21015 医疗保障管理事务']],
    ]);
    expect(v.groups[0]!.rows[2]!.noteRefs).toEqual([2]);
  });

  it('splits a two-sided table into its 收入 and 支出 row groups', () => {
    const two = tableView({ ...table, classification: 'none', rows: [
      { id: 'r1', label: '一、一般公共预算财政拨款收入', group: '收入', values: ['1', '1'], source: src(1) },
      { id: 'r2', label: '本年收入合计', group: '收入', total: true, values: ['1', '1'], source: src(2) },
      { id: 'r3', label: '一、一般公共服务支出', group: '支出', values: ['1', '1'], source: src(1) },
    ] }, 'arch');
    expect(two.groups.map((g) => [g.name, g.rows.length])).toEqual([['收入', 2], ['支出', 1]]);
    expect(two.labelHeader).toBe('项目');
    expect(two.hasCodeColumn).toBe(false);
  });

  it('says which state a table is in, in words that tell empty from missing', () => {
    expect(tableView({ ...table, status: 'published-empty', rows: [] }, 'a').statusWords).toBe('已公开空表');
    expect(tableView({ ...table, status: 'not-available', rows: [] }, 'a').statusWords).toBe('原文未包含此表');
  });
});

describe('previousYearFigure', () => {
  const y = (o: Partial<YearOverYear>): YearOverYear => ({ id: 'y', label: 'x', direction: '减少', unit: '万元', quote: 'q', source: src(1), ...o });

  it('takes last year’s figure as published when the text states it', () => {
    expect(previousYearFigure(y({ current: '10', previous: '12', change: '2' }))).toEqual({ text: '12', computed: false });
  });

  it('derives it from this year and the change otherwise, and says so', () => {
    expect(previousYearFigure(y({ current: '7,472.98', change: '880.24', direction: '减少' }))).toEqual({ text: '8353.22', computed: true });
    expect(previousYearFigure(y({ current: '149.39', change: '146.11', direction: '增加' }))).toEqual({ text: '3.28', computed: true });
  });

  it('gives nothing when the change is not stated', () => {
    expect(previousYearFigure(y({ current: '1' }))).toBeUndefined();
  });
});

describe('figureTopicsView', () => {
  it('groups figures by topic in a fixed order and shares one quote per sentence', () => {
    const topics = figureTopicsView([
      { id: 'e', topic: 'expenditure', label: '支出', value: '5', unit: '万元', quote: 'B', source: src(3) },
      { id: 'i', topic: 'income', label: '收入', value: '3', unit: '万元', quote: 'A', source: src(1) },
      { id: 'i2', topic: 'income', label: '其中', value: '1', unit: '万元', parent: 'i', quote: 'A', source: src(2) },
    ], 'arch');
    expect(topics.map((t) => t.heading)).toEqual(['收入', '支出']);
    expect(topics[0]!.quotes).toHaveLength(1);
    expect(topics[0]!.quotes[0]!.figures.map((f) => f.depth)).toEqual([0, 1]);
    expect(topics[0]!.quotes[0]!.source.label).toBe('原文第 1–2 行');
  });
});

describe('finalAccountsSentence', () => {
  it('says which money it is: the bureau’s own budget, not the insurance fund', () => {
    const s = finalAccountsSentence('宁德市医疗保障局', 2024, { income: { text: '7,328.50', source: { href: '', label: '' } }, expenditure: { text: '7,306.97', source: { href: '', label: '' } } });
    expect(s).toBe('2024 年度，宁德市医疗保障局本部门决算收入 7,328.50 万元，支出 7,306.97 万元。这是本部门自身的预算收支，不含经手转拨的项目资金和医保基金。');
  });
});
