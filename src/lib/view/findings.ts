/**
 * The findings lists for journalists, across all agencies: execution rates (and the projects
 * under the threshold), missed indicators, indicators the source itself marked down while the
 * figures cannot tell, and the audit's findings. Rows are computed here once; the sort orders
 * (`findings-orders.ts`) only reorder them. Every figure is as published or computed by
 * `funding-execution.ts`, `indicator-evaluation.ts` and the audit, never here.
 */
import { type Finding, type ItemLocation, type RuleId, severityLabels, type Severity } from '../audit/finding';
import { Dec, toDec } from '../decimal';
import { executionFigures } from '../funding-execution';
import { type EvaluationRule, type EvaluationStatus, evaluateIndicator } from '../indicator-evaluation';
import { leavesOf } from '../indicator-tree';
import { parseAmount, subtractValues } from '../money';
import type { SiteData } from '../site/dataset';
import { anchorId, withBase } from '../site/urls';
import type { Funding, FundingLine } from '../../schemas/funding';
import type { DisclosureDocument } from '../../schemas/document';
import type { IndicatorNode } from '../../schemas/indicator';
import { type CellView, cellView, derivedAmount, derivedRate, type DerivedView, notesOf, type SourceRef, sourceRef } from './document-cells';
import { locationHref, siteFindings } from './document-findings';
import { familyOf } from './compare-families';
import { type ItemContext, itemContext } from './findings-context';
import { auditRules, evaluationRules, UNDER_EXECUTION_THRESHOLD } from './findings-rules';
import type { ExplanationView } from './indicator';

export const METHODOLOGY_PATH = '/methodology/';

// ————————————————————————————————————————— execution

export interface ExecutionRow {
  /** The project's (or transfer payment's) id, unique across all data. */
  id: string;
  /** The row's id on a findings page. */
  anchor: string;
  context: ItemContext;
  kind: 'evaluation' | 'transfer-payment';
  kindWords: string;
  name: string;
  /** The project page. */
  href: string;
  /** The funding line on the project page. */
  fundingHref: string;
  program?: { key: string; name: string };
  unit: string;
  /** The funding line the figures come from (`年度资金总额`). */
  lineLabel: string;
  yearStart?: CellView;
  adjusted?: CellView;
  executed?: CellView;
  publishedRate?: CellView;
  rateOfAdjusted: DerivedView;
  rateOfYearStart: DerivedView;
  unspent: DerivedView;
  /** Carry-overs and other money printed beside the block but outside A: never in a rate or A−B. */
  outsideBudget: Array<{ label: string; amount: CellView }>;
  weight?: CellView;
  score?: CellView;
  /** Which rates fall below the threshold. */
  below: { adjusted: boolean; yearStart: boolean };
  under: boolean;
  /** The threshold verdict in words (`低于 90%（按 A）`, `否`, `无法判断`). */
  verdict: { state: 'below' | 'not-below' | 'unknown'; words: string };
  notes: string[];
  source: SourceRef;
  /** Published order inside the document. */
  order: number;
}

type Evaluated = { doc: DisclosureDocument; kind: 'evaluation' | 'transfer-payment'; item: { id: string; name: string; program?: string | undefined; funding: Funding; source: { lines: [number, number] } }; index: number; path: (string | number)[] };

/** Every self-evaluated project and transfer payment, in document order. */
export function evaluatedItems(data: SiteData): Evaluated[] {
  const out: Evaluated[] = [];
  for (const doc of data.documents) {
    if (doc.kind === 'project-evaluations') doc.projects.forEach((item, index) => out.push({ doc, kind: 'evaluation', item, index, path: ['projects', index] }));
    if (doc.kind === 'transfer-payment-evaluations') doc.evaluations.forEach((item, index) => out.push({ doc, kind: 'transfer-payment', item, index, path: ['evaluations', index] }));
  }
  return out;
}

/** The line execution is read from: the top line (年度资金总额 / 金额合计), as the audit reads it. */
export function executionLine(funding: Funding): FundingLine | undefined {
  return funding.lines.find((l) => l.parent === undefined && (l.role === 'total' || l.role === 'annual-total')) ?? funding.lines.find((l) => l.parent === undefined);
}

const threshold = new Dec(UNDER_EXECUTION_THRESHOLD);
const belowThreshold = (v: DerivedView) => v.known && v.value !== undefined && toDec(v.value).lessThan(threshold);

function verdictOf(below: ExecutionRow['below'], adjusted: DerivedView, yearStart: DerivedView): ExecutionRow['verdict'] {
  const t = `低于 ${UNDER_EXECUTION_THRESHOLD}%`;
  if (below.adjusted && below.yearStart) return { state: 'below', words: `${t}（按 A，也按年初预算）` };
  if (below.adjusted) return { state: 'below', words: `${t}（按 A）` };
  if (below.yearStart) return { state: 'below', words: `${t}（按年初预算；按 A 不低于）` };
  if (adjusted.known || yearStart.known) return { state: 'not-below', words: '否' };
  return { state: 'unknown', words: '无法判断' };
}

