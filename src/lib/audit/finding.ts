/**
 * A finding: something the documents say that does not agree with itself. Each carries the
 * figures on both sides with their published text and where each is printed, so a reader
 * can check it in one click. Findings are facts about the sources, not errors in our data.
 */

export type Severity = 'high' | 'medium' | 'low';

export const severityLabels: Record<Severity, string> = { high: '重要', medium: '值得注意', low: '提示' };

/** Where an item is: document, the item inside it (project, table, report), a sub-item (row, indicator). */
export interface ItemLocation {
  document: string;
  /** Project, table, evaluation or report id inside the document. */
  item?: string;
  /** Row, indicator, funding line, figure id inside the item. */
  sub?: string;
  /** Archive line range where it is printed. */
  lines?: readonly [number, number];
  /** JSON path of the item in its file, for validator messages. */
  path: (string | number)[];
}

/** One side of a finding: a published figure, or a figure computed by 明账 from published ones. */
export interface FindingFigure {
  /** What the figure is (`公开02表 208 社会保障和就业支出 本年收入合计`). */
  label: string;
  /** The figure as published, or as computed (then `computed` is true). */
  text: string;
  computed?: boolean;
  location?: ItemLocation;
}

export type RuleId =
  | 'parts-total'
  | 'column-sum'
  | 'stated-rate'
  | 'share-rate'
  | 'year-over-year'
  | 'score-total'
  | 'score-above-weight'
  | 'execution-score'
  | 'full-score-missed'
  | 'missed-no-explanation'
  | 'budget-change'
  | 'report-vs-table'
  | 'source-typo';

export interface Finding {
  /** Stable id: rule and location, so a finding keeps its anchor and its review entry. */
  id: string;
  rule: RuleId;
  severity: Severity;
  /** One line in Chinese. */
  title: string;
  /** What is wrong, with the figures, in Chinese. */
  detail: string;
  location: ItemLocation;
  figures: FindingFigure[];
}

export function findingId(rule: RuleId, loc: ItemLocation, extra?: string): string {
  return [rule, loc.document, loc.item, loc.sub, extra].filter((x) => x !== undefined && x !== '').join(':');
}
