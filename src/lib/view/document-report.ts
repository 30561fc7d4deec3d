/**
 * View model of an evaluation report (绩效评价报告): the report beside the project it
 * evaluates — dimension scores, total and rating, the figures it states next to the same
 * figures in the project's self-evaluation table, indicator results, sections verbatim.
 */
import type { DocumentOf } from '../../schemas/document';
import type { FundingLine } from '../../schemas/funding';
import type { IndicatorNode } from '../../schemas/indicator';
import type { StatedFigure } from '../../schemas/stated-figure';
import { parseAmount, parseRate, subtractValues, sumValues } from '../money';
import type { SiteData } from '../site/dataset';
import { anchorId, documentPath, projectPath, withBase } from '../site/urls';
import { type FindingLookup, type FindingView, noFindings } from './document-findings';
import { type CellView, cellView, notesOf, type SourceRef, sourceRef, yiEquivalent } from './document-cells';
import { type SectionView, sectionsView } from './document-final-accounts';
import { type ProjectDocument, type ProjectItem, projectItemsOf, projectSummary, type ProjectSummaryView, isProjectDocument } from './project';
import { topLine } from './project-funding';

export type ReportDocument = DocumentOf<'evaluation-report'>;

export interface DimensionRowView {
  id: string;
  anchor: string;
  name: string;
  /** 0 for a top dimension (决策), 1 for its sub-dimension (项目立项), 2 for a criterion. */
  depth: number;
  group: boolean;
  weight?: CellView;
  score?: CellView;
  /** Score below weight: the report deducted points here. */
  deducted: boolean;
  /** The reason the report gives (得分原因 / 扣分原因), verbatim. */
  reason?: string;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
}

export interface ComparisonRowView {
  id: string;
  anchor: string;
  label: string;
  report: { text: string; unit: string; yi?: string; source: SourceRef };
  table?: { label: string; text: string; unit: string; href: string };
  /** `same` / `different` when both are numbers; absent when there is no counterpart. */
  comparison?: 'same' | 'different';
  notes: string[];
  findings: FindingView[];
}

export interface ReportView {
  documentNumber: string;
  title: string;
  addressee?: string;
  matchedBy: string;
  project?: {
    id: string;
    name: string;
    href: string;
    documentTitle: string;
    documentHref: string;
    summary: ProjectSummaryView;
    totalScore?: CellView;
    rating?: string;
  };
  dimensions: DimensionRowView[];
  /** Sum of the top dimensions' scores and weights, as 明账 adds them. */
  dimensionSums: { score: string | null; weight: string | null };
  total: { score?: CellView; weight?: CellView; rating?: string; scoreComparison: 'same' | 'different' | 'unknown' };
  comparisons: ComparisonRowView[];
  indicatorResults: Array<{
    id: string;
    anchor: string;
    name: string;
    target?: string;
    actual?: string;
    verdict?: string;
    /** The same indicator in the project table: by the id the data gives, or by name when unique. */
    matched?: { name: string; target?: string; actual?: string; href: string; byName: boolean };
    notes: string[];
    source: SourceRef;
  }>;
  sections: SectionView[];
  notes: string[];
  source: SourceRef;
  /** Findings on the report as a whole. */
  findings: FindingView[];
  sentence: string;
}

function flatten(nodes: readonly IndicatorNode[], archive: string, findings: (sub: string) => FindingView[], depth = 0): DimensionRowView[] {
  return nodes.flatMap((n) => {
    const row: DimensionRowView = {
      id: n.id,
      anchor: anchorId('dimension', n.id),
      name: n.name,
      depth,
      group: n.kind === 'group',
      deducted: false,
      notes: notesOf(n),
      source: sourceRef(archive, n.source.lines),
      findings: findings(n.id),
    };
    if (n.weight !== undefined) row.weight = cellView(n.weight);
    if (n.score !== undefined) row.score = cellView(n.score);
    const w = n.weight === undefined ? undefined : parseAmount(n.weight);
    const s = n.score === undefined ? undefined : parseAmount(n.score);
    if (w?.kind === 'number' && s?.kind === 'number') row.deducted = subtractValues(w.value, s.value) !== '0';
    if (n.kind === 'indicator' && n.explanation) row.reason = n.explanation;
    return n.kind === 'group' ? [row, ...flatten(n.children, archive, findings, depth + 1)] : [row];
  });
}

