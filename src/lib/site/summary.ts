/**
 * What the site-wide pages need, as plain data (docs/sharding.md): the home page, the agency
 * index, the findings lists, the comparisons, coverage, corrections, feeds and the national
 * bureau's page all render from a SiteSummary, never from documents. An unsharded build renders
 * them from `siteSummary(data)` of its whole data; a sharded build writes each shard's summary
 * (`/summary.json`, src/pages/[summary].json.ts) and a global build (MINGZHANG_SHARD=global)
 * renders them from `mergeSummaries` of the shards' summaries. One code path, so the two can be
 * compared byte for byte.
 *
 * Everything in a summary is computed from one shard's documents alone (a province's agencies
 * never refer to another province's documents); whatever depends on the whole list — order,
 * ranks, the first N, counts, row numbers — is computed after merging. Lists are kept in the
 * order an unsharded build computes them in (document id, then the document's own order), so
 * merging is concatenating and sorting by the same keys; merging in any order gives the same
 * summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclosureDocument, DocumentKind } from '../../schemas/document';
import type { Severity } from '../audit/finding';
import { type AccountsEntry, accountsEntries } from '../view/compare-page';
import { type FamilyEntry, familyEntries, type TopicEntry, topicEntries } from '../view/compare';
import { type PromisePair, promiseEntries } from '../view/compare-promises';
import { type CorrectionLinks, correctionLinks } from '../view/corrections';
import { type AuditRow, auditRows, type ExecutionRow, executionRows, type IndicatorRow, indicatorRows, missedIndicators, selfDeductedIndicators } from '../view/findings';
import { type HomeSummary, homeSummary, mergeHomeSummaries } from '../view/home';
import { type AgencyPageView, agencyPageView } from '../view/agency';
import { loadSiteData, rendersAgency, type SiteData } from './dataset';
import { readCorrections } from './release';
import type { DownloadsSummary } from '../export/site-export';
import type { GuideCandidate } from '../view/guide';

/** One document as the site-wide pages list it (catalogue, feeds, coverage, latest). */
export interface DocumentSummary {
  id: string;
  agency: string;
  agencyName: string;
  fiscalYear: number;
  kind: DocumentKind;
  title: string;
  /** The title lists show: an evaluation report's 文号, else the title. */
  listTitle: string;
  documentNumber?: string;
  summary?: string;
  partOf?: string;
  published: DisclosureDocument['published'];
  /** Final accounts: the tables not in the archived text (their number, else name). */
  missingTables: string[];
}

export interface SiteSummary {
  format: 1;
  /** Every document, in id order. */
  documents: DocumentSummary[];
  /** The findings lists' rows: execution and indicators in document order, audit in the audit's order. */
  execution: ExecutionRow[];
  /**
   * The indicators a list shows (missed, or marked down by the source itself; `listedIndicators`),
   * not every evaluated one: at 1,000 agency-years those are 5% of 110,000 rows per half.
   */
  indicators: IndicatorRow[];
  /** Evaluated indicators per agency (the lists' denominators), by agency slug. */
  indicatorCounts: Record<string, IndicatorCount>;
  audit: AuditRow[];
  home: HomeSummary;
  compare: {
    families: FamilyEntry[];
    topics: TopicEntry[];
    promises: Array<{ document: string; pair: PromisePair }>;
    accounts: AccountsEntry[];
  };
  /** Links of the corrections whose documents the summary holds, by correction id. */
  corrections: Record<string, CorrectionLinks>;
  /**
   * Agency pages that list agencies of other shards (the national bureau's children are the
   * provinces): the view as its own build computed it; the document counts of the children are
   * filled in from the whole catalogue when the page is rendered (`withChildCounts`).
   */
  agencyPages: Record<string, AgencyPageView>;
}

const byId = (a: string, b: string) => a.localeCompare(b);

