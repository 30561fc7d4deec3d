/**
 * Indicator findings: a full score while the actual misses the target, a missed target with
 * the explanation column left empty, and source typos in targets (`≠0 人` for `=0 人`).
 * The status comes from the indicator evaluation, never from the source's own score.
 */
import type { DisclosureDocument } from '../../../schemas/document';
import type { IndicatorNode } from '../../../schemas/indicator';
import { toDec } from '../../decimal';
import { evaluateIndicator } from '../../indicator-evaluation';
import { leavesOf } from '../../indicator-tree';
import { amountValue } from '../../money';
import { findingId, type Finding, type ItemLocation } from '../finding';

const num = amountValue;

export function indicatorFindings(_doc: DisclosureDocument, tree: readonly IndicatorNode[], base: ItemLocation, evaluated: boolean): Finding[] {
  const out: Finding[] = [];
  for (const leaf of leavesOf(tree)) {
    const ind = leaf.indicator;
    const loc: ItemLocation = { ...base, sub: ind.id, lines: ind.source.lines, path: [...base.path, 'indicators', ...leaf.path] };
    const where = [...leaf.groups, ind.name].join(' › ');
    if (ind.target !== undefined && /[≠]/.test(ind.target)) {
      out.push({
        id: findingId('source-typo', loc, 'not-equal'),
        rule: 'source-typo',
        severity: 'low',
        title: `${ind.name}：目标值写作“${ind.target}”，疑为“=”之误`,
        detail: `指标“${where}”的目标值印作“${ind.target}”。“≠”作为目标没有意义，同类表格此处多为“=0”或“≤0”。明账按原样转录，不作为“=”处理，这一指标的完成情况记为无法判断。`,
        location: loc,
        figures: [{ label: `${ind.name} 目标值`, text: ind.target, location: loc }],
      });
    }
    if (!evaluated || ind.placeholder || ind.actual === undefined) continue;
    const evaluation = evaluateIndicator({ name: ind.name, groupPath: leaf.groups, target: ind.target, actual: ind.actual, placeholder: ind.placeholder });
    if (evaluation.status !== 'missed') continue;
    const figures = [
      { label: '目标值', text: ind.target ?? '', location: loc },
      { label: '实际完成值', text: ind.actual, location: loc },
      ...(ind.weight ? [{ label: '分值', text: ind.weight, location: loc }] : []),
      ...(ind.score ? [{ label: '得分', text: ind.score, location: loc }] : []),
    ];
    const w = num(ind.weight);
    const s = num(ind.score);
    if (w !== undefined && s !== undefined && toDec(s).gte(toDec(w)) && !toDec(w).isZero()) {
      out.push({
        id: findingId('full-score-missed', loc),
        rule: 'full-score-missed',
        severity: 'high',
        title: `${ind.name}：目标未完成却得满分（${ind.score}/${ind.weight}）`,
        detail: `目标“${ind.target}”，实际“${ind.actual}”：${evaluation.reason}。自评仍给了满分 ${ind.score}/${ind.weight}。`,
        location: loc,
        figures,
      });
    }
    if (ind.explanation !== undefined && ind.explanation.trim() === '') {
      out.push({
        id: findingId('missed-no-explanation', loc),
        rule: 'missed-no-explanation',
        severity: 'medium',
        title: `${ind.name}：目标未完成，未说明原因`,
        detail: `目标“${ind.target}”，实际“${ind.actual}”：${evaluation.reason}。表格设有“偏差原因分析及改进措施”一栏，却留空。`,
        location: loc,
        figures,
      });
    }
  }
  return out;
}