function sumOf(cells: Array<string | undefined>): string | null {
  const values = cells.map((c) => (c === undefined ? undefined : parseAmount(c))).filter((r) => r?.kind === 'number');
  if (values.length === 0 || values.length !== cells.length) return null;
  return sumValues(values.map((r) => (r as { value: string }).value));
}

function same(a: string, b: string, rate: boolean): 'same' | 'different' | undefined {
  const ra = rate ? parseRate(a) : parseAmount(a);
  const rb = rate ? parseRate(b) : parseAmount(b);
  if ((ra.kind !== 'number' && ra.kind !== 'rate') || (rb.kind !== 'number' && rb.kind !== 'rate')) return undefined;
  return subtractValues(ra.value, rb.value) === '0' ? 'same' : 'different';
}

/** Which column of the project's funding line a report figure restates, if any. */
export function counterpartColumn(f: StatedFigure): { key: keyof FundingLine; label: string; rate: boolean } | undefined {
  if (/执行率/.test(f.label)) return { key: 'executionRate', label: '执行率', rate: true };
  if (f.topic !== 'funding' || f.parent !== undefined || f.unit !== '万元') return undefined;
  if (f.basis === 'year-start-budget') return { key: 'yearStartBudget', label: '年初预算数', rate: false };
  if (f.basis === 'budget') return { key: 'adjustedBudget', label: '全年预算数（A）', rate: false };
  if (f.basis === 'actual') return { key: 'executed', label: '全年执行数（B）', rate: false };
  return undefined;
}

const projectIndex = new WeakMap<SiteData, Map<string, ProjectDocument>>();

function findProject(data: SiteData, id: string) {
  let index = projectIndex.get(data);
  if (index === undefined) {
    index = new Map();
    for (const doc of data.documents) if (isProjectDocument(doc)) for (const x of projectItemsOf(doc)) index.set(x.item.id, doc);
    projectIndex.set(data, index);
  }
  const doc = index.get(id);
  if (doc === undefined) return undefined;
  const items = projectItemsOf(doc);
  const p = items.find((x) => x.item.id === id);
  return p ? { doc, p, items } : undefined;
}

