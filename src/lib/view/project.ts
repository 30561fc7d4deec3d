/**
 * Projects inside documents: the project targets (001), project self-evaluations (000, 003,
 * 004) and transfer-payment evaluations (000), seen alike where they are alike (a funding
 * block, an indicator tree) and apart where they differ. The summary of one project (the
 * row of a document's project table) and the project page are built here.
 */
import { toDec } from '../decimal';
import { executionFigures } from '../funding-execution';
import { parseAmount, subtractValues, sumValues } from '../money';
import type { SiteData } from '../site/dataset';
import type { DisclosureDocument } from '../../schemas/document';
import { documentPath, projectPath, withBase } from '../site/urls';
import { type CellView, cellView, derivedAmount, derivedRate, type DerivedView, notesOf, paragraphs, type SourceRef, sourceRef } from './document-cells';
import { documentFindings, type FindingView } from './document-findings';
import { countsSentence, type IndicatorCounts, indicatorTreeView, type IndicatorTreeView } from './indicator';
import { isProjectDocument, type ProjectDocument, type ProjectItem, projectItemsOf, shortProjectId } from './project-items';
import { annualLine, fundingView, type FundingView, topLine } from './project-funding';

export { isProjectDocument, type ProjectDocument, type ProjectItem, projectItemsOf, shortProjectId };

/** Every project page of the site. */
export function projectPages(data: SiteData): Array<{ doc: ProjectDocument; project: ProjectItem }> {
  return data.documents.filter(isProjectDocument).flatMap((doc) => projectItemsOf(doc).map((project) => ({ doc, project })));
}

export const projectKindWords: Record<ProjectItem['kind'], string> = {
  target: '项目绩效目标',
  evaluation: '项目绩效自评',
  'transfer-payment': '转移支付绩效自评',
};

/** One project as a row of its document's summary table and as a card. */
export interface ProjectSummaryView {
  id: string;
  shortId: string;
  kind: ProjectItem['kind'];
  name: string;
  href: string;
  /** Short ids of other projects of the same document with the same name. */
  sameNameAs: string[];
  unit: string;
  yearStart?: CellView;
  adjusted?: CellView;
  executed?: CellView;
  publishedRate?: CellView;
  /** Targets: the year's money (年度资金总额 / 项目总额). */
  amount?: CellView;
  /** Targets: 项目总额 (may span several years). */
  projectTotal?: CellView;
  /** Targets: 本级资金 and 转移市县（区）资金 of the year's money. */
  ownLevel?: CellView;
  transferDown?: CellView;
  rateOfAdjusted?: DerivedView;
  rateOfYearStart?: DerivedView;
  unspent?: DerivedView;
  /** Execution score and weight (分值 / 得分 of the funding block's top line). */
  executionScore?: CellView;
  executionWeight?: CellView;
  totalScore?: CellView;
  rating?: string;
  counts: IndicatorCounts;
  countsText: string;
  goal?: string;
  /** Money printed beside the block but outside A (000's 8603.01 上年结转资金). */
  outsideBudget: Array<{ label: string; amount: CellView }>;
}

function indicatorsOf(p: ProjectItem) {
  return p.item.indicators;
}