export function executionRows(data: SiteData): ExecutionRow[] {
  const rows: ExecutionRow[] = [];
  for (const { doc, kind, item, index } of evaluatedItems(data)) {
    const line = executionLine(item.funding);
    if (!line || line.executed === undefined) continue;
    const unit = item.funding.unit;
    const figures = executionFigures(line);
    const loc = (sub?: string): ItemLocation => ({ document: doc.id, item: item.id, ...(sub ? { sub } : {}), path: [] });
    const rateOfAdjusted = derivedRate(figures.rateOfAdjustedBudget);
    const rateOfYearStart = derivedRate(figures.rateOfYearStartBudget);
    const below = { adjusted: belowThreshold(rateOfAdjusted), yearStart: belowThreshold(rateOfYearStart) };
    const row: ExecutionRow = {
      id: item.id,
      anchor: anchorId('exec', item.id),
      context: itemContext(data, doc),
      kind,
      kindWords: kind === 'transfer-payment' ? '转移支付' : '项目',
      name: item.name,
      href: locationHref(data, loc()) ?? withBase('/'),
      fundingHref: locationHref(data, loc(line.id)) ?? withBase('/'),
      unit,
      lineLabel: line.label,
      rateOfAdjusted,
      rateOfYearStart,
      unspent: derivedAmount(figures.unspent, unit),
      outsideBudget: (item.funding.outsideBudget ?? []).map((o) => ({ label: o.label, amount: cellView(o.amount, unit) })),
      below,
      under: below.adjusted || below.yearStart,
      verdict: verdictOf(below, rateOfAdjusted, rateOfYearStart),
      notes: notesOf(line),
      source: sourceRef(doc.archive, line.source.lines),
      order: index,
    };
    if (item.program) {
      const f = familyOf(item.program);
      row.program = { key: f.key, name: f.name };
    }
    if (line.yearStartBudget !== undefined) row.yearStart = cellView(line.yearStartBudget, unit);
    if (line.adjustedBudget !== undefined) row.adjusted = cellView(line.adjustedBudget, unit);
    row.executed = cellView(line.executed, unit);
    if (line.executionRate !== undefined) row.publishedRate = cellView(line.executionRate);
    if (line.weight !== undefined) row.weight = cellView(line.weight);
    if (line.score !== undefined) row.score = cellView(line.score);
    rows.push(row);
  }
  return rows;
}

// ————————————————————————————————————————— indicators

export interface IndicatorRow {
  /** `document:item:indicator`, unique across all data. */
  id: string;
  anchor: string;
  context: ItemContext;
  item: { id: string; name: string; href: string; kindWords: string };
  indicator: { id: string; name: string; path: string[]; href: string };
  target?: string;
  actual?: string;
  weight?: CellView;
  score?: CellView;
  /** 分值 − 得分, computed, when both are figures. */
  deducted?: DerivedView;
  explanation: ExplanationView;
  status: EvaluationStatus;
  statusWords: string;
  reason: string;
  rule: EvaluationRule;
  ruleName: string;
  ruleHref: string;
  /** Actual ÷ target (`95.06%`), computed, where both are single figures. */
  ratio?: string;
  /** Full marks although missed (the audit lists it too). */
  fullScore: boolean;
  notes: string[];
  source: SourceRef;
  order: number;
}

type Scored = { doc: DisclosureDocument; item: { id: string; name: string; indicators: IndicatorNode[] }; kindWords: string; index: number };

/** Every item of the dataset whose indicators carry actual values (self-evaluations). */
function itemsWithActuals(data: SiteData): Scored[] {
  const out: Scored[] = [];
  for (const doc of data.documents) {
    if (doc.kind === 'project-evaluations') doc.projects.forEach((item, index) => out.push({ doc, item, kindWords: '项目', index }));
    if (doc.kind === 'transfer-payment-evaluations') doc.evaluations.forEach((item, index) => out.push({ doc, item, kindWords: '转移支付', index }));
    if (doc.kind === 'department-evaluation') out.push({ doc, item: { id: doc.evaluation.id, name: doc.evaluation.title, indicators: doc.evaluation.indicators }, kindWords: '部门整体', index: 0 });
  }
  return out;
}

export const statusWords: Record<EvaluationStatus, string> = { met: '已达成', missed: '未达成', unknown: '无法判断' };

const figureOf = (text: string | undefined) => {
  if (text === undefined) return undefined;
  const r = parseAmount(text);
  return r.kind === 'number' ? r.value : undefined;
};