export function reportView(data: SiteData, doc: ReportDocument, agencyName: string, findings: FindingLookup = noFindings): ReportView {
  const r = doc.report;
  const archive = doc.archive;
  const found = findProject(data, r.project);
  const top = found ? topLine(found.p.item.funding) : undefined;
  const projectHref = found ? withBase(projectPath(found.doc, found.p.item.id)) : undefined;

  const comparisons: ComparisonRowView[] = r.figures.map((f) => {
    const row: ComparisonRowView = {
      id: f.id,
      anchor: anchorId('figure', f.id),
      label: f.label,
      report: { text: f.value, unit: f.unit, source: sourceRef(archive, f.source.lines) },
      notes: notesOf(f),
      findings: findings(r.id, f.id),
    };
    const yi = yiEquivalent(f.value, f.unit);
    if (yi) row.report.yi = yi;
    const col = counterpartColumn(f);
    const cell = col && top ? top[col.key] : undefined;
    if (col && typeof cell === 'string' && projectHref && found) {
      row.table = { label: `${col.label}（${top?.label ?? ''}）`, text: cell, unit: col.rate ? '' : found.p.item.funding.unit, href: `${projectHref}#funding` };
      const c = same(f.value, cell, col.rate);
      if (c) row.comparison = c;
    }
    return row;
  });

  const view: ReportView = {
    documentNumber: r.documentNumber,
    title: r.title,
    matchedBy: r.matchedBy,
    dimensions: flatten(r.dimensions, archive, (sub) => findings(r.id, sub)),
    dimensionSums: { score: sumOf(r.dimensions.map((d) => d.score)), weight: sumOf(r.dimensions.map((d) => d.weight)) },
    total: { scoreComparison: 'unknown' },
    comparisons,
    indicatorResults: (r.indicatorResults ?? []).map((ir) => {
      const out: ReportView['indicatorResults'][number] = {
        id: ir.id,
        anchor: anchorId('result', ir.id),
        name: ir.name,
        notes: notesOf(ir),
        source: sourceRef(archive, ir.source.lines),
      };
      if (ir.target !== undefined) out.target = ir.target;
      if (ir.actual !== undefined) out.actual = ir.actual;
      if (ir.verdict !== undefined) out.verdict = ir.verdict;
      if (found && projectHref) {
        const byName = ir.indicator === undefined;
        const leaf = byName ? findLeafByName(found.p, ir.name) : findLeaf(found.p, ir.indicator as string);
        if (leaf) {
          const m: NonNullable<typeof out.matched> = { name: leaf.name, href: `${projectHref}#${leaf.id}`, byName };
          if (leaf.target !== undefined) m.target = leaf.target;
          if (leaf.actual !== undefined) m.actual = leaf.actual;
          out.matched = m;
        }
      }
      return out;
    }),
    sections: sectionsView(r.sections, archive),
    notes: notesOf(r),
    source: sourceRef(archive, r.source.lines),
    findings: findings(r.id, undefined),
    sentence: '',
  };
  if (r.addressee !== undefined) view.addressee = r.addressee;
  if (r.totalScore !== undefined) view.total.score = cellView(r.totalScore);
  if (r.totalWeight !== undefined) view.total.weight = cellView(r.totalWeight);
  if (r.rating !== undefined) view.total.rating = r.rating;
  if (found && projectHref) {
    const summary = projectSummary(found.doc, found.p, found.items);
    view.project = {
      id: found.p.item.id,
      name: found.p.item.name,
      href: projectHref,
      documentTitle: found.doc.title,
      documentHref: withBase(documentPath(found.doc)),
      summary,
    };
    if (summary.totalScore) view.project.totalScore = summary.totalScore;
    if (summary.rating) view.project.rating = summary.rating;
    if (r.totalScore !== undefined && found.p.kind === 'evaluation' && found.p.item.totalScore !== undefined) {
      view.total.scoreComparison = same(r.totalScore, found.p.item.totalScore, false) ?? 'unknown';
    }
  }
  view.sentence = reportSentence(agencyName, doc.fiscalYear, view);
  return view;
}

function findLeaf(p: ProjectItem, id: string) {
  const walk = (nodes: readonly IndicatorNode[]): (IndicatorNode & { kind: 'indicator' }) | undefined => {
    for (const n of nodes) {
      if (n.kind === 'indicator' && n.id === id) return n as IndicatorNode & { kind: 'indicator' };
      if (n.kind === 'group') {
        const hit = walk(n.children);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(p.item.indicators);
}

const compact = (name: string) => name.replace(/\s+/gu, '');

/** The project's indicator whose name, spaces aside, is the report's wording — only when exactly one is. */
function findLeafByName(p: ProjectItem, name: string) {
  const hits: Array<IndicatorNode & { kind: 'indicator' }> = [];
  const walk = (nodes: readonly IndicatorNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'indicator' && compact(n.name) === compact(name)) hits.push(n as IndicatorNode & { kind: 'indicator' });
      if (n.kind === 'group') walk(n.children);
    }
  };
  walk(p.item.indicators);
  return hits.length === 1 ? hits[0] : undefined;
}

export function reportSentence(agencyName: string, year: number, v: ReportView): string {
  const name = v.project ? `“${v.project.name}”` : '该项目';
  const score = v.total.score ? `总分 ${v.total.score.text}${v.total.weight ? `（满分 ${v.total.weight.text}）` : ''}` : '未写总分';
  const rating = v.total.rating ? `，等级“${v.total.rating}”` : '';
  let vs = '';
  if (v.project?.totalScore && v.total.scoreComparison === 'different') vs = `；同一项目的自评表总分为 ${v.project.totalScore.text}`;
  return `${agencyName}对 ${year} 年${name}的绩效评价报告（${v.documentNumber}）：${score}${rating}${vs}。`;
}
