/**
 * The cross-agency comparison page: program families across agencies, levels and years; the
 * same indicator across agencies; the distribution of execution rates. A comparison is drawn
 * only where it means something; where years, document kinds, units or bases differ the page
 * says so, and where they make a comparison misleading it is refused (不可比) with the reason.
 * Every comparison drawn or refused is listed (`comparisons`).
 */
import { agencyLevels } from '../../schemas/agency';
import type { DisclosureDocument } from '../../schemas/document';
import type { IndicatorNode } from '../../schemas/indicator';
import type { ExecutionRateDatum } from '../charts/execution-rates';
import { executionFigures } from '../funding-execution';
import { type EvaluationStatus, evaluateIndicator } from '../indicator-evaluation';
import { isFigureReading, readIndicatorExpression, readIndicatorName } from '../indicator-expression';
import { leavesOf } from '../indicator-tree';
import type { SiteData } from '../site/dataset';
import { agencyPath, withBase } from '../site/urls';
import { type CellView, cellView, derivedRate, type DerivedView } from './document-cells';
import { locationHref } from './document-findings';
import { familyOf, programFamilies } from './compare-families';
import { indicatorTopics } from './compare-topics';
import { executionLine, statusWords } from './findings';
import { annualLine } from './project-funding';
import { type ComparisonEntry, drawn as drawnAt, refused as refusedAt } from './compare-entry';
import { isProjectDocument, projectItemsOf } from './project-items';

export type { ComparisonEntry } from './compare-entry';

const drawn = (title: string, reasons: string[], anchor: string) => drawnAt(title, reasons, `#${anchor}`);
const refused = (title: string, reasons: string[], anchor: string) => refusedAt(title, reasons, `#${anchor}`);

export interface AgencyRef {
  slug: string;
  name: string;
  shortName: string;
  level: string;
  levelWords: string;
  href: string;
}

function agencyRef(data: SiteData, slug: string): AgencyRef {
  const a = data.agencyBySlug.get(slug);
  const level = a?.level ?? 'county';
  return { slug, name: a?.name ?? slug, shortName: a?.shortName ?? a?.name ?? slug, level, levelWords: agencyLevels[level], href: withBase(agencyPath(slug)) };
}

const listYears = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => a - b);
const joinWords = (words: Iterable<string>) => [...new Set(words)].join('、');
/**
 * Names in a verdict: listed up to a dozen, counted beyond (at national scale one year of a
 * family has thousands of agencies; every one is in the tables and on the province pages).
 */
const MAX_NAMED = 12;
const nameWords = (words: Iterable<string>, counter: string) => {
  const unique = [...new Set(words)];
  return unique.length > MAX_NAMED ? `${unique.length} ${counter}` : unique.join('、');
};

// ————————————————————————————————————————— program families

export type MemberKind = 'target' | 'evaluation' | 'transfer-payment';

export const memberKindWords: Record<MemberKind, string> = {
  target: '项目绩效目标（年初设定，尚无执行数）',
  evaluation: '项目绩效自评',
  'transfer-payment': '转移支付区域绩效自评（全区总额）',
};

export interface FamilyMember {
  id: string;
  name: string;
  href: string;
  agency: AgencyRef;
  fiscalYear: number;
  kind: MemberKind;
  kindWords: string;
  unit: string;
  /** Targets: 年度资金总额; self-evaluations: 全年预算数 A. */
  budget?: CellView;
  budgetLabel: string;
  executed?: CellView;
  rate?: DerivedView;
}

export interface FamilyView {
  key: string;
  name: string;
  rule: string;
  anchor: string;
  members: FamilyMember[];
  agencies: string[];
  years: number[];
  rates: ComparisonEntry;
  amounts: ComparisonEntry;
  /** The rates, for the execution-rate chart (empty when the comparison is refused). */
  chart: ExecutionRateDatum[];
}

/** A project of a program family, with the family and the document it is in (for merging summaries in document order). */
export interface FamilyEntry {
  program: string;
  document: string;
  member: FamilyMember;
}

