/**
 * An indicator tree (一级 → 二级 → 三级) printed as the rows of a self-evaluation table:
 * target, actual, weight, score and the deviation explanation. Weights add up to the points
 * the table gives indicators; a share of targets is missed (with a lower score and an
 * explanation, or — injected — a full score or an empty explanation).
 */
import type { IndicatorGroup, IndicatorNode } from '../../src/schemas/indicator';
import { type AgencyYear, inject } from './context';
import type { IndicatorForm, IndicatorTemplate } from './indicator-templates';
import { at } from './source-text';

const EXPLANATIONS = [
  '受政策调整影响，部分工作推进较计划滞后，下一步将加强统筹调度，确保按期完成。',
  '年度目标设定偏高，实际完成略低于预期，今后将结合历年数据科学设定目标值。',
  '部分定点医药机构配合不到位，下一步将加大督导力度。',
];

export interface IndicatorTable {
  tree: IndicatorNode[];
  /** Sum of the indicator weights and of the scores, in tenths of a point. */
  weightTenths: number;
  scoreTenths: number;
}

export interface IndicatorOptions {
  /** Points all indicators are worth together (90 when execution is worth 10). */
  points: number;
  /** Probability that a target is missed. */
  missRate: number;
  /** Fixed forms for some indicator names (the 三公 rate taken from the final accounts). */
  forms?: Record<string, IndicatorForm>;
}

const tenths = (t: number) => (t % 10 === 0 ? String(t / 10) : (t / 10).toFixed(1));

/** Picks `count` templates and prints them grouped by 一级 and 二级, in template order. */
export function indicatorTable(ctx: AgencyYear, templates: readonly IndicatorTemplate[], count: number, options: IndicatorOptions): IndicatorTable {
  const { rng, text: t } = ctx;
  const chosen = rng.sample(templates, Math.min(count, templates.length));
  // Integer weights of at least 1 that add up to the points.
  const n = chosen.length;
  const extra = Array.from({ length: n }, () => rng.next() * rng.next());
  const spread = options.points - n;
  const sumExtra = extra.reduce((a, b) => a + b, 0);
  const weights = extra.map((x) => 1 + Math.floor((spread * x) / sumExtra));
  for (let i = 0, rest = options.points - weights.reduce((a, b) => a + b, 0); rest > 0; i = (i + 1) % n, rest--) weights[i]! += 1;

  const tree: IndicatorNode[] = [];
  let weightTenths = 0;
  let scoreTenths = 0;
  let leaf = 0;
  const level1s = [...new Set(chosen.map((c) => c.level1))];
  level1s.forEach((l1, i1) => {
    const g1: IndicatorGroup = { id: `g${i1 + 1}`, kind: 'group', name: l1, source: at(t.next), children: [] };
    const level2s = [...new Set(chosen.filter((c) => c.level1 === l1).map((c) => c.level2))];
    level2s.forEach((l2, i2) => {
      const g2: IndicatorGroup = { id: `g${i1 + 1}-${i2 + 1}`, kind: 'group', name: l2, source: at(t.next), children: [] };
      chosen.filter((c) => c.level1 === l1 && c.level2 === l2).forEach((tpl, k) => {
        const form = options.forms?.[tpl.name] ?? tpl.form(rng, ctx.year);
        const weight = weights[chosen.indexOf(tpl)]!;
        let target = form.target;
        let actual = form.met;
        let score = weight * 10;
        let explanation = '';
        if (form.missed !== undefined && rng.chance(options.missRate)) {
          actual = form.missed;
          if (!inject(ctx, 'full-score-missed', 0.25)) score = Math.max(0, Math.round(weight * 10 * (0.4 + rng.next() * 0.5)));
          if (!inject(ctx, 'missed-no-explanation', 0.3)) explanation = rng.pick(EXPLANATIONS);
        }
        if (target === '=0 人' && inject(ctx, 'not-equal-typo', 0.03)) target = '≠0 人';
        weightTenths += weight * 10;
        scoreTenths += score;
        leaf += 1;
        const line = t.line('', k === 0 && i2 === 0 ? l1 : '', k === 0 ? l2 : '', tpl.name, target, actual, String(weight), tenths(score), explanation);
        g2.children.push({ id: `i${String(leaf).padStart(2, '0')}`, kind: 'indicator', name: tpl.name, target, actual, weight: String(weight), score: tenths(score), explanation, source: at(line) });
      });
      g2.source = at(g2.source.lines[0], t.lineCount);
      g1.children.push(g2);
    });
    g1.source = at(g1.source.lines[0], t.lineCount);
    tree.push(g1);
  });
  return { tree, weightTenths, scoreTenths };
}

export { tenths };
