/**
 * View model of an indicator tree (绩效指标): sections by 一级 / 二级 group, one card per
 * indicator with its place in the tree, target and actual as published, 明账's reading and
 * status in words, weight and score, and the sums of weights and scores.
 */
import type { Indicator, IndicatorGroup, IndicatorNode } from '../../schemas/indicator';
import { normaliseExpression } from '../indicator-text';
import { parseAmount, sumValues } from '../money';
import { anchorId } from '../site/urls';
import { type CellView, cellView, notesOf, type SourceRef, sourceRef } from './document-cells';
import type { FindingLookup, FindingView } from './document-findings';
import { type Assess, assessIndicator, type IndicatorStatus, readingText } from './indicator-assessment';

export const statusWords: Record<IndicatorStatus, string> = {
  met: '已达成',
  missed: '未达成',
  unknown: '无法判断',
};

/** What the page says about the explanation column (偏差原因分析及改进措施). */
export type ExplanationView = { state: 'absent' } | { state: 'empty' } | { state: 'text'; text: string };

export interface IndicatorCardView {
  id: string;
  anchor: string;
  name: string;
  /** Group names above it, top first. */
  path: string[];
  target?: string;
  actual?: string;
  /** 明账's reading of the target (`≥ 90%`), and of the actual. */
  targetReading?: string;
  actualReading?: string;
  /** Actual ÷ target, computed, where both are single figures in one unit. */
  ratio?: string;
  /** Absent for targets-only tables and placeholder rows. */
  assessment?: {
    status: IndicatorStatus;
    words: string;
    reason: string;
  };
  weight?: CellView;
  score?: CellView;
  explanation: ExplanationView;
  placeholder: boolean;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
}

export interface IndicatorSectionView {
  id: string;
  anchor: string;
  name: string;
  code?: string;
  /** 1 for 一级, 2 for 二级 … */
  depth: number;
  weight?: CellView;
  score?: CellView;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
  /** Indicators directly in this group. */
  indicators: IndicatorCardView[];
  subsections: IndicatorSectionView[];
}

export interface IndicatorCounts {
  total: number;
  met: number;
  missed: number;
  unknown: number;
  placeholder: number;
}

/** A sum over a column, and how many cells it could not include. */
export interface ColumnSum {
  /** Exact sum of the numeric cells, plain decimal text. */
  sum: string;
  /** Cells that held a number. */
  counted: number;
  /** Cells that were blank, a dash, or absent. */
  missing: number;
}

export interface IndicatorTreeView {
  /** Indicators at the top level, outside any group. */
  indicators: IndicatorCardView[];
  sections: IndicatorSectionView[];
  counts: IndicatorCounts;
  weightSum: ColumnSum;
  scoreSum: ColumnSum;
  /** Whether any indicator has an actual value column (false for targets-only tables). */
  hasActuals: boolean;
  /** Whether any indicator has weights / scores. */
  hasWeights: boolean;
  hasScores: boolean;
}

export interface IndicatorTreeOptions {
  archive: string;
  /** Anchor prefix, so ids stay unique when two trees share a page. */
  prefix?: string;
  /** Targets-only: no actuals, so no status. */
  targetsOnly?: boolean;
  assess?: Assess;
  /** Findings of the audit, and the item (project, evaluation, report) the tree belongs to. */
  findings?: FindingLookup;
  item?: string;
}

function sumColumn(cells: Array<string | undefined>): ColumnSum {
  const values: string[] = [];
  let missing = 0;
  for (const c of cells) {
    const r = c === undefined ? undefined : parseAmount(c);
    if (r?.kind === 'number') values.push(r.value);
    else missing += 1;
  }
  return { sum: sumValues(values), counted: values.length, missing };
}