export function projectSummary(doc: ProjectDocument, p: ProjectItem, siblings: readonly ProjectItem[] = projectItemsOf(doc)): ProjectSummaryView {
  const funding = p.item.funding;
  const top = topLine(funding);
  const tree = indicatorTreeView(indicatorsOf(p), { archive: doc.archive, targetsOnly: p.kind === 'target' });
  const view: ProjectSummaryView = {
    id: p.item.id,
    shortId: shortProjectId(p.item.id),
    kind: p.kind,
    name: p.item.name,
    href: withBase(projectPath(doc, p.item.id)),
    sameNameAs: siblings.filter((s) => s.item.id !== p.item.id && s.item.name === p.item.name).map((s) => shortProjectId(s.item.id)),
    unit: funding.unit,
    counts: tree.counts,
    countsText: countsSentence(tree.counts, p.kind === 'target'),
    outsideBudget: (funding.outsideBudget ?? []).map((o) => ({ label: o.label, amount: cellView(o.amount, funding.unit) })),
  };
  if (top) {
    if (top.yearStartBudget !== undefined) view.yearStart = cellView(top.yearStartBudget, funding.unit);
    if (top.adjustedBudget !== undefined) view.adjusted = cellView(top.adjustedBudget, funding.unit);
    if (top.executed !== undefined) view.executed = cellView(top.executed, funding.unit);
    if (top.executionRate !== undefined) view.publishedRate = cellView(top.executionRate);
    if (top.score !== undefined) view.executionScore = cellView(top.score);
    if (top.weight !== undefined) view.executionWeight = cellView(top.weight);
    if (top.executed !== undefined) {
      const f = executionFigures(top);
      view.rateOfAdjusted = derivedRate(f.rateOfAdjustedBudget);
      view.rateOfYearStart = derivedRate(f.rateOfYearStartBudget);
      view.unspent = derivedAmount(f.unspent, funding.unit);
    }
  }
  const annual = annualLine(funding);
  if (annual?.amount !== undefined) view.amount = cellView(annual.amount, funding.unit);
  if (top?.amount !== undefined && top !== annual) view.projectTotal = cellView(top.amount, funding.unit);
  const own = funding.lines.find((l) => l.role === 'own-level');
  const down = funding.lines.find((l) => l.role === 'transfer-down');
  if (own?.amount !== undefined) view.ownLevel = cellView(own.amount, funding.unit);
  if (down?.amount !== undefined) view.transferDown = cellView(down.amount, funding.unit);
  if (p.kind === 'evaluation') {
    if (p.item.totalScore !== undefined) view.totalScore = cellView(p.item.totalScore);
    if (p.item.rating !== undefined) view.rating = p.item.rating;
    if (p.item.goal !== undefined) view.goal = p.item.goal;
  } else if (p.kind === 'target') {
    view.goal = p.item.overallGoal;
  } else if (p.item.overallGoal !== undefined) {
    view.goal = p.item.overallGoal;
  }
  return view;
}

/** The stated total set against 明账's sum of its parts. */
export interface TotalCheckView {
  /** `总分` / `总分值`. */
  label: string;
  stated?: CellView;
  /** Plain decimal text of the sum, or null when nothing could be added. */
  computed: string | null;
  /** How the sum was made, in words (`指标得分 90 + 执行率得分 10`). */
  how: string;
  /** `same` / `different` / `unknown`. */
  comparison: 'same' | 'different' | 'unknown';
  /** Cells that could not be added (blank or missing). */
  missing: number;
}

function compare(stated: string | undefined, computed: string | null): TotalCheckView['comparison'] {
  if (stated === undefined || computed === null) return 'unknown';
  const r = parseAmount(stated);
  if (r.kind !== 'number') return 'unknown';
  return subtractValues(r.value, computed) === '0' ? 'same' : 'different';
}

export function totalCheck(
  label: string,
  stated: string | undefined,
  indicatorSum: { sum: string; counted: number; missing: number },
  execution: string | undefined,
  executionInTotal: boolean,
  partWord: string,
): TotalCheckView {
  const parts = [indicatorSum.sum];
  let how = `指标${partWord}合计 ${indicatorSum.sum}`;
  let missing = indicatorSum.missing;
  if (executionInTotal) {
    const e = execution === undefined ? undefined : parseAmount(execution);
    if (e?.kind === 'number') {
      parts.push(e.value);
      how += ` + 资金执行率${partWord} ${e.text}`;
    } else {
      missing += 1;
      how += `（资金执行率${partWord}未填）`;
    }
  }
  const computed = indicatorSum.counted === 0 ? null : sumValues(parts);
  const view: TotalCheckView = { label, computed, how, comparison: compare(stated, computed), missing };
  if (stated !== undefined) view.stated = cellView(stated);
  return view;
}

export interface EvaluatedByView {
  documentNumber: string;
  title: string;
  href: string;
  totalScore?: string;
  totalWeight?: string;
  rating?: string;
}

const reportIndex = new WeakMap<SiteData, Map<string, DisclosureDocument[]>>();

/** The evaluation reports that name a project as the one they evaluate. */
export function reportsOf(data: SiteData, projectId: string): EvaluatedByView[] {
  let index = reportIndex.get(data);
  if (index === undefined) {
    index = new Map();
    for (const d of data.documents) {
      if (d.kind !== 'evaluation-report' || d.report.project === undefined) continue;
      const list = index.get(d.report.project);
      if (list) list.push(d);
      else index.set(d.report.project, [d]);
    }
    reportIndex.set(data, index);
  }
  return (index.get(projectId) ?? []).flatMap((d) => {
    if (d.kind !== 'evaluation-report') return [];
    const v: EvaluatedByView = { documentNumber: d.report.documentNumber, title: d.report.title, href: withBase(documentPath(d)) };
    if (d.report.totalScore !== undefined) v.totalScore = d.report.totalScore;
    if (d.report.totalWeight !== undefined) v.totalWeight = d.report.totalWeight;
    if (d.report.rating !== undefined) v.rating = d.report.rating;
    return [v];
  });
}

