/**
 * View model of a department-wide self-evaluation (部门整体支出绩效自评): funding, tasks,
 * indicators, total score against the sum of its parts, rating, sections.
 */
import type { DocumentOf } from '../../schemas/document';
import { executionFigures } from '../funding-execution';
import { type CellView, cellView, derivedRate, type DerivedView, notesOf, paragraphs, type SourceRef, sourceRef } from './document-cells';
import { type FindingLookup, type FindingView, noFindings } from './document-findings';
import { type SectionView, sectionsView } from './document-final-accounts';
import { countsSentence, indicatorTreeView, type IndicatorTreeView } from './indicator';
import { type TotalCheckView, totalCheck } from './project';
import { fundingView, type FundingView, topLine } from './project-funding';

export type DepartmentDocument = DocumentOf<'department-evaluation'>;

export interface TaskView {
  id: string;
  anchor: string;
  name: string;
  content?: string;
  budget?: CellView;
  executed?: CellView;
  executionRate?: CellView;
  rateOfBudget?: DerivedView;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
}

export interface DepartmentView {
  title: string;
  department?: string;
  unit?: string;
  funding?: FundingView;
  tasks: TaskView[];
  tasksTotalLine?: string;
  goal: string[];
  outcome: string[];
  indicators: IndicatorTreeView;
  scoreCheck?: TotalCheckView;
  weightCheck?: TotalCheckView;
  rating?: string;
  sections: SectionView[];
  notes: string[];
  source: SourceRef;
  /** Findings on the evaluation as a whole. */
  findings: FindingView[];
  sentence: string;
}

export function departmentView(doc: DepartmentDocument, agencyName: string, findings: FindingLookup = noFindings): DepartmentView {
  const e = doc.evaluation;
  const archive = doc.archive;
  const unit = e.unit ?? e.funding?.unit ?? '万元';
  const tree = indicatorTreeView(e.indicators, { archive, findings, item: e.id });
  const top = e.funding ? topLine(e.funding) : undefined;
  const executionCounts = top?.score !== undefined;
  const view: DepartmentView = {
    title: e.title,
    tasks: e.tasks.map((t) => {
      const v: TaskView = { id: t.id, anchor: `task--${t.id}`, name: t.name, notes: notesOf(t), source: sourceRef(archive, t.source.lines), findings: findings(e.id, t.id) };
      if (t.content !== undefined) v.content = t.content;
      if (t.budget !== undefined) v.budget = cellView(t.budget, unit);
      if (t.executed !== undefined) v.executed = cellView(t.executed, unit);
      if (t.executionRate !== undefined) v.executionRate = cellView(t.executionRate);
      if (t.executed !== undefined) v.rateOfBudget = derivedRate(executionFigures({ adjustedBudget: t.budget, executed: t.executed }).rateOfAdjustedBudget);
      return v;
    }),
    goal: paragraphs(e.goal),
    outcome: paragraphs(e.outcome),
    indicators: tree,
    sections: sectionsView(e.sections ?? [], archive),
    notes: notesOf(e),
    source: sourceRef(archive, e.source.lines),
    findings: findings(e.id, undefined),
    sentence: '',
  };
  if (e.department !== undefined) view.department = e.department;
  if (e.unit !== undefined) view.unit = e.unit;
  if (e.funding) view.funding = fundingView(e.funding, { archive, findings, item: e.id });
  if (e.tasksTotalLine !== undefined) view.tasksTotalLine = e.tasksTotalLine;
  if (e.rating !== undefined) view.rating = e.rating;
  if (e.totalScore !== undefined || tree.hasScores) view.scoreCheck = totalCheck('总分（得分）', e.totalScore, tree.scoreSum, top?.score, executionCounts, '得分');
  if (e.totalWeight !== undefined) view.weightCheck = totalCheck('总分值', e.totalWeight, tree.weightSum, top?.weight, executionCounts, '分值');

  const parts: string[] = [];
  const t = view.funding?.top;
  const a = t?.cells.adjustedBudget;
  const b = t?.cells.executed;
  if (a?.kind === 'number') parts.push(`全年预算 ${a.text} ${unit}${a.yi ? `（${a.yi}）` : ''}`);
  if (b?.kind === 'number') parts.push(`执行 ${b.text} ${unit}${b.yi ? `（${b.yi}）` : ''}`);
  if (t?.execution?.rateOfAdjusted.known) parts.push(`执行率 ${t.execution.rateOfAdjusted.text}（明账计算）`);
  if (e.totalScore !== undefined) parts.push(`自评总分 ${e.totalScore}`);
  const counts = tree.counts.total > 0 ? `；${countsSentence(tree.counts)}` : '';
  view.sentence = `${doc.fiscalYear} 年，${agencyName}部门整体支出${parts.length ? parts.join('，') : '的绩效自评'}${counts}。这里的部门整体支出含转移下级的项目资金，不同于部门决算的本部门支出。`;
  return view;
}

