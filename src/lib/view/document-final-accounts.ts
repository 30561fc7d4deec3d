/**
 * View model of a final-accounts document (部门决算): tables 公开01–09 as published, the
 * figures of the explanatory text grouped by topic, the year-over-year changes, the
 * narrative sections, and a one-sentence summary of the bureau's own spending.
 */
import type { DocumentOf } from '../../schemas/document';
import type { FinalAccountsTable, TableRow } from '../../schemas/final-accounts';
import type { StatedFigure, YearOverYear } from '../../schemas/stated-figure';
import { decimalsOf, roundHalfUp, toDec } from '../decimal';
import { parseAmount } from '../money';
import { anchorId } from '../site/urls';
import { type FindingLookup, type FindingView, noFindings } from './document-findings';
import { type CellView, cellView, notesOf, paragraphs, type SourceRef, sourceRef, yiEquivalent } from './document-cells';

export type FinalAccountsDocument = DocumentOf<'final-accounts'>;

export const tableStatusWords: Record<FinalAccountsTable['status'], string> = {
  published: '已公开',
  'published-empty': '已公开空表',
  'not-available': '原文未包含此表',
};

const LEVEL_NAMES = ['', '类', '款', '项'] as const;

export interface TableRowView {
  id: string;
  anchor: string;
  code?: string;
  /** 1 类, 2 款, 3 项 from the code's length; 0 without a code. */
  level: 0 | 1 | 2 | 3;
  levelName?: string;
  label: string;
  total: boolean;
  cells: CellView[];
  /** Numbers of the table's notes that concern this row. */
  noteRefs: number[];
  source: SourceRef;
  findings: FindingView[];
}

export interface RowGroupView {
  /** `收入` / `支出`, or null for a table without groups. */
  name: string | null;
  anchor?: string;
  rows: TableRowView[];
}

export interface TableView {
  id: string;
  anchor: string;
  number: string;
  name: string;
  unit: string;
  /** `公开01表 收入支出决算总表（单位：万元）`. */
  caption: string;
  status: FinalAccountsTable['status'];
  statusWords: string;
  emptyStatement?: string;
  hasCodeColumn: boolean;
  codeHeader: string;
  labelHeader: string;
  columns: Array<{ id: string; label: string }>;
  groups: RowGroupView[];
  footnotes: string[];
  /** The table's own notes, then the distinct notes of its rows, numbered from 1. */
  notes: string[];
  /** Numbered notes of rows: `{ n: 1, text, rows: ['合计', '208 社会保障和就业支出'] }`. */
  rowNotes: Array<{ n: number; anchor: string; text: string; rows: string[] }>;
  rowCount: number;
  source: SourceRef;
  /** Findings on the table itself and on any of its rows, listed below it. */
  findings: FindingView[];
}

function levelOf(code: string | undefined): 0 | 1 | 2 | 3 {
  if (code === undefined) return 0;
  return code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
}

export function tableView(table: FinalAccountsTable, archive: string, findings: FindingLookup = noFindings): TableView {
  const anchor = table.id;
  const rowNotes: TableView['rowNotes'] = [];
  const noteNumber = new Map<string, number>();
  const rowView = (r: TableRow): TableRowView => {
    const refs = notesOf(r).map((text) => {
      let n = noteNumber.get(text);
      if (n === undefined) {
        n = rowNotes.length + 1;
        noteNumber.set(text, n);
        rowNotes.push({ n, anchor: anchorId(anchor, 'note', String(n)), text, rows: [] });
      }
      rowNotes[n - 1]?.rows.push(r.code ? `${r.code} ${r.label}` : r.label);
      return n;
    });
    const level = levelOf(r.code);
    const view: TableRowView = {
      id: r.id,
      anchor: anchorId(anchor, r.id),
      level,
      label: r.label,
      total: r.total === true,
      cells: r.values.map((v) => cellView(v, table.unit)),
      noteRefs: refs,
      source: sourceRef(archive, r.source.lines),
      findings: findings(table.id, r.id),
    };
    if (r.code !== undefined) {
      view.code = r.code;
      view.levelName = LEVEL_NAMES[level];
    }
    return view;
  };

  const groups: RowGroupView[] = [];
  for (const r of table.rows) {
    const name = r.group ?? null;
    let g = groups.at(-1);
    if (g === undefined || g.name !== name) {
      g = { name, rows: [] };
      if (name !== null) g.anchor = anchorId(anchor, 'group', String(groups.length + 1));
      groups.push(g);
    }
    g.rows.push(rowView(r));
  }
  const hasCodeColumn = table.rows.some((r) => r.code !== undefined);
  const view: TableView = {
    id: table.id,
    anchor,
    number: table.number,
    name: table.name,
    unit: table.unit,
    caption: `${table.number ? `${table.number} ` : ''}${table.name}（单位：${table.unit}）`,
    status: table.status,
    statusWords: tableStatusWords[table.status],
    hasCodeColumn,
    codeHeader: table.classification === 'economic' ? '经济分类科目编码' : '功能分类科目编码',
    labelHeader: hasCodeColumn ? '科目名称' : '项目',
    columns: table.columns.map((c) => ({ id: c.id, label: c.label })),
    groups,
    footnotes: table.footnotes ?? [],
    notes: notesOf(table),
    rowNotes,
    rowCount: table.rows.length,
    source: sourceRef(archive, table.source.lines),
    findings: [...findings(table.id, undefined), ...groups.flatMap((g) => g.rows.flatMap((r) => r.findings))],
  };
  if (table.emptyStatement !== undefined) view.emptyStatement = table.emptyStatement;
  return view;
}