/** Every evaluated indicator (placeholders and targets-only documents left out), with its status. */
export function indicatorRows(data: SiteData): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  let order = 0;
  for (const { doc, item, kindWords } of itemsWithActuals(data)) {
    const context = itemContext(data, doc);
    const itemHref = locationHref(data, { document: doc.id, item: item.id, path: [] }) ?? context.document.href;
    for (const leaf of leavesOf(item.indicators)) {
      const ind = leaf.indicator;
      if (ind.placeholder === true || ind.actual === undefined) continue;
      const evaluation = evaluateIndicator({ name: ind.name, groupPath: leaf.groups, target: ind.target, actual: ind.actual, placeholder: ind.placeholder });
      const w = figureOf(ind.weight);
      const s = figureOf(ind.score);
      const explanation: ExplanationView = ind.explanation === undefined ? { state: 'absent' } : ind.explanation.trim() === '' ? { state: 'empty' } : { state: 'text', text: ind.explanation };
      const row: IndicatorRow = {
        id: `${doc.id}:${item.id}:${ind.id}`,
        anchor: anchorId('ind', doc.id, item.id, ind.id),
        context,
        item: { id: item.id, name: item.name, href: itemHref, kindWords },
        indicator: { id: ind.id, name: ind.name, path: leaf.groups, href: locationHref(data, { document: doc.id, item: item.id, sub: ind.id, path: [] }) ?? itemHref },
        explanation,
        status: evaluation.status,
        statusWords: statusWords[evaluation.status],
        reason: evaluation.reason,
        rule: evaluation.rule,
        ruleName: evaluationRules[evaluation.rule].name,
        ruleHref: withBase(`${METHODOLOGY_PATH}#${evaluationRules[evaluation.rule].anchor}`),
        fullScore: w !== undefined && s !== undefined && !toDec(w).isZero() && toDec(s).gte(toDec(w)),
        notes: notesOf(ind),
        source: sourceRef(doc.archive, ind.source.lines),
        order: order++,
      };
      if (ind.target !== undefined) row.target = ind.target;
      row.actual = ind.actual;
      if (ind.weight !== undefined) row.weight = cellView(ind.weight);
      if (ind.score !== undefined) row.score = cellView(ind.score);
      if (w !== undefined && s !== undefined) row.deducted = { known: true, text: subtractValues(w, s), value: subtractValues(w, s) };
      if (evaluation.ratio !== undefined) row.ratio = `${evaluation.ratio}%`;
      rows.push(row);
    }
  }
  return rows;
}

/** Indicators 明账 reads as missed. */
export function missedIndicators(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.filter((r) => r.status === 'missed');
}

/**
 * Indicators whose figures cannot tell (status unknown) but which the source itself marked
 * down: a score below the weight. The source's own verdict, not 明账's (000: target ≥35次,
 * actual ≥30次, 1.5 of 2).
 */
export function selfDeductedIndicators(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.filter((r) => r.status === 'unknown' && r.deducted?.value !== undefined && toDec(r.deducted.value).greaterThan(0));
}

// ————————————————————————————————————————— audit

export interface AuditFigureView {
  label: string;
  text: string;
  computed: boolean;
  /** Where the figure is shown on the site. */
  href?: string;
  /** Where it is printed in the archived source. */
  source?: SourceRef;
}

export interface AuditRow {
  id: string;
  anchor: string;
  severity: Severity;
  severityWords: string;
  rule: RuleId;
  ruleName: string;
  ruleHref: string;
  title: string;
  detail: string;
  context: ItemContext;
  /** The item the finding is about. */
  href?: string;
  figures: AuditFigureView[];
  /** Position in the audit's own order (severity, then place). */
  order: number;
}

export function auditRow(data: SiteData, f: Finding, order: number): AuditRow | undefined {
  const doc = data.documentById.get(f.location.document);
  if (!doc) return undefined;
  const rule = auditRules[f.rule];
  const row: AuditRow = {
    id: f.id,
    anchor: anchorId('finding', f.id.replace(/[^a-z0-9-]+/gi, '-')),
    severity: f.severity,
    severityWords: severityLabels[f.severity],
    rule: f.rule,
    ruleName: rule.name,
    ruleHref: withBase(`${METHODOLOGY_PATH}#${rule.anchor}`),
    title: f.title,
    detail: f.detail,
    context: itemContext(data, doc),
    figures: f.figures.map((x) => {
      const v: AuditFigureView = { label: x.label, text: x.text, computed: x.computed === true };
      if (x.location) {
        const href = locationHref(data, x.location);
        if (href !== undefined) v.href = href;
        const where = data.documentById.get(x.location.document);
        if (where && x.location.lines && !v.computed) v.source = sourceRef(where.archive, x.location.lines);
      }
      return v;
    }),
    order,
  };
  const href = locationHref(data, f.location);
  if (href !== undefined) row.href = href;
  return row;
}

export function auditRows(data: SiteData): AuditRow[] {
  return siteFindings(data).flatMap((f, i) => auditRow(data, f, i) ?? []);
}
