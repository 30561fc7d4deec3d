/**
 * Scores that contradict their own numbers: indicator scores that do not add up to the
 * stated total or to their group's score, a score above its weight, and an execution-rate
 * score out of line with the rate.
 */
import type { Funding } from '../../../schemas/funding';
import type { IndicatorNode } from '../../../schemas/indicator';
import { Dec, toDec, toDecimalText } from '../../decimal';
import { executionFigures } from '../../funding-execution';
import { groupsOf, leavesOf } from '../../indicator-tree';
import { amountValue, parseRate } from '../../money';
import { checkSum } from '../../rounding-interval';
import { findingId, type Finding, type ItemLocation } from '../finding';

const num = amountValue;

/**
 * An execution score may be rounded to whole points: a stated score within half a point of
 * rate × weight is in line with the rate. Shown on the methodology page.
 */
export const EXECUTION_SCORE_TOLERANCE = '0.5';

/**
 * Points are awarded, not measured: a score printed `10` is 10 points, not anything from 9.5
 * to 10.5. Sums of scores are checked as if every score were printed to two decimals (the
 * finest the layouts use), so integer scores leave no half-point slack per part.
 */
export const SCORE_DECIMALS = 2;

/** One addend of a score sum, with where it is printed. */
type Part = { label: string; text: string; loc?: ItemLocation };

interface Scored {
  label: string;
  weight?: string;
  score?: string;
  loc: ItemLocation;
}

/** Scores above their weight (an indicator, a group, the execution line). */
export function scoresAboveWeight(items: Scored[]): Finding[] {
  const out: Finding[] = [];
  for (const s of items) {
    const w = num(s.weight);
    const sc = num(s.score);
    if (w === undefined || sc === undefined || !toDec(sc).gt(toDec(w))) continue;
    out.push({
      id: findingId('score-above-weight', s.loc),
      rule: 'score-above-weight',
      severity: 'high',
      title: `${s.label}：得分 ${s.score} 高于分值 ${s.weight}`,
      detail: `“${s.label}”的分值为 ${s.weight}，得分却为 ${s.score}。得分不应超过分值。`,
      location: s.loc,
      figures: [
        { label: `${s.label} 分值`, text: s.weight!, location: s.loc },
        { label: `${s.label} 得分`, text: s.score!, location: s.loc },
      ],
    });
  }
  return out;
}

/** The scored items of an indicator tree, for scoresAboveWeight. */
export function scoredItems(tree: readonly IndicatorNode[], base: ItemLocation, key: 'indicators' | 'dimensions'): Scored[] {
  return [
    ...leavesOf(tree).map((l) => ({ label: l.indicator.name, weight: l.indicator.weight, score: l.indicator.score, loc: { ...base, sub: l.indicator.id, lines: l.indicator.source.lines, path: [...base.path, key, ...l.path] } })),
    ...groupsOf(tree).map((g) => ({ label: g.group.name, weight: g.group.weight, score: g.group.score, loc: { ...base, sub: g.group.id, lines: g.group.source.lines, path: [...base.path, key, ...g.path] } })),
  ];
}

function sumCheck(kind: '得分' | '分值', label: string, stated: string, parts: Part[], loc: ItemLocation, extra: string): Finding[] {
  const check = checkSum(parts.map((p) => p.text), stated, { atLeastDecimals: SCORE_DECIMALS });
  if (check.status !== 'inconsistent') return [];
  return [
    {
      id: findingId('score-total', loc, extra),
      rule: 'score-total',
      severity: 'high',
      title: `${label}：各项${kind}之和 ${check.computed} 与所列 ${stated} 不符`,
      detail: `${parts.length} 项${kind}相加为 ${check.computed}，而所列${label}为 ${stated}，相差 ${check.difference}。`,
      location: loc,
      figures: [{ label: `${label}（所列）`, text: stated, location: loc }, ...parts.map((p) => ({ label: `${p.label} ${kind}`, text: p.text, location: p.loc })), { label: `各项${kind}之和（明账计算）`, text: check.computed, computed: true }],
    },
  ];
}

/** A leaf that carries neither a weight nor a score (a `无` row under 经济效益指标): it is not scored, so it adds nothing. */
const unscored = (n: IndicatorNode) => n.kind === 'indicator' && (n.placeholder === true || (num(n.weight) === undefined && num(n.score) === undefined));

/**
 * The parts a group's (or the whole tree's) figure adds up from: its children where every one
 * carries the figure; otherwise the scored leaves below it, where every one carries it. Layouts
 * often weight only 一级 and 三级 (003: 产出指标 50 over unweighted 数量指标, 质量指标 …).
 */
function partsOf(nodes: readonly IndicatorNode[], field: 'score' | 'weight', at: (path: (string | number)[], lines: [number, number]) => ItemLocation, path: (string | number)[]): Part[] | undefined {
  const direct = nodes.map((n, i) => ({ label: n.name, text: n[field] ?? '', loc: at([...path, i], n.source.lines) }));
  if (direct.every((p) => num(p.text) !== undefined)) return direct;
  const leaves = leavesOf(nodes, [], path).filter((l) => !unscored(l.indicator));
  const parts = leaves.map((l) => ({ label: l.indicator.name, text: l.indicator[field] ?? '', loc: at(l.path, l.indicator.source.lines) }));
  return parts.length > 0 && parts.every((p) => num(p.text) !== undefined) ? parts : undefined;
}

