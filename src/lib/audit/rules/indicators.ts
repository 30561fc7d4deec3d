/**
 * Indicator findings: a full score while the actual misses the target, a missed target with
 * no explanation, and source typos in targets (`≠0 人` for `=0 人`).
 * (Filled in once the indicator evaluation lands.)
 */
import type { DisclosureDocument } from '../../../schemas/document';
import type { IndicatorNode } from '../../../schemas/indicator';
import type { Finding, ItemLocation } from '../finding';

export function indicatorFindings(_doc: DisclosureDocument, _tree: readonly IndicatorNode[], _base: ItemLocation, _evaluated: boolean): Finding[] {
  return [];
}
