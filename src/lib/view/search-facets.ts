/**
 * Search flags and sort keys of a page, so that people can filter search results to
 * under-executed projects, missed indicators and audit findings, and sort by execution rate
 * or amount. Computed from the same modules as the pages (execution, evaluation, audit).
 */
import type { DisclosureDocument } from '../../schemas/document';
import type { Funding } from '../../schemas/funding';
import type { IndicatorNode } from '../../schemas/indicator';
import { toDec } from '../decimal';
import { executionFigures } from '../funding-execution';
import { evaluateIndicator } from '../indicator-evaluation';
import { leavesOf } from '../indicator-tree';
import { parseAmount } from '../money';
import type { SiteData } from '../site/dataset';
import { findingsOfDocument } from './document-findings';

/** Below this execution rate (against the adjusted budget) a project counts as under-executed; see the methodology page. */
export const UNDER_EXECUTION_THRESHOLD = '90';

export const FLAG_UNDER_EXECUTED = '执行率低于 90%';
export const FLAG_MISSED = '有未完成的指标';
export const FLAG_FINDING = '有核对发现';

interface Item {
  id: string;
  funding?: Funding;
  indicators?: IndicatorNode[];
}

function itemsOf(doc: DisclosureDocument): Item[] {
  switch (doc.kind) {
    case 'project-targets':
    case 'project-evaluations':
      return doc.projects;
    case 'transfer-payment-evaluations':
      return doc.evaluations;
    case 'department-evaluation':
      return [doc.evaluation];
    default:
      return [];
  }
}

function topLine(funding: Funding | undefined) {
  return funding?.lines.find((l) => !l.parent && (l.role === 'total' || l.role === 'annual-total'));
}

/** The execution rate (B/A, 2 decimals) of an item, when it can be computed. */
export function itemRate(item: Item): string | undefined {
  const line = topLine(item.funding);
  if (!line) return undefined;
  const r = executionFigures(line).rateOfAdjustedBudget;
  return r.status === 'known' ? r.value : undefined;
}

function itemAmount(item: Item): string | undefined {
  const line = topLine(item.funding);
  const cell = line?.adjustedBudget ?? line?.amount;
  if (!cell) return undefined;
  const a = parseAmount(cell);
  return a.kind === 'number' ? a.value : undefined;
}

function hasMissed(doc: DisclosureDocument, item: Item): boolean {
  if (doc.kind === 'project-targets' || !item.indicators) return false;
  return leavesOf(item.indicators).some(
    (l) => !l.indicator.placeholder && evaluateIndicator({ name: l.indicator.name, groupPath: l.groups, target: l.indicator.target, actual: l.indicator.actual }).status === 'missed',
  );
}

export interface SearchFacets {
  flags: string[];
  sort: Record<string, string>;
}

/** Flags and sort keys of a document page (all its items), or of one item's page. */
export function searchFlags(data: SiteData, doc: DisclosureDocument, itemId?: string): SearchFacets {
  const items = itemsOf(doc).filter((i) => itemId === undefined || i.id === itemId);
  const flags = new Set<string>();
  for (const item of items) {
    const rate = itemRate(item);
    if (rate !== undefined && toDec(rate).lt(toDec(UNDER_EXECUTION_THRESHOLD))) flags.add(FLAG_UNDER_EXECUTED);
    if (hasMissed(doc, item)) flags.add(FLAG_MISSED);
  }
  if (findingsOfDocument(data, doc.id).some((f) => (itemId === undefined || f.location.item === itemId))) flags.add(FLAG_FINDING);
  const sort: Record<string, string> = {};
  if (itemId !== undefined && items[0]) {
    const rate = itemRate(items[0]);
    const amount = itemAmount(items[0]);
    if (rate !== undefined) sort.rate = rate;
    if (amount !== undefined) sort.amount = amount;
  }
  return { flags: [...flags], sort };
}