/** Group scores against their children, and the stated total against the sum of the top. */
export function treeTotals(
  tree: readonly IndicatorNode[],
  base: ItemLocation,
  key: 'indicators' | 'dimensions',
  totals: { totalScore?: string; totalWeight?: string; label: string },
  executionLine?: { label: string; weight?: string; score?: string; loc: ItemLocation },
): Finding[] {
  const out: Finding[] = [];
  const at = (path: (string | number)[], lines: [number, number]): ItemLocation => ({ ...base, sub: nodeAt(tree, path)?.id, lines, path: [...base.path, key, ...path] });
  for (const g of groupsOf(tree)) {
    const loc = at(g.path, g.group.source.lines);
    for (const [field, kind] of [['score', '得分'], ['weight', '分值']] as const) {
      const stated = num(g.group[field]);
      if (stated === undefined) continue;
      const parts = partsOf(g.group.children, field, at, [...g.path, 'children']);
      if (!parts) continue;
      out.push(...sumCheck(kind, g.group.name, g.group[field]!, parts, loc, field));
    }
  }
  // Top level: sum of top-level nodes where they carry the figure, else of all leaves.
  for (const [field, kind, stated] of [['score', '得分', totals.totalScore], ['weight', '分值', totals.totalWeight]] as const) {
    if (num(stated) === undefined) continue;
    const top = tree.map((n, i) => ({ label: n.name, text: n[field] ?? '', loc: at([i], n.source.lines) }));
    const parts = top.every((p) => num(p.text) !== undefined)
      ? top
      : leavesOf(tree)
          .filter((l) => !l.indicator.placeholder)
          .map((l) => ({ label: l.indicator.name, text: l.indicator[field] ?? '', loc: at(l.path, l.indicator.source.lines) }));
    const usable: Part[] = parts.filter((p) => num(p.text) !== undefined);
    if (usable.length === 0 || usable.length < parts.length * 0.8) continue;
    if (executionLine && num(executionLine[field]) !== undefined) usable.push({ label: executionLine.label, text: executionLine[field]!, loc: executionLine.loc });
    out.push(...sumCheck(kind, totals.label, stated!, usable, { ...base, path: [...base.path, field === 'score' ? 'totalScore' : 'totalWeight'] }, `total-${field}`));
  }
  return out;
}

/** The node at an index path of a tree (`[0, 'children', 2]`). */
function nodeAt(tree: readonly IndicatorNode[], path: readonly (string | number)[]): IndicatorNode | undefined {
  let nodes: readonly IndicatorNode[] = tree;
  let node: IndicatorNode | undefined;
  for (const step of path) {
    if (step === 'children') {
      if (node?.kind !== 'group') return undefined;
      nodes = node.children;
    } else node = nodes[step as number];
  }
  return node;
}

/** The execution score against rate × weight. */
export function executionScore(funding: Funding, base: ItemLocation, label: string): Finding[] {
  const line = funding.lines.find((l) => !l.parent && (l.role === 'total' || l.role === 'annual-total'));
  if (!line) return [];
  const weight = num(line.weight);
  const score = num(line.score);
  if (weight === undefined || score === undefined) return [];
  // A score above its weight is its own finding (score-above-weight); no second one here.
  if (toDec(score).gt(toDec(weight))) return [];
  const fig = executionFigures(line);
  let rate: string | undefined;
  let rateText: string;
  if (fig.rateOfAdjustedBudget.status === 'known') {
    rate = fig.rateOfAdjustedBudget.exact;
    rateText = `${fig.rateOfAdjustedBudget.value}%`;
  } else {
    const r = line.executionRate ? parseRate(line.executionRate) : undefined;
    if (!r || r.kind !== 'rate') return [];
    rate = r.value;
    rateText = line.executionRate!;
  }
  const capped = Dec.min(toDec(rate), new Dec(100));
  const expected = capped.div(100).times(toDec(weight));
  const diff = toDec(score).minus(expected);
  if (diff.abs().lte(new Dec(EXECUTION_SCORE_TOLERANCE))) return [];
  const loc: ItemLocation = { ...base, sub: line.id, lines: line.source.lines, path: [...base.path, 'funding', 'lines', funding.lines.indexOf(line)] };
  const over = diff.isPositive();
  const expectedText = expected.toFixed(2, Dec.ROUND_HALF_UP);
  return [
    {
      id: findingId('execution-score', loc),
      rule: 'execution-score',
      severity: over ? (toDec(rate).lt(90) ? 'high' : 'medium') : 'low',
      title: over ? `${label}：执行率 ${rateText} 却得 ${line.score}/${line.weight} 分` : `${label}：执行率 ${rateText} 只得 ${line.score}/${line.weight} 分`,
      detail: `按执行率折算（执行率 × 分值，超过 100% 按 100% 计），这一项应得约 ${expectedText} 分，文件给了 ${line.score} 分，${over ? '多' : '少'} ${diff.abs().toFixed(2, Dec.ROUND_HALF_UP)} 分（允许取整误差 ${EXECUTION_SCORE_TOLERANCE} 分）。`,
      location: loc,
      figures: [
        { label: '执行率', text: rateText, computed: fig.rateOfAdjustedBudget.status === 'known', location: loc },
        { label: '分值', text: line.weight!, location: loc },
        { label: '得分', text: line.score!, location: loc },
        { label: '按执行率折算的得分（明账计算）', text: expectedText, computed: true },
      ],
    },
  ];
}

export { toDecimalText };
