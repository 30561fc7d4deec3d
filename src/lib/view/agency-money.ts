/**
 * The money of an agency-year, kept in its kinds (domain.md §2): the bureau's own budget
 * from its final accounts, and the project and transfer-payment money it manages, much of
 * which it passes on to lower levels or to the insurance fund. The two overlap and are never
 * added; every headline says which it is, and every sum is labelled as computed by 明账.
 */
import type { DisclosureDocument, DocumentOf } from '../../schemas/document';
import type { Funding, FundingLine } from '../../schemas/funding';
import type { BudgetSpendingDatum } from '../charts/budget-spending';
import type { ExecutionRateDatum } from '../charts/execution-rates';
import { toDec } from '../decimal';
import { formatAmount, groupDigits } from '../format';
import { executionFigures } from '../funding-execution';
import { parseAmount, parseRate, sumValues } from '../money';
import { anchorId, documentPath, projectPath, withBase } from '../site/urls';
import { type CellView, cellView, derivedAmount, derivedRate, type DerivedView, notesOf, type SourceRef, sourceRef, yiEquivalent } from './document-cells';
import { finalAccountsHeadline } from './document-final-accounts';

/** Which money a figure is. */
export type MoneyKind = 'own' | 'managed' | 'department-wide';

export const moneyKindWords: Record<MoneyKind, string> = {
  own: '本部门决算',
  managed: '项目/转移支付资金',
  'department-wide': '部门整体支出（自评口径）',
};

/** Why the kinds must not be added, said once beside the headline figures. */
export const MONEY_KINDS_NOTE =
  '这些数字口径不同，不能相加：“本部门决算”只是医保局自身的收支；“项目/转移支付资金”包括医保局经手、转拨给下级或拨入医保基金的钱，其中一部分也计入本部门决算；“部门整体支出”按部门整体绩效自评表的口径列示。医保基金本身的收支不在这些文件里。';

export interface HeadlineFigure {
  id: string;
  kind: MoneyKind;
  kindWords: string;
  label: string;
  /** `7,306.97 万元`. */
  text: string;
  /** `约 22.15 亿元`, for 万元 amounts of at least 1 亿元. */
  yi?: string;
  /** True when 明账 computed it (a sum over projects); false when published. */
  computed: boolean;
  /** What the money is, in a sentence. */
  explanation: string;
  /** Smaller figures under it (基本支出 / 项目支出, 执行数, 执行率). */
  parts: Array<{ label: string; text: string; computed: boolean }>;
  source?: SourceRef;
  document: { title: string; href: string };
}

/** The funding line a project's execution is read from: the top line (年度资金总额). */
export function topLine(funding: Funding): FundingLine | undefined {
  return funding.lines.find((l) => l.parent === undefined && (l.role === 'total' || l.role === 'annual-total')) ?? funding.lines[0];
}

/** The line holding this year's amount in a targets table: 年度资金总额 inside a multi-year 项目总额. */
function annualLine(funding: Funding): FundingLine | undefined {
  return funding.lines.find((l) => l.role === 'annual-total') ?? topLine(funding);
}

function amountText(value: string, unit: string): string {
  return unit === '万元' || unit === '元' || unit === '亿元' ? formatAmount(value, unit) : `${value} ${unit}`;
}

function publishedAmount(text: string, unit: string): { text: string; yi?: string } {
  const yi = yiEquivalent(text, unit);
  return yi === undefined ? { text: `${text} ${unit}` } : { text: `${text} ${unit}`, yi };
}

function computedAmount(value: string, unit: string): { text: string; yi?: string } {
  const yi = yiEquivalent(value, unit);
  return yi === undefined ? { text: amountText(value, unit) } : { text: amountText(value, unit), yi };
}