/** Every project that belongs to a program family, in document order: what the family sections are drawn from. */
export function familyEntries(data: SiteData): FamilyEntry[] {
  const out: FamilyEntry[] = [];
  for (const doc of data.documents) {
    if (!isProjectDocument(doc)) continue;
    for (const p of projectItemsOf(doc)) {
      if (!p.item.program) continue;
      const unit = p.item.funding.unit;
      const member: FamilyMember = {
        id: p.item.id,
        name: p.item.name,
        href: locationHref(data, { document: doc.id, item: p.item.id, path: [] }) ?? withBase('/'),
        agency: agencyRef(data, doc.agency),
        fiscalYear: doc.fiscalYear,
        kind: p.kind,
        kindWords: memberKindWords[p.kind],
        unit,
        budgetLabel: p.kind === 'target' ? '年度资金总额' : '全年预算数 A',
      };
      if (p.kind === 'target') {
        const line = annualLine(p.item.funding);
        if (line?.amount !== undefined) member.budget = cellView(line.amount, unit);
      } else {
        const line = executionLine(p.item.funding);
        if (line?.adjustedBudget !== undefined) member.budget = cellView(line.adjustedBudget, unit);
        if (line?.executed !== undefined) {
          member.executed = cellView(line.executed, unit);
          member.rate = derivedRate(executionFigures(line).rateOfAdjustedBudget);
        }
      }
      out.push({ program: p.item.program, document: doc.id, member });
    }
  }
  return out;
}

function familyMembers(entries: readonly FamilyEntry[]): Map<string, FamilyMember[]> {
  const out = new Map<string, FamilyMember[]>();
  for (const e of entries) {
    const list = out.get(e.program);
    if (list) list.push(e.member);
    else out.set(e.program, [e.member]);
  }
  return out;
}

function familyView(key: string, members: FamilyMember[]): FamilyView {
  const family = familyOf(key);
  const anchor = `family-${key}`;
  const sorted = [...members].sort((a, b) => a.fiscalYear - b.fiscalYear || a.agency.slug.localeCompare(b.agency.slug) || a.id.localeCompare(b.id));
  const agencies = [...new Set(sorted.map((m) => m.agency.slug))];
  const years = listYears(sorted.map((m) => m.fiscalYear));
  const rated = sorted.filter((m) => m.rate?.known);
  const ratedAgencies = new Set(rated.map((m) => m.agency.slug));
  const targets = sorted.filter((m) => m.kind === 'target');

  const rateTitle = `执行率：${family.name}`;
  let rates: ComparisonEntry;
  if (rated.length === 0) rates = refused(rateTitle, ['没有执行数：只有目标表'], anchor);
  else if (ratedAgencies.size < 2) rates = refused(rateTitle, [`只有${rated[0]!.agency.shortName}一个机构公布了这一项目族的执行数，不构成跨机构比较（该机构各项目的执行率见下表）`], anchor);
  else {
    const caveats: string[] = [];
    const ratedYears = listYears(rated.map((m) => m.fiscalYear));
    if (ratedYears.length > 1) {
      caveats.push(`年度不同：${ratedYears.map((y) => `${y} 年度（${nameWords(rated.filter((m) => m.fiscalYear === y).map((m) => m.agency.shortName), '个机构')}）`).join('，')}`);
    }
    const levels = joinWords(rated.map((m) => m.agency.levelWords));
    if (new Set(rated.map((m) => m.agency.level)).size > 1) caveats.push(`层级不同：${levels}`);
    if (new Set(rated.map((m) => m.kind)).size > 1) caveats.push('文件种类不同：转移支付区域自评是全区（含下拨市县）的总额，项目自评是一个机构的一个项目');
    if (targets.length > 0) caveats.push(`目标表（${nameWords(targets.map((m) => `${m.agency.shortName} ${m.fiscalYear}`), '个机构年度')}）没有执行数，不参与比较`);
    caveats.push('执行率只说明钱花出去的比例，不说明钱花得好不好');
    rates = drawn(rateTitle, caveats, anchor);
  }

  const amountTitle = `金额：${family.name}`;
  const amountReasons: string[] = [];
  if (agencies.length < 2) amountReasons.push('只有一个机构');
  else {
    if (new Set(sorted.map((m) => m.agency.level)).size > 1) amountReasons.push(`层级不同（${joinWords(sorted.map((m) => m.agency.levelWords))}）：省级的金额包含下拨市县的钱，市县的金额可能又是其中的一部分，放在一起会重复计算`);
    if (new Set(sorted.map((m) => m.kind)).size > 1) amountReasons.push('文件种类不同：目标表的年度资金总额是预算，自评表的全年预算数是调整后的预算，转移支付区域自评是全区总额');
    if (years.length > 1) amountReasons.push(`年度不同（${years.join('、')}）`);
    amountReasons.push('各机构的辖区人口和财力不同，金额大小本身不说明什么');
  }
  const amounts = refused(amountTitle, amountReasons, anchor);

  const chart: ExecutionRateDatum[] =
    rates.status === 'drawn'
      ? rated.map((m) => ({ id: m.id, label: `${m.agency.shortName} ${m.fiscalYear}：${m.name}`, rate: m.rate!.value!, rateText: m.rate!.text, href: m.href, note: `${m.kind === 'transfer-payment' ? '转移支付区域自评' : '项目自评'}；由明账按 B/A 计算` }))
      : [];
  return { key, name: family.name, rule: family.rule, anchor, members: sorted, agencies, years, rates, amounts, chart };
}

