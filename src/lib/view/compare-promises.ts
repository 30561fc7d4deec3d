/**
 * Promised vs delivered: an agency's targets for one year beside its self-evaluation results
 * for the same year or, when that is not in 明账, the year before (宁夏: 2024 targets beside
 * 2023 results). Matched by program family, and indicators by name where the names are the
 * same after dropping numbering (`指标2：`) and spacing. Different years are said plainly:
 * last year's results do not tell whether this year's targets were met.
 */
import type { DisclosureDocument } from '../../schemas/document';
import type { IndicatorNode } from '../../schemas/indicator';
import { executionFigures } from '../funding-execution';
import { type EvaluationStatus, evaluateIndicator } from '../indicator-evaluation';
import { comparableText } from '../indicator-text';
import { leavesOf } from '../indicator-tree';
import type { SiteData } from '../site/dataset';
import { withBase } from '../site/urls';
import { type CellView, cellView, derivedRate, type DerivedView } from './document-cells';
import { locationHref } from './document-findings';
import { familyOf } from './compare-families';
import type { ComparisonEntry } from './compare-entry';
import { executionLine, statusWords } from './findings';
import { annualLine } from './project-funding';
import { isProjectDocument, projectItemsOf, shortProjectId } from './project-items';

/** An indicator name as matched: numbering such as `指标2：` dropped, forms and spacing normalised. */
export function matchableName(name: string): string {
  return comparableText(name.replace(/^\s*指标\s*\d+\s*[：:]\s*/u, ''));
}

export interface PromiseTarget {
  id: string;
  /** `p3`: tells apart projects of one document with the same name. */
  shortId: string;
  name: string;
  href: string;
  amount?: CellView;
  unit: string;
}

export interface PromiseResult {
  id: string;
  shortId: string;
  name: string;
  href: string;
  kindWords: string;
  adjusted?: CellView;
  executed?: CellView;
  rate?: DerivedView;
  unit: string;
}

export interface PromiseIndicator {
  name: string;
  /** This year's targets, per target project (its short id), verbatim. */
  targets: Array<{ item: string; text: string; href: string }>;
  /** Last year's (or this year's) results. */
  results: Array<{ item: string; target: string; actual: string; status: EvaluationStatus; statusWords: string; href: string }>;
}

export interface PromiseFamily {
  key: string;
  name: string;
  anchor: string;
  targets: PromiseTarget[];
  results: PromiseResult[];
  indicators: PromiseIndicator[];
}

export interface PromisePair {
  anchor: string;
  agency: { slug: string; name: string };
  targetsYear: number;
  resultsYear: number;
  sameYear: boolean;
  targetsDocument: { title: string; href: string };
  resultsDocuments: Array<{ title: string; href: string }>;
  families: PromiseFamily[];
  /** Targets without a family, or whose family has no result. */
  unmatchedTargets: Array<{ name: string; href: string; why: string }>;
  /** Results whose family has no target this year. */
  unmatchedResults: Array<{ name: string; href: string; why: string }>;
  comparison: ComparisonEntry;
}

interface Leafed {
  id: string;
  name: string;
  program?: string | undefined;
  href: string;
  indicators: IndicatorNode[];
}

export function promisePairs(data: SiteData): PromisePair[] {
  return promiseEntries(data).map((e) => e.pair);
}