/** One row of the execution table: a project or a transfer payment with a self-evaluation. */
export interface ProjectExecutionRow {
  id: string;
  anchor: string;
  name: string;
  href: string;
  documentKind: 'project-evaluations' | 'transfer-payment-evaluations';
  unit: string;
  yearStartBudget?: CellView;
  adjustedBudget?: CellView;
  executed?: CellView;
  /** 执行率 as published, or undefined when the table has none. */
  publishedRate?: CellView;
  /** B/A computed by 明账. */
  computedRate: DerivedView;
  /** B against the year-start budget, when that budget differs from A. */
  rateOfYearStart?: DerivedView;
  /** A − B computed by 明账. */
  unspent: DerivedView;
  /** A − B for a table whose caption gives the unit: digits grouped, no unit (`2,366.87`). */
  unspentText: string;
  /** 得分/分值 of the execution rate as published (`10/10`). */
  executionScore?: string;
  notes: string[];
  source: SourceRef;
  /** Money printed beside the block but outside A (000's 8603.01 上年结转资金), never added to it. */
  outsideBudget: Array<{ label: string; text: string }>;
}

type ProjectLike = { id: string; name: string; funding: Funding; source: { lines: [number, number] }; notes?: string[] | undefined };

function executionRow(doc: DocumentOf<'project-evaluations'> | DocumentOf<'transfer-payment-evaluations'>, p: ProjectLike): ProjectExecutionRow | undefined {
  const line = topLine(p.funding);
  if (!line) return undefined;
  const unit = p.funding.unit;
  const figures = executionFigures(line);
  const row: ProjectExecutionRow = {
    id: p.id,
    anchor: anchorId('project', p.id),
    name: p.name,
    href: withBase(projectPath(doc, p.id)),
    documentKind: doc.kind,
    unit,
    computedRate: derivedRate(figures.rateOfAdjustedBudget),
    unspent: derivedAmount(figures.unspent, unit),
    unspentText: figures.unspent.status === 'known' ? groupDigits(figures.unspent.value) : '无法计算',
    notes: notesOf(line),
    source: sourceRef(doc.archive, line.source.lines),
    outsideBudget: (p.funding.outsideBudget ?? []).map((o) => ({ label: o.label, text: `${o.amount} ${unit}` })),
  };
  if (line.yearStartBudget !== undefined) row.yearStartBudget = cellView(line.yearStartBudget, unit);
  if (line.adjustedBudget !== undefined) row.adjustedBudget = cellView(line.adjustedBudget, unit);
  if (line.executed !== undefined) row.executed = cellView(line.executed, unit);
  if (line.executionRate !== undefined) row.publishedRate = cellView(line.executionRate);
  const start = line.yearStartBudget === undefined ? undefined : parseAmount(line.yearStartBudget);
  const a = line.adjustedBudget === undefined ? undefined : parseAmount(line.adjustedBudget);
  if (start?.kind === 'number' && a?.kind === 'number' && !toDec(start.value).equals(toDec(a.value)) && !toDec(start.value).isZero()) {
    row.rateOfYearStart = derivedRate(figures.rateOfYearStartBudget);
  }
  if (line.score !== undefined && line.weight !== undefined && parseAmount(line.score).kind === 'number') row.executionScore = `${line.score}/${line.weight}`;
  return row;
}

/** Execution rows of every evaluated project and transfer payment of the agency-year, in document order. */
export function executionRows(docs: readonly DisclosureDocument[]): ProjectExecutionRow[] {
  const rows: ProjectExecutionRow[] = [];
  for (const doc of docs) {
    const items: ProjectLike[] = doc.kind === 'project-evaluations' ? doc.projects : doc.kind === 'transfer-payment-evaluations' ? doc.evaluations : [];
    if (doc.kind !== 'project-evaluations' && doc.kind !== 'transfer-payment-evaluations') continue;
    for (const p of items) {
      const row = executionRow(doc, p);
      if (row) rows.push(row);
    }
  }
  return rows;
}

/** Chart a: the published rate where there is one (bare `69.46` gets its `%`), else 明账's B/A, else why not. */
export function executionRateData(rows: readonly ProjectExecutionRow[], source: Map<string, FundingLine>): ExecutionRateDatum[] {
  return rows.map((r) => {
    const line = source.get(r.id);
    const published = line?.executionRate === undefined ? undefined : parseRate(line.executionRate);
    if (published?.kind === 'rate') {
      return { id: r.id, label: r.name, rate: published.value, rateText: published.percentSign === null ? `${published.text}%` : published.text, href: r.href };
    }
    if (r.computedRate.known && r.computedRate.value !== undefined) {
      return { id: r.id, label: r.name, rate: r.computedRate.value, rateText: r.computedRate.text, href: r.href, note: '未公布执行率，由明账按全年执行数 ÷ 全年预算数计算' };
    }
    return { id: r.id, label: r.name, rate: null, rateText: '无法计算', reason: r.computedRate.reason ?? '无法计算', href: r.href };
  });
}