export function familyViews(entries: readonly FamilyEntry[]): FamilyView[] {
  const members = familyMembers(entries);
  const known = Object.keys(programFamilies);
  const keys = [...members.keys()].sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return keys.map((k) => familyView(k, members.get(k)!));
}

// ————————————————————————————————————————— the same indicator across agencies

export interface TopicRow {
  anchor: string;
  agency: AgencyRef;
  fiscalYear: number;
  documentKindWords: string;
  /** A target from a targets-only document, or a self-evaluation's target and result. */
  side: 'target' | 'result';
  rawName: string;
  target?: string;
  actual?: string;
  status?: EvaluationStatus;
  statusWords?: string;
  /** The unit the figure is in (`%`, `分钟`), or null when none is written. */
  unit: string | null;
  /** The target's unit (or the one in the name's brackets). */
  targetUnit: string | null;
  /** Whether the compared side (the actual, else the target) is a figure at all (`普遍知晓` is not). */
  numeric: boolean;
  /** Where the indicator is printed (one link per project that carries it). */
  items: Array<{ name: string; href: string }>;
}

export interface TopicGroupView {
  anchor: string;
  basisWords: string;
  rows: TopicRow[];
  targets: ComparisonEntry;
  actuals: ComparisonEntry;
}

export interface TopicView {
  key: string;
  name: string;
  rule: string;
  anchor: string;
  caveat?: string;
  /** Every published name in the topic, with how often it occurs. */
  rawNames: Array<{ name: string; count: number }>;
  groups: TopicGroupView[];
}

interface Occurrence {
  doc: DisclosureDocument;
  itemId: string;
  itemName: string;
  indicatorId: string;
  name: string;
  groupPath: string[];
  target?: string | undefined;
  actual?: string | undefined;
}

function occurrences(data: SiteData): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (doc: DisclosureDocument, item: { id: string; name: string; indicators: IndicatorNode[] }) => {
    for (const leaf of leavesOf(item.indicators)) {
      const i = leaf.indicator;
      if (i.placeholder) continue;
      out.push({ doc, itemId: item.id, itemName: item.name, indicatorId: i.id, name: i.name, groupPath: leaf.groups, target: i.target, actual: i.actual });
    }
  };
  for (const doc of data.documents) {
    if (isProjectDocument(doc)) for (const p of projectItemsOf(doc)) add(doc, p.item);
    if (doc.kind === 'department-evaluation') add(doc, { id: doc.evaluation.id, name: doc.evaluation.title, indicators: doc.evaluation.indicators });
  }
  return out;
}

/** The unit a figure is written in, else the target's, else the one in the name's brackets. */
function unitOf(text: string | undefined, fallback: string | null): string | null {
  if (text === undefined) return fallback;
  const r = readIndicatorExpression(text);
  return (isFigureReading(r) ? r.unit : null) ?? fallback;
}