export interface TextBlockView {
  id: string;
  anchor: string;
  heading: string;
  paragraphs: string[];
  notes: string[];
  source?: SourceRef;
}

export interface MetaEntry {
  term: string;
  value: string;
}

export interface ProjectPageView {
  kind: ProjectItem['kind'];
  id: string;
  name: string;
  summary: ProjectSummaryView;
  /** One plain sentence for the public. */
  sentence: string;
  document: { title: string; kindName: string; href: string };
  /** Other projects of the document with the same name, to tell them apart. */
  sameName: Array<{ id: string; shortId: string; href: string; adjusted?: CellView; amount?: CellView }>;
  meta: MetaEntry[];
  funding: FundingView;
  /** 年度总体目标 / 总体目标, and 实际完成情况. */
  texts: TextBlockView[];
  management: Array<{ id: string; anchor: string; name: string; description: string; problems: { state: 'absent' | 'empty' | 'text'; text: string }; notes: string[]; source: SourceRef }>;
  indicators: IndicatorTreeView;
  targetsOnly: boolean;
  scoreCheck?: TotalCheckView;
  weightCheck?: TotalCheckView;
  executionScoreInTotal?: boolean;
  rating?: string;
  reports: EvaluatedByView[];
  sections: TextBlockView[];
  figures: Array<{ id: string; anchor: string; label: string; value: string; unit: string; quote: string; notes: string[]; source: SourceRef; findings: FindingView[] }>;
  notes: string[];
  source: SourceRef;
  /** Findings on the project as a whole, and those no slot on the page took. */
  findings: FindingView[];
  /** Every finding of the project, for the list at the top. */
  allFindings: FindingView[];
  previous?: { name: string; href: string; shortId: string };
  next?: { name: string; href: string; shortId: string };
}

function money(v: CellView | undefined, unit: string): string | undefined {
  if (v === undefined || v.kind !== 'number') return undefined;
  return `${v.text} ${unit}`;
}

/** The one-sentence summary of a project for the public. */
export function projectSentence(year: number, s: ProjectSummaryView): string {
  if (s.kind === 'target') {
    const amount = money(s.amount, s.unit);
    return `${year} 年，“${s.name}”${amount ? `安排资金 ${amount}${s.amount?.yi ? `（${s.amount.yi}）` : ''}，` : ''}设定了 ${s.counts.total} 项绩效指标（这是年初的目标，尚无完成情况）。`;
  }
  const parts: string[] = [];
  const adjusted = money(s.adjusted, s.unit);
  const yearStart = money(s.yearStart, s.unit);
  const executed = money(s.executed, s.unit);
  if (adjusted) parts.push(`全年预算 ${adjusted}${yearStart && s.yearStart?.text !== s.adjusted?.text ? `（年初 ${yearStart}）` : ''}`);
  if (executed) parts.push(`执行 ${executed}`);
  if (s.rateOfAdjusted?.known) parts.push(`执行率 ${s.rateOfAdjusted.text}（明账按 B/A 计算）`);
  if (s.unspent?.known && s.unspent.value !== undefined && !toDec(s.unspent.value).isZero()) {
    parts.push(`${toDec(s.unspent.value).isNegative() ? '超支' : '未执行'} ${s.unspent.text.replace(/^-/, '')}`);
  }
  const money_ = parts.length > 0 ? `${parts.join('，')}；` : '';
  const counts = s.counts.met + s.counts.missed + s.counts.unknown > 0 ? countsSentence(s.counts) : `${s.counts.total} 项指标`;
  return `${year} 年，“${s.name}”${money_}${counts}。`;
}