/** Chart b: A, B and the year-start budget as published, and |A − B| computed. */
export function budgetSpendingData(rows: readonly ProjectExecutionRow[], source: Map<string, FundingLine>): BudgetSpendingDatum[] {
  return rows.map((r) => {
    const line = source.get(r.id);
    const a = line?.adjustedBudget === undefined ? undefined : parseAmount(line.adjustedBudget);
    const b = line?.executed === undefined ? undefined : parseAmount(line.executed);
    const start = line?.yearStartBudget === undefined ? undefined : parseAmount(line.yearStartBudget);
    const datum: BudgetSpendingDatum = {
      id: r.id,
      label: r.name,
      href: r.href,
      adjustedBudget: a?.kind === 'number' ? a.value : null,
      executed: b?.kind === 'number' ? b.value : null,
      yearStartBudget: start?.kind === 'number' ? start.value : null,
      adjustedText: line?.adjustedBudget || '空白',
      executedText: line?.executed || '空白',
    };
    if (start?.kind === 'number') datum.yearStartText = start.text;
    if (r.unspent.known && r.unspent.value !== undefined) datum.differenceText = r.unspent.value.replace(/^-/, '');
    if (datum.adjustedBudget === null || datum.executed === null) datum.reason = r.unspent.reason ?? '缺少全年预算数或全年执行数';
    return datum;
  });
}

/** Top funding lines of the evaluated items, by item id, for the chart data. */
export function topLines(docs: readonly DisclosureDocument[]): Map<string, FundingLine> {
  const out = new Map<string, FundingLine>();
  for (const doc of docs) {
    const items: ProjectLike[] = doc.kind === 'project-evaluations' || doc.kind === 'project-targets' ? doc.projects : doc.kind === 'transfer-payment-evaluations' ? doc.evaluations : [];
    for (const p of items) {
      const line = topLine(p.funding);
      if (line) out.set(p.id, line);
    }
  }
  return out;
}

/** A sum over the projects of a document, with how many projects it could not include. */
interface ColumnTotal {
  value: string;
  counted: number;
  missing: number;
}

function columnTotal(lines: ReadonlyArray<FundingLine | undefined>, column: 'adjustedBudget' | 'executed' | 'amount'): ColumnTotal {
  const values: string[] = [];
  let missing = 0;
  for (const line of lines) {
    const cell = line?.[column];
    const reading = cell === undefined ? undefined : parseAmount(cell);
    if (reading?.kind === 'number') values.push(reading.value);
    else missing += 1;
  }
  return { value: sumValues(values), counted: values.length, missing };
}

const KIND_RANK: Record<MoneyKind, number> = { own: 0, managed: 1, 'department-wide': 2 };

/** The headline figures of an agency-year, each saying which money it is: the bureau's own first. */
export function headlineFigures(docs: readonly DisclosureDocument[]): HeadlineFigure[] {
  return unorderedHeadlines(docs)
    .map((h, i) => ({ h, i }))
    .sort((a, b) => KIND_RANK[a.h.kind] - KIND_RANK[b.h.kind] || a.i - b.i)
    .map(({ h }) => h);
}