const isFigure = (text: string | undefined) => text !== undefined && isFigureReading(readIndicatorExpression(text));

function compareRows(rows: TopicRow[], side: 'targets' | 'actuals', incomparable: string | undefined, caveat: string | undefined, title: string, anchor: string): ComparisonEntry {
  const present = side === 'targets' ? rows.filter((r) => r.target !== undefined && r.target.trim() !== '') : rows.filter((r) => r.side === 'result');
  if (incomparable) return refused(title, [incomparable], anchor);
  if (present.length === 0) return refused(title, [side === 'actuals' ? '只有目标值，没有实际完成值（目标表）' : '没有目标值'], anchor);
  const figures = present.filter((r) => isFigure(side === 'targets' ? r.target : r.actual));
  const words = present.length - figures.length;
  const wordsNote = words > 0 ? `${words} 行是文字表述（如“${(side === 'targets' ? present.find((r) => !isFigure(r.target))?.target : present.find((r) => !isFigure(r.actual))?.actual) ?? ''}”），只能并列，不能与数字比较` : '';
  if (new Set(present.map((r) => r.agency.slug)).size < 2) return refused(title, [`只有${present[0]!.agency.shortName}一个机构，不构成跨机构比较`], anchor);
  if (figures.length === 0) return refused(title, ['都是文字表述，没有可以比较的数字'], anchor);
  if (new Set(figures.map((r) => r.agency.slug)).size < 2) return refused(title, [`写成数字的只有${figures[0]!.agency.shortName}一个机构`, wordsNote], anchor);
  const unitOfRow = (r: TopicRow) => (side === 'targets' ? r.targetUnit : r.unit) ?? '（未写单位）';
  const units = new Set(figures.map(unitOfRow));
  if (units.size > 1) return refused(title, [`单位不同：${[...units].join('、')}`], anchor);
  const caveats: string[] = [];
  const years = listYears(figures.map((r) => r.fiscalYear));
  if (years.length > 1) caveats.push(`年度不同：${years.map((y) => `${y} 年度（${nameWords(figures.filter((r) => r.fiscalYear === y).map((r) => r.agency.shortName), '个机构')}）`).join('，')}`);
  if (side === 'targets' && new Set(figures.map((r) => r.side)).size > 1) caveats.push('目标值有的取自年初的目标表，有的取自年末自评表中的目标');
  if (wordsNote) caveats.push(wordsNote);
  if (side === 'actuals' && caveat) caveats.push(caveat);
  if (side === 'actuals') caveats.push('实际完成值是各机构自报的');
  if (new Set(figures.map((r) => r.agency.level)).size > 1) caveats.push(`层级不同：${joinWords(figures.map((r) => r.agency.levelWords))}`);
  return drawn(title, caveats, anchor);
}

/**
 * One row of a topic's comparison before rows are numbered: identical publications of one
 * document (same name, target and actual) are already one row, with every project linked, and
 * `occurrences` counts them. Rows are numbered (their anchors) only when every document's rows
 * are together, in document order (`topicViews`).
 */
export interface TopicEntry {
  topic: string;
  basis: { key: string; words: string; incomparable?: string };
  document: string;
  row: Omit<TopicRow, 'anchor'>;
  occurrences: number;
}