export function indicatorTreeView(tree: readonly IndicatorNode[], options: IndicatorTreeOptions): IndicatorTreeView {
  const assess = options.assess ?? assessIndicator;
  const anchor = (id: string) => (options.prefix ? anchorId(options.prefix, id) : id);
  const findingsOf = (id: string) => options.findings?.(options.item, id) ?? [];
  const all: IndicatorCardView[] = [];
  const leaves: Indicator[] = [];

  const card = (ind: Indicator, path: string[]): IndicatorCardView => {
    const placeholder = ind.placeholder === true;
    const explanation: ExplanationView =
      ind.explanation === undefined ? { state: 'absent' } : ind.explanation.trim() === '' ? { state: 'empty' } : { state: 'text', text: ind.explanation };
    const view: IndicatorCardView = {
      id: ind.id,
      anchor: anchor(ind.id),
      name: ind.name,
      path,
      explanation,
      placeholder,
      notes: notesOf(ind),
      source: sourceRef(options.archive, ind.source.lines),
      findings: findingsOf(ind.id),
    };
    if (ind.target !== undefined) view.target = ind.target;
    if (ind.actual !== undefined) view.actual = ind.actual;
    if (ind.weight !== undefined) view.weight = cellView(ind.weight);
    if (ind.score !== undefined) view.score = cellView(ind.score);
    if (placeholder) {
      // A row of zeros standing in for an indicator: nothing to read.
    } else if (options.targetsOnly) {
      const t = readingText(ind.target);
      if (t !== undefined && ind.target !== undefined && normaliseExpression(t) !== normaliseExpression(ind.target)) view.targetReading = t;
    } else {
      const a = assess(ind, { path });
      view.assessment = { status: a.status, words: statusWords[a.status], reason: a.reason };
      if (a.targetReading !== undefined) view.targetReading = a.targetReading;
      if (a.actualReading !== undefined) view.actualReading = a.actualReading;
      if (a.ratio !== undefined) view.ratio = a.ratio;
    }
    all.push(view);
    leaves.push(ind);
    return view;
  };

  const section = (g: IndicatorGroup, path: string[], depth: number): IndicatorSectionView => {
    const here = [...path, g.name];
    const view: IndicatorSectionView = {
      id: g.id,
      anchor: anchor(g.id),
      name: g.name,
      depth,
      notes: notesOf(g),
      source: sourceRef(options.archive, g.source.lines),
      findings: findingsOf(g.id),
      indicators: [],
      subsections: [],
    };
    if (g.code !== undefined) view.code = g.code;
    if (g.weight !== undefined) view.weight = cellView(g.weight);
    if (g.score !== undefined) view.score = cellView(g.score);
    for (const child of g.children) {
      if (child.kind === 'group') view.subsections.push(section(child, here, depth + 1));
      else view.indicators.push(card(child as Indicator, here));
    }
    return view;
  };

  const top: IndicatorCardView[] = [];
  const sections: IndicatorSectionView[] = [];
  for (const node of tree) {
    if (node.kind === 'group') sections.push(section(node, [], 1));
    else top.push(card(node as Indicator, []));
  }

  const assessed = all.filter((c) => c.assessment !== undefined);
  const counts: IndicatorCounts = {
    total: all.filter((c) => !c.placeholder).length,
    met: assessed.filter((c) => c.assessment?.status === 'met').length,
    missed: assessed.filter((c) => c.assessment?.status === 'missed').length,
    unknown: assessed.filter((c) => c.assessment?.status === 'unknown').length,
    placeholder: all.filter((c) => c.placeholder).length,
  };
  const real = leaves.filter((l) => l.placeholder !== true);
  return {
    indicators: top,
    sections,
    counts,
    weightSum: sumColumn(real.map((l) => l.weight)),
    scoreSum: sumColumn(real.map((l) => l.score)),
    hasActuals: real.some((l) => l.actual !== undefined),
    hasWeights: real.some((l) => l.weight !== undefined),
    hasScores: real.some((l) => l.score !== undefined),
  };
}

/** “25 项指标：22 项已达成，1 项未达成，2 项无法判断” (targets-only: “25 项指标”). */
export function countsSentence(counts: IndicatorCounts, targetsOnly = false): string {
  if (targetsOnly || counts.met + counts.missed + counts.unknown === 0) return `${counts.total} 项指标`;
  const parts = [`${counts.met} 项已达成`, `${counts.missed} 项未达成`, `${counts.unknown} 项无法判断`];
  return `${counts.total} 项指标：${parts.join('，')}`;
}