/** Every promise pair with the id of its targets document (the order pairs are listed in). */
export function promiseEntries(data: SiteData): Array<{ document: string; pair: PromisePair }> {
  const out: Array<{ document: string; pair: PromisePair }> = [];
  for (const targetsDoc of data.documents) {
    if (targetsDoc.kind !== 'project-targets') continue;
    const evaluationsOf = (year: number) =>
      (data.documentsByAgencyYear.get(`${targetsDoc.agency}/${year}`) ?? []).filter((d): d is Extract<DisclosureDocument, { kind: 'project-evaluations' | 'transfer-payment-evaluations' }> => (d.kind === 'project-evaluations' || d.kind === 'transfer-payment-evaluations'));
    let resultsYear = targetsDoc.fiscalYear;
    let resultsDocs = evaluationsOf(resultsYear);
    if (resultsDocs.length === 0) {
      resultsYear = targetsDoc.fiscalYear - 1;
      resultsDocs = evaluationsOf(resultsYear);
    }
    if (resultsDocs.length === 0) continue;
    const agencyName = data.agencyBySlug.get(targetsDoc.agency)?.name ?? targetsDoc.agency;
    const href = (doc: DisclosureDocument, item: string, sub?: string) => locationHref(data, { document: doc.id, item, ...(sub ? { sub } : {}), path: [] }) ?? withBase('/');

    const targets = targetsDoc.projects.map((p) => ({ p, view: { id: p.id, shortId: shortProjectId(p.id), name: p.name, href: href(targetsDoc, p.id), unit: p.funding.unit, ...(annualLine(p.funding)?.amount !== undefined ? { amount: cellView(annualLine(p.funding)!.amount!, p.funding.unit) } : {}) } as PromiseTarget }));
    const results = resultsDocs.flatMap((doc) =>
      (isProjectDocument(doc) ? projectItemsOf(doc) : []).map(({ kind, item }) => {
        const line = executionLine(item.funding);
        const view: PromiseResult = { id: item.id, shortId: shortProjectId(item.id), name: item.name, href: href(doc, item.id), kindWords: kind === 'transfer-payment' ? '转移支付区域自评' : '项目自评', unit: item.funding.unit };
        if (line?.adjustedBudget !== undefined) view.adjusted = cellView(line.adjustedBudget, item.funding.unit);
        if (line?.executed !== undefined) {
          view.executed = cellView(line.executed, item.funding.unit);
          view.rate = derivedRate(executionFigures(line).rateOfAdjustedBudget);
        }
        return { doc, item: { id: item.id, name: item.name, program: item.program, href: view.href, indicators: item.indicators } as Leafed, view };
      }),
    );

    const families: PromiseFamily[] = [];
    const unmatchedTargets: PromisePair['unmatchedTargets'] = [];
    const keys = [...new Set(targets.map((t) => t.p.program).filter((k): k is string => k !== undefined))];
    for (const t of targets) {
      if (!t.p.program) unmatchedTargets.push({ name: t.p.name, href: t.view.href, why: '没有归入任何项目族' });
      else if (!results.some((r) => r.item.program === t.p.program)) unmatchedTargets.push({ name: t.p.name, href: t.view.href, why: `${resultsYear} 年度的自评中没有同一项目族的项目` });
    }
    for (const key of keys) {
      const famTargets = targets.filter((t) => t.p.program === key);
      const famResults = results.filter((r) => r.item.program === key);
      if (famResults.length === 0) continue;
      const byName = new Map<string, PromiseIndicator>();
      for (const t of famTargets) {
        for (const leaf of leavesOf(t.p.indicators)) {
          const i = leaf.indicator;
          if (i.placeholder || i.target === undefined) continue;
          const k = matchableName(i.name);
          const entry = byName.get(k) ?? { name: i.name, targets: [], results: [] };
          entry.targets.push({ item: shortProjectId(t.p.id), text: i.target, href: href(targetsDoc, t.p.id, i.id) });
          byName.set(k, entry);
        }
      }
      for (const r of famResults) {
        for (const leaf of leavesOf(r.item.indicators)) {
          const i = leaf.indicator;
          const entry = byName.get(matchableName(i.name));
          if (!entry || i.placeholder || i.actual === undefined) continue;
          const e = evaluateIndicator({ name: i.name, groupPath: leaf.groups, target: i.target, actual: i.actual });
          entry.results.push({ item: shortProjectId(r.item.id), target: i.target ?? '', actual: i.actual, status: e.status, statusWords: statusWords[e.status], href: href(r.doc, r.item.id, i.id) });
        }
      }
      families.push({
        key,
        name: familyOf(key).name,
        anchor: `promise-${targetsDoc.agency}-${targetsDoc.fiscalYear}-${key}`,
        targets: famTargets.map((t) => t.view),
        results: famResults.map((r) => r.view),
        indicators: [...byName.values()].filter((e) => e.results.length > 0),
      });
    }
    const unmatchedResults = results
      .filter((r) => !r.item.program || !keys.includes(r.item.program))
      .map((r) => ({ name: r.item.name, href: r.view.href, why: r.item.program ? `${targetsDoc.fiscalYear} 年度的目标中没有同一项目族的项目` : '没有归入任何项目族' }));
    const anchor = `promise-${targetsDoc.agency}-${targetsDoc.fiscalYear}`;
    const sameYear = resultsYear === targetsDoc.fiscalYear;
    out.push({ document: targetsDoc.id, pair: {
      anchor,
      agency: { slug: targetsDoc.agency, name: agencyName },
      targetsYear: targetsDoc.fiscalYear,
      resultsYear,
      sameYear,
      targetsDocument: { title: targetsDoc.title, href: locationHref(data, { document: targetsDoc.id, path: [] }) ?? withBase('/') },
      resultsDocuments: resultsDocs.map((d) => ({ title: d.title, href: locationHref(data, { document: d.id, path: [] }) ?? withBase('/') })),
      families,
      unmatchedTargets,
      unmatchedResults,
      comparison: {
        title: `${agencyName}：${targetsDoc.fiscalYear} 年度目标与 ${resultsYear} 年度结果`,
        status: 'drawn',
        statusWords: sameYear ? '已比较' : '已比较（注意差异）',
        reasons: sameYear
          ? ['同一年度的目标与自评']
          : [`年度不同：${targetsDoc.fiscalYear} 年度的目标放在 ${resultsYear} 年度的结果旁边，只能看出目标怎样随上年结果调整，不能说明 ${targetsDoc.fiscalYear} 年度的目标是否完成`, '金额口径可能不同：目标表的年度资金总额是年初预算，自评表的全年预算数是调整后的预算，转移支付区域自评是全区总额'],
        href: `#${anchor}`,
      },
    } });
  }
  return out;
}
