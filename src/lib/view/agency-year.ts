/**
 * View model of an agency-year overview (/agencies/<agency>/<year>/): the headline figures,
 * each saying which money it is; execution overall and per project (charts a and b); the
 * projects; indicators met / missed / unknown; the final-accounts charts (d, e); findings.
 */
import { documentKinds } from '../../schemas/document';
import type { BudgetSpendingDatum } from '../charts/budget-spending';
import type { ExecutionRateDatum } from '../charts/execution-rates';
import type { IndicatorBulletDatum } from '../charts/indicator-bullets';
import { agencyAncestors } from '../site/agency-tree';
import type { SiteData } from '../site/dataset';
import { agencyPath, anchorId, projectPath, withBase } from '../site/urls';
import { type AccountsCharts, accountsCharts } from './agency-accounts';
import { type DocumentEntry, documentEntries, documentsOf, kindsNotCollected, NOT_COLLECTED_CAVEAT, regionName } from './agency-common';
import { agencyYearFindings, type FindingView } from './agency-findings';
import { agencyIndicators, type IndicatorTally, type MissedIndicator } from './agency-indicators';
import {
  budgetSpendingData,
  type DepartmentExecution,
  departmentExecution,
  executionRateData,
  executionRows,
  type HeadlineFigure,
  headlineFigures,
  MONEY_KINDS_NOTE,
  type ProjectExecutionRow,
  topLine,
  topLines,
} from './agency-money';
import { type PageFrame, provinceOf } from './document';
import { cellView, type CellView, notesOf, type SourceRef, sourceRef } from './document-cells';

/** A project of a targets-only table (绩效目标表): its money for the year, no execution yet. */
export interface TargetProjectRow {
  id: string;
  anchor: string;
  name: string;
  href: string;
  unit: string;
  /** 年度资金总额 (or the top amount when the table has no annual line). */
  annual?: CellView;
  ownLevel?: CellView;
  transferDown?: CellView;
  period?: string;
  indicatorCount: number;
  notes: string[];
  source: SourceRef;
}

export interface AgencyYearView {
  frame: PageFrame;
  agency: { slug: string; name: string; href: string };
  year: number;
  heading: string;
  lede: string;
  documents: DocumentEntry[];
  notCollected: string[];
  caveat: string;
  headlines: HeadlineFigure[];
  moneyNote: string;
  department?: DepartmentExecution;
  projects: Array<ProjectExecutionRow & { indicators?: IndicatorTally }>;
  rateChart: ExecutionRateDatum[];
  budgetChart: BudgetSpendingDatum[];
  targets: TargetProjectRow[];
  indicators: { total: IndicatorTally; missed: MissedIndicator[]; missedBullets: IndicatorBulletDatum[]; evaluatedItems: number };
  accounts: AccountsCharts[];
  findings: FindingView[];
}

function targetRows(docs: ReturnType<typeof documentsOf>): TargetProjectRow[] {
  const rows: TargetProjectRow[] = [];
  for (const doc of docs) {
    if (doc.kind !== 'project-targets') continue;
    for (const p of doc.projects) {
      const unit = p.funding.unit;
      const annual = p.funding.lines.find((l) => l.role === 'annual-total') ?? topLine(p.funding);
      const own = p.funding.lines.find((l) => l.role === 'own-level');
      const down = p.funding.lines.find((l) => l.role === 'transfer-down');
      let count = 0;
      const walk = (nodes: typeof p.indicators) => {
        for (const n of nodes) {
          if (n.kind === 'group') walk(n.children as typeof p.indicators);
          else if (n.placeholder !== true) count += 1;
        }
      };
      walk(p.indicators);
      const row: TargetProjectRow = {
        id: p.id,
        anchor: anchorId('target', p.id),
        name: p.name,
        href: withBase(projectPath(doc, p.id)),
        unit,
        indicatorCount: count,
        notes: notesOf(p),
        source: sourceRef(doc.archive, p.source.lines),
      };
      const amount = annual?.amount ?? annual?.adjustedBudget;
      if (amount !== undefined) row.annual = cellView(amount, unit);
      if (own?.amount !== undefined) row.ownLevel = cellView(own.amount, unit);
      if (down?.amount !== undefined) row.transferDown = cellView(down.amount, unit);
      if (p.period !== undefined) row.period = p.period;
      rows.push(row);
    }
  }
  return rows;
}