/** Topics of the explanatory text's figures, in page order, with their Chinese headings. */
export const figureTopicWords: Record<StatedFigure['topic'], string> = {
  income: '收入',
  expenditure: '支出',
  'basic-expenditure': '基本支出',
  'project-expenditure': '项目支出',
  appropriation: '财政拨款',
  'function-item': '支出功能分类科目',
  'three-public': '“三公”经费',
  reception: '公务接待',
  training: '培训费',
  meeting: '会议费',
  'operating-costs': '机关运行经费',
  procurement: '政府采购',
  assets: '国有资产',
  staff: '人员',
  units: '单位构成',
  performance: '预算绩效',
  funding: '资金',
  other: '其他',
};

export const basisWords: Record<NonNullable<StatedFigure['basis']>, string> = {
  budget: '预算',
  'year-start-budget': '年初预算',
  actual: '决算',
  'previous-year': '上年',
  count: '数量',
  share: '占比',
  other: '',
};

export interface FigureView {
  id: string;
  anchor: string;
  label: string;
  value: string;
  unit: string;
  yi?: string;
  rate?: string;
  basis?: string;
  /** Depth under its parent figure (0 for a whole, 1 for a part …). */
  depth: number;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
}

/** Figures stated in one sentence, shown under that sentence. */
export interface QuoteGroupView {
  quote: string;
  source: SourceRef;
  figures: FigureView[];
}

export interface FigureTopicView {
  topic: StatedFigure['topic'];
  heading: string;
  anchor: string;
  count: number;
  quotes: QuoteGroupView[];
}