/** Every indicator that falls under a comparison topic, in document order, merged per document. */
export function topicEntries(data: SiteData): TopicEntry[] {
  const out: TopicEntry[] = [];
  let current = '';
  let byKey = new Map<string, TopicEntry>();
  for (const o of occurrences(data)) {
    if (o.doc.id !== current) {
      current = o.doc.id;
      byKey = new Map();
    }
    for (const topic of indicatorTopics) {
      if (!topic.matches(o.name)) continue;
      const basis = topic.basis(o.name);
      // Identical publications (same document, name, target and actual) are one row, with every project linked.
      const key = [topic.key, basis.key, o.name, o.target ?? '', o.actual ?? ''].join('\u0000');
      const href = locationHref(data, { document: o.doc.id, item: o.itemId, sub: o.indicatorId, path: [] }) ?? withBase('/');
      const existing = byKey.get(key);
      if (existing) {
        existing.row.items.push({ name: o.itemName, href });
        existing.occurrences += 1;
        continue;
      }
      const nameUnit = readIndicatorName(o.name).unit;
      const targetUnit = unitOf(o.target, nameUnit);
      const row: Omit<TopicRow, 'anchor'> = {
        agency: agencyRef(data, o.doc.agency),
        fiscalYear: o.doc.fiscalYear,
        documentKindWords: o.doc.kind === 'project-targets' ? '项目绩效目标' : o.doc.kind === 'department-evaluation' ? '部门整体绩效自评' : o.doc.kind === 'transfer-payment-evaluations' ? '转移支付绩效自评' : '项目绩效自评',
        side: o.actual === undefined ? 'target' : 'result',
        rawName: o.name,
        unit: o.actual === undefined ? targetUnit : unitOf(o.actual, targetUnit),
        targetUnit,
        numeric: isFigure(o.actual ?? o.target),
        items: [{ name: o.itemName, href }],
      };
      if (o.target !== undefined) row.target = o.target;
      if (o.actual !== undefined) {
        row.actual = o.actual;
        const e = evaluateIndicator({ name: o.name, groupPath: o.groupPath, target: o.target, actual: o.actual });
        row.status = e.status;
        row.statusWords = statusWords[e.status];
      }
      const entry: TopicEntry = { topic: topic.key, basis: { key: basis.key, words: basis.words, ...(basis.incomparable !== undefined ? { incomparable: basis.incomparable } : {}) }, document: o.doc.id, row, occurrences: 1 };
      byKey.set(key, entry);
      out.push(entry);
    }
  }
  return out;
}

export function topicViews(entries: readonly TopicEntry[]): TopicView[] {
  const views: TopicView[] = [];
  const byTopic = new Map<string, TopicEntry[]>();
  for (const e of entries) {
    const list = byTopic.get(e.topic);
    if (list) list.push(e);
    else byTopic.set(e.topic, [e]);
  }
  for (const topic of indicatorTopics) {
    const matched = byTopic.get(topic.key) ?? [];
    if (matched.length === 0) continue;
    const anchor = `topic-${topic.key}`;
    const names = new Map<string, number>();
    for (const e of matched) names.set(e.row.rawName, (names.get(e.row.rawName) ?? 0) + e.occurrences);
    const groups = new Map<string, { words: string; incomparable?: string | undefined; rows: TopicRow[] }>();
    for (const e of matched) {
      const group = groups.get(e.basis.key) ?? { words: e.basis.words, incomparable: e.basis.incomparable, rows: [] };
      groups.set(e.basis.key, group);
      group.rows.push({ anchor: `${anchor}-${group.rows.length + 1}-${e.basis.key}`, ...e.row, items: [...e.row.items] });
    }
    const groupViews: TopicGroupView[] = [...groups.entries()].map(([key, g]) => {
      const rows = [...g.rows].sort((a, b) => a.fiscalYear - b.fiscalYear || a.agency.slug.localeCompare(b.agency.slug));
      const groupAnchor = `${anchor}-${key}`;
      const label = groups.size > 1 ? `${topic.name}：${g.words}` : topic.name;
      return {
        anchor: groupAnchor,
        basisWords: g.words,
        rows,
        targets: compareRows(rows, 'targets', g.incomparable, topic.caveat, `目标值：${label}`, groupAnchor),
        actuals: compareRows(rows, 'actuals', g.incomparable, topic.caveat, `实际完成值：${label}`, groupAnchor),
      };
    });
    const view: TopicView = {
      key: topic.key,
      name: topic.name,
      rule: topic.rule,
      anchor,
      rawNames: [...names.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      // Groups that can be compared first; those refused for every side last.
      groups: [...groupViews].sort((a, b) => Number(a.targets.status === 'refused' && a.actuals.status === 'refused') - Number(b.targets.status === 'refused' && b.actuals.status === 'refused')),
    };
    if (topic.caveat) view.caveat = topic.caveat;
    views.push(view);
  }
  return views;
}