export function agencyYearView(data: SiteData, slug: string, year: number): AgencyYearView {
  const agency = data.agencyBySlug.get(slug);
  if (!agency) throw new Error(`no agency "${slug}" in data/agencies.json`);
  const docs = documentsOf(data, slug, year);
  const lines = topLines(docs);
  const rows = executionRows(docs);
  const indicators = agencyIndicators(docs);
  const headlines = headlineFigures(docs);
  const province = provinceOf(data, slug);
  const heading = `${agency.name} ${year} 年度概览`;
  const kinds = [...new Set(docs.map((d) => documentKinds[d.kind]))];
  const lede = `明账收录了${agency.name} ${year} 年度的 ${docs.length} 份公开文件（${kinds.join('、')}）。这一页把其中的主要数字按资金的性质分开列出，并给出明账的核对结果；每个数字都可以点到原文所在的行。`;

  const crumbs: PageFrame['crumbs'] = [{ label: '机构', href: withBase('/agencies/') }];
  for (const a of agencyAncestors(data, slug).filter((x) => x.level !== 'national')) crumbs.push({ label: a.shortName ?? a.name, href: withBase(agencyPath(a.slug)) });
  crumbs.push({ label: `${year} 年度` });
  const filters: Record<string, string> = { agency: agency.name, year: String(year), kind: '机构年度概览' };
  if (province) filters.province = regionName(province.regionCode) ?? province.name;
  const own = headlines.find((h) => h.id === 'own-expenditure');
  const description = `${agency.name} ${year} 年度：${own ? `本部门决算支出 ${own.text}；` : ''}${rows.length > 0 ? `${rows.length} 个项目和转移支付的预算执行；` : ''}绩效指标已达成 ${indicators.total.met} 个、未达成 ${indicators.total.missed} 个、无法判断 ${indicators.total.unknown} 个。`;

  const view: AgencyYearView = {
    frame: { title: heading, description, crumbs, filters, meta: { agency: agency.name, year: String(year), kind: '机构年度概览' } },
    agency: { slug, name: agency.name, href: withBase(agencyPath(slug)) },
    year,
    heading,
    lede,
    documents: documentEntries(docs),
    notCollected: kindsNotCollected(docs),
    caveat: NOT_COLLECTED_CAVEAT,
    headlines,
    moneyNote: MONEY_KINDS_NOTE,
    projects: rows.map((r) => {
      const tally = indicators.byItem.get(r.id);
      return tally ? { ...r, indicators: tally } : r;
    }),
    rateChart: executionRateData(rows, lines),
    budgetChart: budgetSpendingData(rows, lines),
    targets: targetRows(docs),
    indicators: {
      total: indicators.total,
      missed: indicators.missed,
      missedBullets: indicators.missedBullets,
      evaluatedItems: [...indicators.byItem.values()].filter((t) => t.met + t.missed + t.unknown > 0).length,
    },
    accounts: docs.flatMap((d) => (d.kind === 'final-accounts' ? [accountsCharts(d)] : [])),
    findings: agencyYearFindings(data, slug, year),
  };
  const department = departmentExecution(docs);
  if (department) view.department = department;
  return view;
}

/** Every agency-year that has documents, for getStaticPaths. */
export function agencyYears(data: SiteData): Array<{ agency: string; year: number }> {
  return [...data.documentsByAgencyYear.values()].map(([d]) => ({ agency: d!.agency, year: d!.fiscalYear })).sort((a, b) => a.agency.localeCompare(b.agency) || b.year - a.year);
}
