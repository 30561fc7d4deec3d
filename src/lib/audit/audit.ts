/**
 * The consistency audit: runs every rule over every document and returns the findings,
 * sorted by severity and place. Pure: documents in, findings out.
 */
import type { DisclosureDocument } from '../../schemas/document';
import type { Funding } from '../../schemas/funding';
import type { IndicatorNode } from '../../schemas/indicator';
import type { Finding, ItemLocation, Severity } from './finding';
import { budgetChange } from './rules/budget-change';
import { departmentVsAccounts, reportVsTable } from './rules/cross-document';
import { indicatorFindings } from './rules/indicators';
import { fundingRates, shareRates, taskRates, yearOverYearRates } from './rules/rates';
import { executionScore, scoredItems, scoresAboveWeight, treeTotals } from './rules/scores';
import { figureSums, fundingSums, tableSums, taskSums } from './rules/sums';

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

interface Scorable {
  id: string;
  name: string;
  source: { lines: [number, number] };
  funding?: Funding;
  indicators: IndicatorNode[];
  totalScore?: string;
  totalWeight?: string;
  executionScoreInTotal?: boolean;
}

function auditProject(doc: DisclosureDocument, p: Scorable, path: (string | number)[], evaluated: boolean): Finding[] {
  const base: ItemLocation = { document: doc.id, item: p.id, lines: p.source.lines, path };
  const out: Finding[] = [];
  if (p.funding) {
    out.push(...fundingSums(p.funding, base, p.name), ...fundingRates(p.funding, base, p.name));
    if (evaluated) out.push(...executionScore(p.funding, base, p.name), ...budgetChange(p.funding, base, p.name));
  }
  const execLine = p.funding?.lines.find((l) => !l.parent && (l.role === 'total' || l.role === 'annual-total'));
  const execItems = execLine ? [{ label: `${p.name} 执行率`, weight: execLine.weight, score: execLine.score, loc: { ...base, sub: execLine.id, lines: execLine.source.lines, path: [...path, 'funding', 'lines', p.funding!.lines.indexOf(execLine)] } }] : [];
  out.push(...scoresAboveWeight([...scoredItems(p.indicators, base, 'indicators'), ...execItems]));
  out.push(
    ...treeTotals(
      p.indicators,
      base,
      'indicators',
      { totalScore: p.totalScore, totalWeight: p.totalWeight, label: `${p.name} 总分` },
      p.executionScoreInTotal && execLine ? { label: '执行率', weight: execLine.weight, score: execLine.score, loc: execItems[0]!.loc } : undefined,
    ),
  );
  out.push(...indicatorFindings(doc, p.indicators, base, evaluated));
  return out;
}

export function auditDocument(doc: DisclosureDocument, all: readonly DisclosureDocument[]): Finding[] {
  const out: Finding[] = [];
  switch (doc.kind) {
    case 'final-accounts': {
      doc.finalAccounts.tables.forEach((t, i) => out.push(...tableSums(doc, t, i)));
      out.push(...figureSums(doc, doc.finalAccounts.figures, ['finalAccounts', 'figures']));
      out.push(...shareRates(doc, doc.finalAccounts.figures, ['finalAccounts', 'figures']));
      out.push(...yearOverYearRates(doc, doc.finalAccounts.yearOverYear, ['finalAccounts', 'yearOverYear']));
      break;
    }
    case 'project-targets':
      doc.projects.forEach((p, i) => {
        out.push(...auditProject(doc, p, ['projects', i], false));
        if (p.figures) out.push(...figureSums(doc, p.figures, ['projects', i, 'figures'], p.id));
      });
      break;
    case 'project-evaluations':
      doc.projects.forEach((p, i) => {
        out.push(...auditProject(doc, p, ['projects', i], true));
        if (p.figures) out.push(...figureSums(doc, p.figures, ['projects', i, 'figures'], p.id), ...shareRates(doc, p.figures, ['projects', i, 'figures'], p.id));
      });
      break;
    case 'transfer-payment-evaluations':
      doc.evaluations.forEach((e, i) => out.push(...auditProject(doc, e, ['evaluations', i], true)));
      break;
    case 'department-evaluation': {
      const e = doc.evaluation;
      out.push(...auditProject(doc, { ...e, name: e.title, executionScoreInTotal: true }, ['evaluation'], true));
      const base: ItemLocation = { document: doc.id, item: e.id, lines: e.source.lines, path: ['evaluation'] };
      out.push(...taskRates(e.tasks, base, e.title), ...taskSums(e, base, e.title));
      out.push(...departmentVsAccounts(doc, all));
      break;
    }
    case 'evaluation-report': {
      const r = doc.report;
      const base: ItemLocation = { document: doc.id, item: r.id, lines: r.source.lines, path: ['report'] };
      out.push(...scoresAboveWeight(scoredItems(r.dimensions, base, 'dimensions')));
      out.push(...treeTotals(r.dimensions, base, 'dimensions', { totalScore: r.totalScore, totalWeight: r.totalWeight, label: `${doc.documentNumber ?? r.documentNumber} 总得分` }));
      out.push(...figureSums(doc, r.figures, ['report', 'figures'], r.id));
      out.push(...reportVsTable(doc, [...all]));
      break;
    }
  }
  return out;
}

export function auditDataset(documents: readonly DisclosureDocument[]): Finding[] {
  // The rules across documents compare a document with others of its agency and year only
  // (validation guarantees a report's project and a part's parent are of the same agency-year),
  // so each document is audited beside its agency-year, not the whole dataset.
  const groups = new Map<string, DisclosureDocument[]>();
  for (const d of documents) {
    const key = `${d.agency}\u0000${d.fiscalYear}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const all = documents.flatMap((d) => auditDocument(d, groups.get(`${d.agency}\u0000${d.fiscalYear}`)!));
  const seen = new Set<string>();
  return sortFindings(all.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true))));
}

/** Most serious first, then by document and id: the order of every list of findings. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.location.document.localeCompare(b.location.document) || a.id.localeCompare(b.id));
}