function unorderedHeadlines(docs: readonly DisclosureDocument[]): HeadlineFigure[] {
  const out: HeadlineFigure[] = [];
  const docRef = (d: DisclosureDocument) => ({ title: d.title, href: withBase(documentPath(d)) });
  for (const doc of docs) {
    if (doc.kind === 'final-accounts') {
      const h = finalAccountsHeadline(doc);
      if (h.expenditure) {
        const parts: HeadlineFigure['parts'] = [];
        if (h.basic) parts.push({ label: '基本支出', text: `${h.basic.text} 万元`, computed: false });
        if (h.project) parts.push({ label: '项目支出', text: `${h.project.text} 万元`, computed: false });
        out.push({
          id: 'own-expenditure',
          kind: 'own',
          kindWords: moneyKindWords.own,
          label: '本年支出合计',
          ...publishedAmount(h.expenditure.text, '万元'),
          computed: false,
          explanation: '医保局自身（含所属单位）当年花掉的钱：人员、运转和本部门的项目。',
          parts,
          source: h.expenditure.source,
          document: docRef(doc),
        });
      }
      if (h.income) {
        out.push({
          id: 'own-income',
          kind: 'own',
          kindWords: moneyKindWords.own,
          label: '本年收入合计',
          ...publishedAmount(h.income.text, '万元'),
          computed: false,
          explanation: '医保局自身当年的收入，主要是财政拨款。',
          parts: [],
          source: h.income.source,
          document: docRef(doc),
        });
      }
    }
    if (doc.kind === 'department-evaluation' && doc.evaluation.funding) {
      const line = topLine(doc.evaluation.funding);
      const unit = doc.evaluation.funding.unit;
      if (line?.adjustedBudget !== undefined && parseAmount(line.adjustedBudget).kind === 'number') {
        const parts: HeadlineFigure['parts'] = [];
        if (line.executed !== undefined) parts.push({ label: '全年执行数', text: `${line.executed} ${unit}`, computed: false });
        if (line.executionRate !== undefined) parts.push({ label: '执行率（公布）', text: parseRate(line.executionRate).kind === 'rate' && !/[%％]/.test(line.executionRate) ? `${line.executionRate}%` : line.executionRate, computed: false });
        out.push({
          id: 'department-wide',
          kind: 'department-wide',
          kindWords: moneyKindWords['department-wide'],
          label: '部门整体支出 全年预算数',
          ...publishedAmount(line.adjustedBudget, unit),
          computed: false,
          explanation: '部门整体绩效自评表所列的资金总额。其口径由自评表决定，可能包括经手转拨下级或拨入医保基金的资金，因此可以远大于本部门决算。',
          parts,
          source: sourceRef(doc.archive, line.source.lines),
          document: docRef(doc),
        });
      }
    }
    if (doc.kind === 'project-evaluations' || doc.kind === 'transfer-payment-evaluations') {
      const items: ProjectLike[] = doc.kind === 'project-evaluations' ? doc.projects : doc.evaluations;
      const unit = items[0]?.funding.unit ?? '万元';
      if (items.some((p) => p.funding.unit !== unit)) continue;
      const lines = items.map((p) => topLine(p.funding));
      const single = items.length === 1 ? items[0] : undefined;
      const singleLine = lines[0];
      if (single && singleLine?.adjustedBudget !== undefined && parseAmount(singleLine.adjustedBudget).kind === 'number') {
        // One item: its own published figures, nothing to add up.
        const figures = executionFigures(singleLine);
        const parts: HeadlineFigure['parts'] = [];
        if (singleLine.executed !== undefined) parts.push({ label: '全年执行数', text: `${singleLine.executed} ${unit}`, computed: false });
        if (singleLine.executionRate !== undefined) parts.push({ label: '执行率（公布）', text: singleLine.executionRate, computed: false });
        if (figures.unspent.status === 'known') parts.push({ label: '未支出', text: derivedAmount(figures.unspent, unit).text, computed: true });
        out.push({
          id: `managed-${doc.id}`,
          kind: 'managed',
          kindWords: moneyKindWords.managed,
          label: `“${single.name}”全年预算数`,
          ...publishedAmount(singleLine.adjustedBudget, unit),
          computed: false,
          explanation: doc.kind === 'project-evaluations' ? '这份自评表只有这一个项目，数字按表中所列。' : '这份自评表只有这一项转移支付，数字按表中所列；转移支付的钱大部分转拨给下级。',
          parts,
          source: sourceRef(doc.archive, singleLine.source.lines),
          document: docRef(doc),
        });
        continue;
      }
      const a = columnTotal(lines, 'adjustedBudget');
      const b = columnTotal(lines, 'executed');
      if (a.counted === 0) continue;
      const noun = doc.kind === 'project-evaluations' ? '个项目' : '项转移支付';
      const parts: HeadlineFigure['parts'] = [];
      if (b.counted > 0) parts.push({ label: '全年执行数合计', text: computedAmount(b.value, unit).text, computed: true });
      if (a.missing === 0 && b.missing === 0) {
        const figures = executionFigures({ adjustedBudget: a.value, executed: b.value });
        parts.push({ label: '合计执行率', text: derivedRate(figures.rateOfAdjustedBudget).text, computed: true });
        parts.push({ label: '合计未支出', text: derivedAmount(figures.unspent, unit).text, computed: true });
      }
      out.push({
        id: `managed-${doc.id}`,
        kind: 'managed',
        kindWords: moneyKindWords.managed,
        label: `${a.counted} ${noun}的全年预算数合计`,
        ...computedAmount(a.value, unit),
        computed: true,
        explanation: `${doc.kind === 'project-evaluations' ? '绩效自评表中各项目' : '各项转移支付'}全年预算数之和，由明账计算。${
          a.missing > 0 ? `另有 ${a.missing} 项未列全年预算数，未计入。` : ''
        }其中有本部门自己花的钱，也有转拨给下级或拨入医保基金的钱。`,
        parts,
        document: docRef(doc),
      });
    }
    if (doc.kind === 'project-targets') {
      const unit = doc.projects[0]?.funding.unit ?? '万元';
      if (doc.projects.some((p) => p.funding.unit !== unit)) continue;
      const annual = columnTotal(doc.projects.map((p) => annualLine(p.funding)), 'amount');
      if (annual.counted === 0) continue;
      const own = columnTotal(doc.projects.map((p) => p.funding.lines.find((l) => l.role === 'own-level')), 'amount');
      const down = columnTotal(doc.projects.map((p) => p.funding.lines.find((l) => l.role === 'transfer-down')), 'amount');
      const parts: HeadlineFigure['parts'] = [];
      if (own.counted > 0) parts.push({ label: '其中本级资金', text: computedAmount(own.value, unit).text, computed: true });
      if (down.counted > 0) parts.push({ label: '其中转移市县（区）资金', text: computedAmount(down.value, unit).text, computed: true });
      out.push({
        id: `targets-${doc.id}`,
        kind: 'managed',
        kindWords: moneyKindWords.managed,
        label: `${annual.counted} 个项目年度资金总额合计（预算）`,
        ...computedAmount(annual.value, unit),
        computed: true,
        explanation: '绩效目标表中各项目当年计划安排的资金之和，由明账计算。这是年初的计划，不是实际支出；转移市县（区）资金是拨给下级的钱。',
        parts,
        document: docRef(doc),
      });
    }
  }
  return out;
}

