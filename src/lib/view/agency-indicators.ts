/**
 * Indicators of an agency-year: how many targets were met, missed or cannot be judged (the
 * verdicts of `indicator-evaluation.ts`, through the pages' assessment seam), the missed
 * ones listed with target and actual as published, and the numeric ones ready for chart c.
 */
import type { DisclosureDocument } from '../../schemas/document';
import type { IndicatorNode } from '../../schemas/indicator';
import { indicatorBulletDatum } from '../charts/indicator-bullet-datum';
import type { IndicatorBulletDatum } from '../charts/indicator-bullets';
import { evaluateIndicator } from '../indicator-evaluation';
import { leavesOf } from '../indicator-tree';
import { documentPath, projectPath, withBase } from '../site/urls';

export interface IndicatorTally {
  met: number;
  missed: number;
  unknown: number;
  /** Indicators of targets-only tables: no actual yet, so no verdict. */
  targetsOnly: number;
  /** Placeholder rows (`0 0`): never counted above. */
  placeholders: number;
}

export interface MissedIndicator {
  /** Unique on the page. */
  id: string;
  itemName: string;
  name: string;
  target: string;
  actual: string;
  reason: string;
  /** The explanation column as published, "" when left empty, undefined when the layout has none. */
  explanation?: string;
  href: string;
}

export interface AgencyIndicators {
  total: IndicatorTally;
  /** Tally per project / transfer payment / department evaluation, by item id. */
  byItem: Map<string, IndicatorTally>;
  missed: MissedIndicator[];
  /** Missed indicators that compare one figure with one figure in one unit (chart c). */
  missedBullets: IndicatorBulletDatum[];
}

const empty = (): IndicatorTally => ({ met: 0, missed: 0, unknown: 0, targetsOnly: 0, placeholders: 0 });

interface Scored {
  id: string;
  name: string;
  indicators: IndicatorNode[];
  href: string;
}

function itemsOf(doc: DisclosureDocument): { items: Scored[]; targetsOnly: boolean } {
  switch (doc.kind) {
    case 'project-evaluations':
    case 'project-targets':
      return { items: doc.projects.map((p) => ({ id: p.id, name: p.name, indicators: p.indicators, href: withBase(projectPath(doc, p.id)) })), targetsOnly: doc.kind === 'project-targets' };
    case 'transfer-payment-evaluations':
      return { items: doc.evaluations.map((e) => ({ id: e.id, name: e.name, indicators: e.indicators, href: withBase(projectPath(doc, e.id)) })), targetsOnly: false };
    case 'department-evaluation':
      return { items: [{ id: doc.evaluation.id, name: '部门整体支出', indicators: doc.evaluation.indicators, href: withBase(documentPath(doc)) }], targetsOnly: false };
    default:
      return { items: [], targetsOnly: false };
  }
}

export function agencyIndicators(docs: readonly DisclosureDocument[]): AgencyIndicators {
  const total = empty();
  const byItem = new Map<string, IndicatorTally>();
  const missed: MissedIndicator[] = [];
  const missedBullets: IndicatorBulletDatum[] = [];
  for (const doc of docs) {
    const { items, targetsOnly } = itemsOf(doc);
    for (const item of items) {
      const tally = empty();
      for (const { indicator, groups } of leavesOf(item.indicators)) {
        if (indicator.placeholder === true) {
          tally.placeholders += 1;
          continue;
        }
        if (targetsOnly) {
          tally.targetsOnly += 1;
          continue;
        }
        const evaluation = evaluateIndicator({ name: indicator.name, groupPath: groups, target: indicator.target, actual: indicator.actual });
        tally[evaluation.status] += 1;
        if (evaluation.status !== 'missed') continue;
        const id = `${item.id}--${indicator.id}`;
        const href = `${item.href}#${indicator.id}`;
        const m: MissedIndicator = { id, itemName: item.name, name: indicator.name, target: indicator.target ?? '', actual: indicator.actual ?? '', reason: evaluation.reason, href };
        if (indicator.explanation !== undefined) m.explanation = indicator.explanation;
        missed.push(m);
        const bullet = indicatorBulletDatum({ id, name: indicator.name, target: indicator.target, actual: indicator.actual, href }, evaluation);
        if (bullet) missedBullets.push({ ...bullet, label: `${item.name}：${indicator.name}` });
      }
      byItem.set(item.id, tally);
      for (const k of Object.keys(total) as Array<keyof IndicatorTally>) total[k] += tally[k];
    }
  }
  return { total, byItem, missed, missedBullets };
}