/** Evaluated indicators of an agency, and of them those whose status the figures cannot tell. */
export interface IndicatorCount {
  evaluated: number;
  unknown: number;
}

/** The rows the missed-indicators list shows, numbered in document order, and every agency's counts. */
function indicatorSummary(rows: readonly IndicatorRow[]): Pick<SiteSummary, 'indicators' | 'indicatorCounts'> {
  const indicatorCounts: Record<string, IndicatorCount> = {};
  for (const r of rows) {
    const c = (indicatorCounts[r.context.agency.slug] ??= { evaluated: 0, unknown: 0 });
    c.evaluated += 1;
    if (r.status === 'unknown') c.unknown += 1;
  }
  const listed = new Set([...missedIndicators(rows), ...selfDeductedIndicators(rows)]);
  return { indicators: rows.filter((r) => listed.has(r)).map((r, order) => ({ ...r, order })), indicatorCounts };
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function documentSummary(data: SiteData, d: DisclosureDocument): DocumentSummary {
  const out: DocumentSummary = {
    id: d.id,
    agency: d.agency,
    agencyName: data.agencyBySlug.get(d.agency)?.name ?? d.agency,
    fiscalYear: d.fiscalYear,
    kind: d.kind,
    title: d.title,
    listTitle: d.kind === 'evaluation-report' ? d.report.documentNumber : d.title,
    published: d.published,
    missingTables: d.kind === 'final-accounts' ? d.finalAccounts.tables.filter((t) => t.status === 'not-available').map((t) => t.number || t.name) : [],
  };
  if (d.documentNumber !== undefined) out.documentNumber = d.documentNumber;
  if (d.summary !== undefined) out.summary = d.summary;
  if (d.partOf !== undefined) out.partOf = d.partOf;
  return out;
}

/** The summary of a build's own data (the whole site unsharded, one shard's provinces sharded). */
export function siteSummary(data: SiteData, dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): SiteSummary {
  const agencyPages: Record<string, AgencyPageView> = {};
  for (const a of data.agencies) if (a.level === 'national' && rendersAgency(data, a)) agencyPages[a.slug] = agencyPageView(data, a.slug);
  return {
    format: 1,
    documents: data.documents.map((d) => documentSummary(data, d)),
    execution: executionRows(data),
    ...indicatorSummary(indicatorRows(data)),
    audit: auditRows(data),
    home: homeSummary(data),
    compare: {
      families: familyEntries(data),
      topics: topicEntries(data),
      promises: promiseEntries(data),
      accounts: accountsEntries(data),
    },
    corrections: correctionLinks(readCorrections(dataDir).corrections, data.documentById),
    agencyPages,
  };
}

/** Stable sort by document id: rows of one document keep their own order. */
function inDocumentOrder<T>(parts: readonly (readonly T[])[], documentOf: (row: T) => string): T[] {
  return parts.flat().sort((a, b) => byId(documentOf(a), documentOf(b)));
}

/**
 * One summary of several (shards of one site, each agency in one of them). The result does not
 * depend on the order of `parts`: every list is put in the order an unsharded build gives it.
 */
export function mergeSummaries(parts: readonly SiteSummary[]): SiteSummary {
  const sorted = [...parts].sort((a, b) => byId(a.documents[0]?.id ?? '', b.documents[0]?.id ?? ''));
  const indicators = inDocumentOrder(
    sorted.map((p) => p.indicators),
    (r) => r.context.document.id,
  ).map((r, order) => ({ ...r, order }));
  const audit = sorted
    .flatMap((p) => p.audit)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byId(a.context.document.id, b.context.document.id) || byId(a.id, b.id))
    .map((r, order) => ({ ...r, order }));
  const corrections: Record<string, CorrectionLinks> = {};
  const agencyPages: Record<string, AgencyPageView> = {};
  for (const p of sorted) {
    Object.assign(corrections, p.corrections);
    Object.assign(agencyPages, p.agencyPages);
  }
  const sortKeys = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => byId(a, b)));
  return {
    format: 1,
    documents: inDocumentOrder(
      sorted.map((p) => p.documents),
      (d) => d.id,
    ),
    execution: inDocumentOrder(
      sorted.map((p) => p.execution),
      (r) => r.context.document.id,
    ),
    indicators,
    indicatorCounts: sortKeys(Object.assign({}, ...sorted.map((p) => p.indicatorCounts)) as Record<string, IndicatorCount>),
    audit,
    home: mergeHomeSummaries(sorted.map((p) => p.home)),
    compare: {
      families: inDocumentOrder(
        sorted.map((p) => p.compare.families),
        (e) => e.document,
      ),
      topics: inDocumentOrder(
        sorted.map((p) => p.compare.topics),
        (e) => e.document,
      ),
      promises: inDocumentOrder(
        sorted.map((p) => p.compare.promises),
        (e) => e.document,
      ),
      accounts: inDocumentOrder(
        sorted.map((p) => p.compare.accounts),
        (e) => e.document,
      ),
    },
    corrections: sortKeys(corrections),
    agencyPages: sortKeys(agencyPages),
  };
}