export function figureTopicsView(figures: readonly StatedFigure[], archive: string, findings: FindingLookup = noFindings, item?: string): FigureTopicView[] {
  const prefix = 'figures';
  const byId = new Map(figures.map((f) => [f.id, f]));
  const depthOf = (f: StatedFigure): number => {
    let d = 0;
    let cur = f.parent === undefined ? undefined : byId.get(f.parent);
    while (cur && d < 10) {
      d += 1;
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
    return d;
  };
  const topics = Object.keys(figureTopicWords) as Array<StatedFigure['topic']>;
  return topics.flatMap((topic) => {
    const inTopic = figures.filter((f) => f.topic === topic);
    if (inTopic.length === 0) return [];
    const quotes: QuoteGroupView[] = [];
    for (const f of inTopic) {
      const fv: FigureView = {
        id: f.id,
        anchor: anchorId('figure', f.id),
        label: f.label,
        value: f.value,
        unit: f.unit,
        depth: depthOf(f),
        notes: notesOf(f),
        source: sourceRef(archive, f.source.lines),
        findings: findings(item, f.id),
      };
      const yi = yiEquivalent(f.value, f.unit);
      if (yi !== undefined) fv.yi = yi;
      if (f.rate !== undefined) fv.rate = f.rate;
      if (f.basis !== undefined && basisWords[f.basis] !== '') fv.basis = basisWords[f.basis];
      const last = quotes.at(-1);
      if (last && last.quote === f.quote) last.figures.push(fv);
      else quotes.push({ quote: f.quote, source: sourceRef(archive, f.source.lines), figures: [fv] });
    }
    // A quote's provenance spans all its figures' lines.
    for (const q of quotes) {
      const lines = q.figures.map((f) => f.source.label);
      if (lines.length > 1) {
        const own = inTopic.filter((f) => q.figures.some((v) => v.id === f.id));
        const first = Math.min(...own.map((f) => f.source.lines[0]));
        const last = Math.max(...own.map((f) => f.source.lines[1]));
        q.source = sourceRef(archive, [first, last]);
      }
    }
    return [{ topic, heading: figureTopicWords[topic], anchor: anchorId(prefix, topic), count: inTopic.length, quotes }];
  });
}

export interface YearOverYearView {
  id: string;
  anchor: string;
  label: string;
  unit: string;
  current?: CellView;
  /** Last year's figure as published, or derived by 明账 from this year's figure and the change. */
  previous?: { text: string; computed: boolean; reason?: string };
  /** `减少 880.24`. */
  change?: string;
  /** `下降 10.54%`. */
  changeRate?: string;
  direction: YearOverYear['direction'];
  reason?: string;
  quote: string;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
}

const DECREASE = new Set(['减少', '下降']);

/**
 * Last year's figure when the text gives only this year's and the change: current ∓ change,
 * at the finer of their precisions. Labelled as computed on the page.
 */
export function previousYearFigure(y: YearOverYear): YearOverYearView['previous'] {
  if (y.previous !== undefined) return { text: y.previous, computed: false };
  if (y.current === undefined || y.change === undefined) return undefined;
  const c = parseAmount(y.current);
  const d = parseAmount(y.change);
  if (c.kind !== 'number' || d.kind !== 'number') return { text: '无法计算', computed: true, reason: '本年数或变动额不是数字' };
  const delta = toDec(d.value);
  const value = DECREASE.has(y.direction) ? toDec(c.value).plus(delta) : y.direction === '持平' ? toDec(c.value) : toDec(c.value).minus(delta);
  return { text: roundHalfUp(value, Math.max(decimalsOf(c.value), decimalsOf(d.value))), computed: true };
}

export function yearOverYearView(items: readonly YearOverYear[], archive: string, findings: FindingLookup = noFindings): YearOverYearView[] {
  return items.map((y) => {
    const v: YearOverYearView = {
      id: y.id,
      anchor: anchorId('yoy', y.id),
      label: y.label,
      unit: y.unit,
      direction: y.direction,
      quote: y.quote,
      notes: notesOf(y),
      source: sourceRef(archive, y.source.lines),
      findings: findings(undefined, y.id),
    };
    if (y.current !== undefined) v.current = cellView(y.current, y.unit);
    const prev = previousYearFigure(y);
    if (prev !== undefined) v.previous = prev;
    if (y.change !== undefined) v.change = `${y.direction} ${y.change}`;
    if (y.changeRate !== undefined) v.changeRate = `${y.direction === '增加' ? '增长' : y.direction === '减少' ? '下降' : y.direction} ${y.changeRate}`;
    if (y.reason !== undefined) v.reason = y.reason;
    return v;
  });
}

export interface SectionView {
  id: string;
  anchor: string;
  heading: string;
  paragraphs: string[];
  notes: string[];
  source: SourceRef;
}

export function sectionsView(sections: ReadonlyArray<{ id: string; heading: string; body: string; notes?: string[] | undefined; source: { lines: [number, number] } }>, archive: string, prefix = 'section'): SectionView[] {
  return sections.map((s) => ({
    id: s.id,
    anchor: anchorId(prefix, s.id),
    heading: s.heading,
    paragraphs: paragraphs(s.body),
    notes: notesOf(s),
    source: sourceRef(archive, s.source.lines),
  }));
}

export interface FinalAccountsView {
  tables: TableView[];
  figureTopics: FigureTopicView[];
  yearOverYear: YearOverYearView[];
  sections: SectionView[];
  units: Array<{ id: string; anchor: string; name: string; kind?: string; notes: string[]; source: SourceRef }>;
  headline: FinalAccountsHeadline;
  sentence: string;
}

/** The bureau's own totals: 本年收入合计, 本年支出合计 and its basic / project split. */
export interface FinalAccountsHeadline {
  income?: { text: string; yi?: string; source: SourceRef };
  expenditure?: { text: string; yi?: string; source: SourceRef };
  basic?: { text: string; source: SourceRef };
  project?: { text: string; source: SourceRef };
}

function fromTable(tables: readonly FinalAccountsTable[], standard: number, label: RegExp, column = 0): { row: TableRow; text: string } | undefined {
  const t = tables.find((x) => x.standard === standard && x.status === 'published');
  const row = t?.rows.find((r) => label.test(r.label));
  const text = row?.values[column];
  if (!row || text === undefined || parseAmount(text).kind !== 'number') return undefined;
  return { row, text };
}

function fromFigures(figures: readonly StatedFigure[], test: (f: StatedFigure) => boolean): StatedFigure | undefined {
  return figures.find((f) => test(f) && f.unit === '万元' && parseAmount(f.value).kind === 'number');
}

export function finalAccountsHeadline(doc: FinalAccountsDocument): FinalAccountsHeadline {
  const fa = doc.finalAccounts;
  const archive = doc.archive;
  const h: FinalAccountsHeadline = {};
  const put = (key: keyof FinalAccountsHeadline, table: { row: TableRow; text: string } | undefined, figure: StatedFigure | undefined) => {
    const picked = table ? { text: table.text, lines: table.row.source.lines } : figure ? { text: figure.value, lines: figure.source.lines } : undefined;
    if (!picked) return;
    const yi = yiEquivalent(picked.text, '万元');
    h[key] = yi === undefined ? { text: picked.text, source: sourceRef(archive, picked.lines) } : { text: picked.text, yi, source: sourceRef(archive, picked.lines) };
  };
  put('income', fromTable(fa.tables, 1, /^本年收入合计/), fromFigures(fa.figures, (f) => f.topic === 'income' && /本年收入合计/.test(f.label)));
  put('expenditure', fromTable(fa.tables, 1, /^本年支出合计/), fromFigures(fa.figures, (f) => f.topic === 'expenditure' && /本年支出合计/.test(f.label)));
  put('basic', fromTable(fa.tables, 3, /^合计$/, 1), fromFigures(fa.figures, (f) => f.topic === 'basic-expenditure' && f.parent !== undefined && /基本支出$/.test(f.label)));
  put('project', fromTable(fa.tables, 3, /^合计$/, 2), fromFigures(fa.figures, (f) => f.topic === 'project-expenditure' && /项目支出$/.test(f.label)));
  return h;
}

export function finalAccountsSentence(agencyName: string, year: number, h: FinalAccountsHeadline): string {
  const amount = (x: { text: string; yi?: string }) => `${x.text} 万元${x.yi ? `（${x.yi}）` : ''}`;
  if (!h.expenditure && !h.income) return `${year} 年度，${agencyName}的部门决算（本部门自身的收支，不含转移下级的项目资金和医保基金）。`;
  const parts: string[] = [];
  if (h.income) parts.push(`收入 ${amount(h.income)}`);
  if (h.expenditure) {
    let e = `支出 ${amount(h.expenditure)}`;
    if (h.basic && h.project) e += `，其中基本支出 ${h.basic.text} 万元、项目支出 ${h.project.text} 万元`;
    parts.push(e);
  }
  return `${year} 年度，${agencyName}本部门决算${parts.join('，')}。这是本部门自身的预算收支，不含经手转拨的项目资金和医保基金。`;
}

export function finalAccountsView(doc: FinalAccountsDocument, agencyName: string, findings: FindingLookup = noFindings): FinalAccountsView {
  const fa = doc.finalAccounts;
  const archive = doc.archive;
  const headline = finalAccountsHeadline(doc);
  return {
    tables: fa.tables.map((t) => tableView(t, archive, findings)),
    figureTopics: figureTopicsView(fa.figures, archive, findings),
    yearOverYear: yearOverYearView(fa.yearOverYear, archive, findings),
    sections: sectionsView(fa.sections ?? [], archive),
    units: (fa.units ?? []).map((u) => {
      const v: FinalAccountsView['units'][number] = { id: u.id, anchor: anchorId('unit', u.id), name: u.name, notes: notesOf(u), source: sourceRef(archive, u.source.lines) };
      if (u.kind !== undefined) v.kind = u.kind;
      return v;
    }),
    headline,
    sentence: finalAccountsSentence(agencyName, doc.fiscalYear, headline),
  };
}
