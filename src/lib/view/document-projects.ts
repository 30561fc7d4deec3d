/**
 * View model of a document of projects (project targets, project self-evaluations,
 * transfer-payment evaluations): the summary table of all projects with published and
 * computed execution, and the one-sentence summary of the money they cover.
 */
import { formatAmount } from '../format';
import { executionFigures } from '../funding-execution';
import { parseAmount, sumValues } from '../money';
import type { FindingView } from './document-findings';
import { derivedAmount, derivedRate, type DerivedView, yiEquivalent } from './document-cells';
import { type ProjectDocument, type ProjectItem, projectItemsOf, projectSummary, type ProjectSummaryView } from './project';

/** A column total over the projects: the exact sum of the cells that hold a number. */
export interface ColumnTotalView {
  /** Plain decimal text. */
  value: string;
  /** `223,269.59 万元`. */
  text: string;
  yi?: string;
  /** Projects whose cell holds no number (left out of the sum). */
  missing: number;
}

export interface ProjectsDocumentView {
  kind: ProjectItem['kind'];
  rows: ProjectSummaryView[];
  unit: string | null;
  totals: {
    yearStart?: ColumnTotalView;
    adjusted?: ColumnTotalView;
    executed?: ColumnTotalView;
    amount?: ColumnTotalView;
    rateOfAdjusted?: DerivedView;
    unspent?: DerivedView;
  };
  /** Which optional columns any row has. */
  has: { yearStart: boolean; score: boolean; rating: boolean; executionScore: boolean };
  /** Findings of the audit per project id. */
  findingCounts: Record<string, number>;
  /** Names printed by more than one project of the document. */
  sharedNames: string[];
  sentence: string;
}

function columnTotal(cells: Array<{ text: string; kind: string } | undefined>, unit: string): ColumnTotalView | undefined {
  if (cells.every((c) => c === undefined)) return undefined;
  const values: string[] = [];
  let missing = 0;
  for (const c of cells) {
    const r = c === undefined ? undefined : parseAmount(c.text);
    if (r?.kind === 'number') values.push(r.value);
    else missing += 1;
  }
  const value = sumValues(values);
  const total: ColumnTotalView = { value, text: formatAmount(value, unit === '元' || unit === '亿元' ? unit : '万元'), missing };
  const yi = yiEquivalent(value, unit);
  if (yi !== undefined) total.yi = yi;
  return total;
}

const COUNT_WORDS: Record<ProjectItem['kind'], string> = { target: '个项目', evaluation: '个项目', 'transfer-payment': '项转移支付' };

export function projectsSentence(agencyName: string, year: number, view: Pick<ProjectsDocumentView, 'kind' | 'rows' | 'totals'>): string {
  const n = `${view.rows.length} ${COUNT_WORDS[view.kind]}`;
  const money = (t: ColumnTotalView) => `${t.text}${t.yi ? `（${t.yi}）` : ''}`;
  const gap = (t: ColumnTotalView) => (t.missing > 0 ? `（${t.missing} 个未填数，未计入）` : '');
  if (view.kind === 'target') {
    const a = view.totals.amount;
    return `${year} 年，${agencyName}为 ${n}设定了绩效目标${a ? `，年度资金共 ${money(a)}${gap(a)}` : ''}。这些是项目资金（含转移下级的资金），不同于本部门决算支出；表中只有目标，尚无完成情况。`;
  }
  const parts: string[] = [];
  const { adjusted, executed, rateOfAdjusted } = view.totals;
  if (adjusted) parts.push(`全年预算共 ${money(adjusted)}${gap(adjusted)}`);
  if (executed) parts.push(`执行 ${money(executed)}${gap(executed)}`);
  if (rateOfAdjusted?.known && adjusted?.missing === 0 && executed?.missing === 0) parts.push(`合计执行率 ${rateOfAdjusted.text}（明账计算）`);
  const what = view.kind === 'transfer-payment' ? '这些是转移支付资金（含转移下级的资金）' : '这些是项目资金（含转移下级的资金）';
  return `${year} 年，${agencyName} ${n}${parts.length ? parts.join('，') : '的绩效自评'}。${what}，不同于本部门决算支出。`;
}

export function projectsDocumentView(doc: ProjectDocument, agencyName: string, findings: readonly FindingView[] = []): ProjectsDocumentView {
  const items = projectItemsOf(doc);
  const rows = items.map((p) => projectSummary(doc, p, items));
  const kind = items[0]?.kind ?? 'evaluation';
  const units = [...new Set(rows.map((r) => r.unit))];
  const unit = units.length === 1 ? (units[0] ?? null) : null;
  const totals: ProjectsDocumentView['totals'] = {};
  if (unit !== null) {
    const put = <K extends 'yearStart' | 'adjusted' | 'executed' | 'amount'>(key: K) => {
      const t = columnTotal(
        rows.map((r) => r[key]),
        unit,
      );
      if (t) totals[key] = t;
    };
    put('yearStart');
    put('adjusted');
    put('executed');
    put('amount');
    if (totals.adjusted && totals.executed) {
      const f = executionFigures({ adjustedBudget: totals.adjusted.value, executed: totals.executed.value });
      totals.rateOfAdjusted = derivedRate(f.rateOfAdjustedBudget);
      totals.unspent = derivedAmount(f.unspent, unit);
    }
  }
  const nameCounts = new Map<string, number>();
  for (const r of rows) nameCounts.set(r.name, (nameCounts.get(r.name) ?? 0) + 1);
  const base = {
    kind,
    rows,
    unit,
    totals,
    has: {
      yearStart: rows.some((r) => r.yearStart !== undefined),
      score: rows.some((r) => r.totalScore !== undefined),
      rating: rows.some((r) => r.rating !== undefined),
      executionScore: rows.some((r) => r.executionScore !== undefined),
    },
    findingCounts: Object.fromEntries(rows.map((r) => [r.id, findings.filter((f) => f.item === r.id).length])),
    sharedNames: [...nameCounts].filter(([, c]) => c > 1).map(([name]) => name),
  };
  return { ...base, sentence: projectsSentence(agencyName, doc.fiscalYear, base) };
}