export function projectPageView(data: SiteData, doc: ProjectDocument, projectId: string): ProjectPageView {
  const items = projectItemsOf(doc);
  const index = items.findIndex((p) => p.item.id === projectId);
  const p = items[index];
  if (p === undefined) throw new Error(`project ${projectId} is not in document ${doc.id}`);
  const archive = doc.archive;
  const summary = projectSummary(doc, p, items);
  const df = documentFindings(data, doc.id);
  const item = p.item.id;
  const tree = indicatorTreeView(p.item.indicators, { archive, targetsOnly: p.kind === 'target', findings: df.lookup, item });
  const meta: MetaEntry[] = [{ term: '编号（明账）', value: p.item.id }];
  const texts: TextBlockView[] = [];
  const block = (id: string, heading: string, text: string | undefined) => {
    if (text === undefined) return;
    texts.push({ id, anchor: id, heading, paragraphs: paragraphs(text), notes: [] });
  };
  let management: ProjectPageView['management'] = [];
  let sections: TextBlockView[] = [];
  let figures: ProjectPageView['figures'] = [];

  if (p.kind === 'transfer-payment') {
    const t = p.item;
    if (t.title) meta.push({ term: '表名', value: t.title });
    if (t.centralDepartment) meta.push({ term: '中央主管部门', value: t.centralDepartment });
    if (t.localDepartment !== undefined) meta.push({ term: '地方主管部门', value: t.localDepartment === '' ? '（空白）' : t.localDepartment });
    if (t.fundUsers) meta.push({ term: '资金使用单位', value: t.fundUsers });
    block('goal', '总体目标', t.overallGoal);
    block('outcome', '全年实际完成情况', t.overallOutcome);
    management = t.management.map((m) => ({
      id: m.id,
      anchor: `management--${m.id}`,
      name: m.name,
      description: m.description,
      problems: m.problems === undefined ? { state: 'absent', text: '' } : m.problems.trim() === '' ? { state: 'empty', text: '' } : { state: 'text', text: m.problems },
      notes: notesOf(m),
      source: sourceRef(archive, m.source.lines),
    }));
  } else {
    const it = p.item;
    if (it.supervisingDepartment) meta.push({ term: '主管部门', value: it.supervisingDepartment });
    if (it.implementingUnit) meta.push({ term: '实施单位', value: it.implementingUnit });
    if (p.kind === 'target') {
      if (p.item.attribute) meta.push({ term: '项目属性', value: p.item.attribute });
      if (p.item.period) meta.push({ term: '项目期', value: p.item.period });
      block('goal', '年度总体绩效目标', p.item.overallGoal);
    } else {
      block('goal', '年度总体目标（预期目标）', p.item.goal);
      block('outcome', '实际完成情况', p.item.outcome);
      sections = (p.item.sections ?? []).map((s) => ({
        id: s.id,
        anchor: `section--${s.id}`,
        heading: s.heading,
        paragraphs: paragraphs(s.body),
        notes: notesOf(s),
        source: sourceRef(archive, s.source.lines),
      }));
    }
    figures = (it.figures ?? []).map((f) => ({
      id: f.id,
      anchor: `figure--${f.id}`,
      label: f.label,
      value: f.value,
      unit: f.unit,
      quote: f.quote,
      notes: notesOf(f),
      source: sourceRef(archive, f.source.lines),
      findings: df.lookup(item, f.id),
    }));
  }

  const view: ProjectPageView = {
    kind: p.kind,
    id: p.item.id,
    name: p.item.name,
    summary,
    sentence: projectSentence(doc.fiscalYear, summary),
    document: { title: doc.title, kindName: projectKindWords[p.kind], href: withBase(documentPath(doc)) },
    sameName: items
      .filter((s) => s.item.id !== p.item.id && s.item.name === p.item.name)
      .map((s) => {
        const other = projectSummary(doc, s, items);
        const entry: ProjectPageView['sameName'][number] = { id: other.id, shortId: other.shortId, href: other.href };
        if (other.adjusted) entry.adjusted = other.adjusted;
        if (other.amount) entry.amount = other.amount;
        return entry;
      }),
    meta,
    funding: fundingView(p.item.funding, { archive, findings: df.lookup, item }),
    texts,
    management,
    indicators: tree,
    targetsOnly: p.kind === 'target',
    reports: reportsOf(data, p.item.id),
    sections,
    figures,
    notes: notesOf(p.item),
    source: sourceRef(archive, p.item.source.lines),
    findings: [],
    allFindings: df.all.filter((f) => f.item === item),
  };
  const own = df.lookup(item, undefined);
  view.findings = [...own, ...view.allFindings.filter((f) => !df.placed.has(f.id))];
  if (p.kind === 'evaluation') {
    const e = p.item;
    const top = topLine(e.funding);
    view.executionScoreInTotal = e.executionScoreInTotal;
    if (e.rating !== undefined) view.rating = e.rating;
    if (e.totalScore !== undefined || tree.hasScores) {
      view.scoreCheck = totalCheck('总分（得分）', e.totalScore, tree.scoreSum, top?.score, e.executionScoreInTotal, '得分');
    }
    if (e.totalWeight !== undefined) {
      view.weightCheck = totalCheck('总分值', e.totalWeight, tree.weightSum, top?.weight, e.executionScoreInTotal, '分值');
    }
  }
  const prev = items[index - 1];
  const next = items[index + 1];
  if (prev) view.previous = { name: prev.item.name, shortId: shortProjectId(prev.item.id), href: withBase(projectPath(doc, prev.item.id)) };
  if (next) view.next = { name: next.item.name, shortId: shortProjectId(next.item.id), href: withBase(projectPath(doc, next.item.id)) };
  return view;
}