/** The execution of the department as a whole (部门整体支出), as its self-evaluation publishes it. */
export interface DepartmentExecution {
  title: string;
  href: string;
  unit: string;
  adjustedBudget?: CellView;
  executed?: CellView;
  publishedRate?: CellView;
  computedRate: DerivedView;
  unspent: DerivedView;
  source: SourceRef;
}

export function departmentExecution(docs: readonly DisclosureDocument[]): DepartmentExecution | undefined {
  const doc = docs.find((d): d is DocumentOf<'department-evaluation'> => d.kind === 'department-evaluation' && d.evaluation.funding !== undefined);
  const funding = doc?.evaluation.funding;
  const line = funding ? topLine(funding) : undefined;
  if (!doc || !funding || !line) return undefined;
  const figures = executionFigures(line);
  const view: DepartmentExecution = {
    title: doc.title,
    href: withBase(documentPath(doc)),
    unit: funding.unit,
    computedRate: derivedRate(figures.rateOfAdjustedBudget),
    unspent: derivedAmount(figures.unspent, funding.unit),
    source: sourceRef(doc.archive, line.source.lines),
  };
  if (line.adjustedBudget !== undefined) view.adjustedBudget = cellView(line.adjustedBudget, funding.unit);
  if (line.executed !== undefined) view.executed = cellView(line.executed, funding.unit);
  if (line.executionRate !== undefined) view.publishedRate = cellView(line.executionRate);
  return view;
}
