/**
 * Walking an indicator tree: leaves with the names of the groups above them (一级 › 二级),
 * which the evaluation needs (a cost target under 成本指标 is a ceiling) and pages show.
 */
import type { Indicator, IndicatorGroup, IndicatorNode } from '../schemas/indicator';

export interface IndicatorInTree {
  indicator: Indicator;
  /** Group names from the top down (`['产出指标', '数量指标']`). */
  groups: string[];
  /** Index path into the tree, for JSON paths (`[0, 'children', 2]`). */
  path: (string | number)[];
}

export function leavesOf(tree: readonly IndicatorNode[], groups: string[] = [], path: (string | number)[] = []): IndicatorInTree[] {
  const out: IndicatorInTree[] = [];
  tree.forEach((node, i) => {
    if (node.kind === 'indicator') out.push({ indicator: node, groups, path: [...path, i] });
    else out.push(...leavesOf(node.children, [...groups, node.name], [...path, i, 'children']));
  });
  return out;
}

export interface GroupInTree {
  group: IndicatorGroup;
  groups: string[];
  path: (string | number)[];
}

export function groupsOf(tree: readonly IndicatorNode[], groups: string[] = [], path: (string | number)[] = []): GroupInTree[] {
  const out: GroupInTree[] = [];
  tree.forEach((node, i) => {
    if (node.kind !== 'group') return;
    out.push({ group: node, groups, path: [...path, i] });
    out.push(...groupsOf(node.children, [...groups, node.name], [...path, i, 'children']));
  });
  return out;
}