/** Whether this build renders site-wide pages from the shards' summaries (MINGZHANG_SHARD=global). */
export function isGlobalBuild(): boolean {
  return process.env.MINGZHANG_SHARD?.trim() === 'global';
}

/** The summary files a global build merges (MINGZHANG_SUMMARIES, paths separated by `:`). */
export function summaryFiles(): string[] {
  return (process.env.MINGZHANG_SUMMARIES ?? '').split(':').filter(Boolean);
}

/** What a shard writes (`/summary.json`): its summary, and its downloads' summary. */
export interface SummaryFile extends SiteSummary {
  downloads: DownloadsSummary;
  /** The guide as the shard's documents would give it (src/lib/view/guide.ts). */
  guide?: GuideCandidate;
}

export function readSummary(file: string): SummaryFile {
  const summary = JSON.parse(readFileSync(file, 'utf8')) as SummaryFile;
  if (summary.format !== 1) throw new Error(`${file}: not a site summary of format 1`);
  return summary;
}

let files: SummaryFile[] | undefined;

/** The shards' summaries a global build reads, read once. */
export function readSummaryFiles(): SummaryFile[] {
  if (files === undefined) {
    const paths = summaryFiles();
    if (paths.length === 0) throw new Error('MINGZHANG_SHARD=global needs MINGZHANG_SUMMARIES: the shards\' summary.json files, separated by ":"');
    files = paths.map(readSummary);
  }
  return files;
}

let cache: Promise<SiteSummary> | undefined;

/**
 * The summary the site-wide pages of this build render from: in a global build the merge of
 * the shards' summaries, otherwise the summary of the build's own data.
 */
export function loadSiteSummary(): Promise<SiteSummary> {
  cache ??= (async () => {
    if (isGlobalBuild()) return mergeSummaries(readSummaryFiles().map(({ downloads: _downloads, ...summary }) => summary));
    return siteSummary(await loadSiteData());
  })();
  return cache;
}

const counts = new WeakMap<SiteSummary, Map<string, number>>();

/** Documents per agency in a summary. */
export function documentCountOf(summary: SiteSummary): (slug: string) => number {
  let map = counts.get(summary);
  if (map === undefined) {
    map = new Map();
    for (const d of summary.documents) map.set(d.agency, (map.get(d.agency) ?? 0) + 1);
    counts.set(summary, map);
  }
  const m = map;
  return (slug) => m.get(slug) ?? 0;
}

/** The whole archived-source registry (a shard or global build holds only some of it). */
export function sourceRegistry(dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): Array<{ id: string; title: string }> {
  return (JSON.parse(readFileSync(join(dataDir, 'sources', 'sources.json'), 'utf8')) as { sources: Array<{ id: string; title: string }> }).sources;
}
