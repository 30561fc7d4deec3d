/**
 * The downloads of the bundled data, computed once per build: the endpoints under
 * /downloads/ and the downloads page all read from here (the audit runs once, not once
 * per file).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclosureDocument } from '../../schemas/document';
import { type ArchivedSource, sourceRegistrySchema } from '../../schemas/source';
import type { Finding } from '../audit/finding';
import { loadSiteData, type SiteData } from '../site/dataset';
import { isGlobalBuild, readSummaryFiles } from '../site/summary';
import { listDataFiles, releaseId } from '../site/release';
import { provinceOf } from '../view/findings-orders';
import { siteFindings } from '../view/document-findings';
import { withBase } from '../site/urls';
import { type CsvRow, toCsv } from './csv';
import { datasetJson, downloadScopes, scopeCsv, TABLE_NAMES, type DownloadScope } from './downloads';
import { exportTables, type ExportContext, type TableName } from './tables';

export interface SiteExport {
  data: SiteData;
  release: string;
  ctx: ExportContext;
  findings: Finding[];
  scopes: DownloadScope[];
  /** When the downloads are split by province (`downloadsSplit`): each province's scope, of the documents this build has. */
  provinces: DownloadScope[];
  /** Scopes by key (`all`, `<agency>/<year>`). */
  scopeByKey: Map<string, DownloadScope>;
  /** Findings by document id. */
  findingsByDocument: Map<string, Finding[]>;
  /** Position of each finding in `findings`. */
  findingRank: Map<Finding, number>;
}

/** Absolute URL of a site path, with base, on `site`. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absolute URLs need `site` (MINGZHANG_SITE) in astro.config.mjs');
  return new URL(withBase(path), site).href;
}

// ————————————————————————————————————————— whole-corpus downloads split by province

/**
 * Above this many bytes of document files (data/disclosures/), the whole dataset is not offered
 * as one file but one per province (docs/sharding.md): `/downloads/<province bureau>/dataset.json`
 * and `<table>.csv`, each rendered by the build that renders the province's agencies (its shard),
 * and the national bureau's own documents under its slug. 64 MiB: the 1,000 agency-year corpus
 * (about 280 MB) is split, the 100 one (about 28 MB) and the bundled data are not; the national
 * corpus (4.5 GB) could not be one file at all (more than one JavaScript string holds).
 * MINGZHANG_DOWNLOADS_SPLIT_BYTES sets it. Every build decides from the whole data folder, so a
 * shard, the global build and an unsharded build agree.
 */
export function downloadsSplitBytes(): number {
  const limit = Number(process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES ?? String(64 * 1024 * 1024));
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`MINGZHANG_DOWNLOADS_SPLIT_BYTES must be a whole number of bytes, not ${process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES}`);
  return limit;
}

const splitDecided = new Map<string, boolean>();

/** Whether the whole-corpus downloads are split by province: the data folder's document files (their sizes, not their contents) are over the limit. */
export function downloadsSplit(dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): boolean {
  const limit = downloadsSplitBytes();
  const key = `${dataDir}\0${limit}`;
  let split = splitDecided.get(key);
  if (split === undefined) {
    const dir = join(dataDir, 'disclosures');
    let bytes = 0;
    for (const file of listDataFiles(dir)) {
      bytes += statSync(join(dir, file)).size;
      if (bytes > limit) break;
    }
    split = bytes > limit;
    splitDecided.set(key, split);
  }
  return split;
}

/** The province scopes of some documents: one per province bureau (the national bureau for its own), in region-code order. */
export function provinceScopes(data: Pick<SiteData, 'documents' | 'agencies' | 'agencyBySlug'>): DownloadScope[] {
  const resolve = provinceOf(data.agencies);
  const byProvince = new Map<string, { code: string; scope: DownloadScope }>();
  for (const d of data.documents) {
    const p = resolve(d.agency);
    let entry = byProvince.get(p.slug);
    if (!entry) {
      const agency = data.agencyBySlug.get(p.slug);
      if (!agency) throw new Error(`document ${d.id}: no agency ${p.slug} to list its province under`);
      entry = { code: p.code, scope: { key: p.slug, agency, documents: [] } };
      byProvince.set(p.slug, entry);
    }
    entry.scope.documents.push(d);
  }
  return [...byProvince.values()].sort((a, b) => a.code.localeCompare(b.code) || a.scope.key.localeCompare(b.scope.key)).map((e) => e.scope);
}

/**
 * Where a list page links for a whole-corpus table: the whole file; when the downloads are split,
 * the province's file on a province's page, else the downloads page's list of province files.
 */
export function wholeTableDownload(file: `${TableName}.csv`, province?: { slug: string; name: string }): { href: string; words: string } {
  if (!downloadsSplit()) return { href: withBase(`/downloads/${file}`), words: '全部' };
  if (province) return { href: withBase(`/downloads/${province.slug}/${file}`), words: `${province.name}的` };
  return { href: withBase('/downloads/#all'), words: '按省份分文件的' };
}

let cache: Promise<Omit<SiteExport, 'ctx'>> | undefined;

/** The downloads, with links made absolute on `site` (undefined where only the scopes are needed: getStaticPaths). */
export async function siteExport(site: URL | undefined): Promise<SiteExport> {
  cache ??= (async () => {
    const data = await loadSiteData();
    const findings = siteFindings(data);
    const scopes = downloadScopes(data.documents, data.agencyBySlug);
    const provinces = downloadsSplit() ? provinceScopes(data) : [];
    const findingsByDocument = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = findingsByDocument.get(f.location.document);
      if (list) list.push(f);
      else findingsByDocument.set(f.location.document, [f]);
    }
    return { data, release: releaseId(), findings, scopes, provinces, scopeByKey: new Map([...scopes, ...provinces].map((s) => [s.key, s])), findingsByDocument, findingRank: new Map(findings.map((f, i) => [f, i])) };
  })();
  const base = await cache;
  return { ...base, ctx: { release: base.release, agencyBySlug: base.data.agencyBySlug, url: (p: string) => absoluteUrl(p, site) } };
}

/** The scope of `all`, `<agency>/<year>` or (split downloads) `<province bureau>`. */
export function scopeOf(exp: SiteExport, key: string): DownloadScope {
  const scope = exp.scopeByKey.get(key);
  if (!scope) throw new Error(`no downloads for ${key}`);
  return scope;
}

/** What the downloads page says of a file: its rows (CSV) or documents (JSON), and its size in bytes. */
export interface FileFacts {
  count: number;
  bytes: number;
}

/**
 * Facts of every file rendered so far, by scope and file (`dataset.json`, `<table>.csv`): small,
 * so they are kept for the whole build and the downloads page does not render every file again
 * to say how big it is (at scale that doubled the CSV work and held the whole corpus as one string).
 */
const fileFacts = new Map<DownloadScope, Map<string, FileFacts>>();

function record(scope: DownloadScope, file: string, count: number, bytes: number): void {
  let facts = fileFacts.get(scope);
  if (!facts) fileFacts.set(scope, (facts = new Map()));
  facts.set(file, { count, bytes });
}

/**
 * The JSON download of a scope in pieces, one document at a time: together exactly
 * `JSON.stringify(datasetJson(…), null, 2) + '\n'`, never as one string — a large province's
 * file (hundreds of MB at national scale) would come near the longest string V8 holds.
 */
function* scopeJsonPieces(exp: SiteExport, scope: DownloadScope): Generator<string> {
  const json = datasetJson(scope, exp.data, exp.release);
  const head = JSON.stringify({ ...json, documents: [] }, null, 2);
  const empty = '[]\n}';
  if (json.documents.length === 0 || !head.endsWith(empty)) {
    yield JSON.stringify(json, null, 2) + '\n';
    return;
  }
  yield head.slice(0, -empty.length) + '[\n';
  // Strings in JSON hold no raw line breaks: indenting every line indents the document.
  for (const [i, d] of json.documents.entries()) yield `${i > 0 ? ',\n' : ''}    ${JSON.stringify(d, null, 2).replaceAll('\n', '\n    ')}`;
  yield '\n  ]\n}\n';
}

function scopeJsonFacts(exp: SiteExport, scope: DownloadScope): void {
  let bytes = 0;
  for (const piece of scopeJsonPieces(exp, scope)) bytes += Buffer.byteLength(piece, 'utf8');
  record(scope, 'dataset.json', scope.documents.length, bytes);
}

export function jsonResponse(exp: SiteExport, scope: DownloadScope): Response {
  const pieces = scopeJsonPieces(exp, scope);
  const encoder = new TextEncoder();
  let bytes = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) {
        record(scope, 'dataset.json', scope.documents.length, bytes);
        controller.close();
        return;
      }
      const chunk = encoder.encode(next.value);
      bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** The facts of a scope's files (`dataset.json` and each `<table>.csv`), rendering them only if they were not rendered yet. */
export function scopeFileFacts(exp: SiteExport, scope: DownloadScope): Map<string, FileFacts> {
  const known = fileFacts.get(scope);
  if (!known?.has('dataset.json')) scopeJsonFacts(exp, scope);
  if (!TABLE_NAMES.every((t) => known?.has(`${t}.csv`))) scopeTables(exp, scope);
  return fileFacts.get(scope)!;
}

/** The findings of a scope's documents (all of them for the site-wide scope). */
export function scopeFindings(exp: Pick<SiteExport, 'findings' | 'findingsByDocument' | 'findingRank'>, scope: DownloadScope): Finding[] {
  if (!scope.agency) return exp.findings;
  // In the order of the site-wide list, as if filtered from it.
  return scope.documents.flatMap((d) => exp.findingsByDocument.get(d.id) ?? []).sort((a, b) => exp.findingRank.get(a)! - exp.findingRank.get(b)!);
}

let lastCsv: { scope: DownloadScope; tables: ReturnType<typeof scopeCsv> } | undefined;

/**
 * The CSV tables of a scope. Astro renders a scope's four tables one after another, so the last
 * scope's tables are kept (one scope, not every scope: memory stays flat at any size).
 */
export function scopeTables(exp: SiteExport, scope: DownloadScope): ReturnType<typeof scopeCsv> {
  if (lastCsv?.scope !== scope) {
    lastCsv = { scope, tables: scopeCsv(scope, exp.data.documentById, exp.ctx, scopeFindings(exp, scope)) };
    for (const [name, { table, csv }] of lastCsv.tables) record(scope, `${name}.csv`, table.rows.length, Buffer.byteLength(csv, 'utf8'));
  }
  return lastCsv.tables;
}

export function csvResponse(exp: SiteExport, scope: DownloadScope, table: TableName): Response {
  const csv = scopeTables(exp, scope).get(table)!.csv;
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

// ————————————————————————————————————————— the site-wide scope from summaries (docs/sharding.md)

/** An agency-year scope as the downloads page lists it. */
export interface ScopeSummary {
  key: string;
  agency: string;
  fiscalYear: number;
  documentCount: number;
  /** By file (`dataset.json`, `<table>.csv`). */
  facts: Record<string, FileFacts>;
}

/** A province's files (split downloads) as the downloads page lists them. */
export interface ProvinceScopeSummary {
  /** The province bureau (the national bureau, for its own documents). */
  agency: string;
  documentCount: number;
  facts: Record<string, FileFacts>;
}

/**
 * What the downloads of the whole site need of some documents: every agency-year scope with its
 * files' facts (the files themselves are the agency's, built where its documents are), and the
 * parts of the site-wide files — the documents and the four tables' rows — or, when the
 * downloads are split by province, each province's files' facts instead (`all` is then absent).
 */
export interface DownloadsSummary {
  scopes: ScopeSummary[];
  all?: { documents: DisclosureDocument[]; rows: Record<TableName, CsvRow[]> };
  provinces: ProvinceScopeSummary[];
}

export function downloadsSummary(exp: SiteExport): DownloadsSummary {
  const scopes = exp.scopes.flatMap((scope): ScopeSummary[] =>
    scope.agency ? [{ key: scope.key, agency: scope.agency.slug, fiscalYear: scope.fiscalYear!, documentCount: scope.documents.length, facts: Object.fromEntries(scopeFileFacts(exp, scope)) }] : [],
  );
  if (downloadsSplit()) {
    const provinces = exp.provinces.map((scope): ProvinceScopeSummary => ({ agency: scope.agency!.slug, documentCount: scope.documents.length, facts: Object.fromEntries(scopeFileFacts(exp, scope)) }));
    return { scopes, provinces };
  }
  const tables = exportTables(exp.data.documents, exp.data.documentById, exp.ctx, exp.findings);
  return { scopes, all: { documents: exp.data.documents, rows: Object.fromEntries(tables.map((t) => [t.name, t.rows])) as Record<TableName, CsvRow[]> }, provinces: [] };
}

const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** The downloads of several shards as one (in the order an unsharded build gives, whatever the order of `parts`). */
export function mergeDownloads(parts: readonly DownloadsSummary[]): DownloadsSummary {
  const scopes = parts.flatMap((p) => p.scopes).sort((a, b) => a.agency.localeCompare(b.agency) || a.fiscalYear - b.fiscalYear);
  // The page orders the provinces by region code; here only an order that does not depend on the parts'.
  const provinces = parts.flatMap((p) => p.provinces ?? []).sort((a, b) => a.agency.localeCompare(b.agency));
  if (parts.some((p) => !p.all)) {
    if (parts.some((p) => p.all)) throw new Error('summaries disagree on whether the downloads are split by province: build every shard from the same data and MINGZHANG_DOWNLOADS_SPLIT_BYTES');
    return { scopes, provinces };
  }
  const byDocument = (a: CsvRow, b: CsvRow) => a.document!.localeCompare(b.document!);
  const rows = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const all = parts.flatMap((p) => p.all!.rows[name]);
      // Rows of one document keep their order (stable sort); findings in the audit's order.
      return [name, name === 'findings' ? all.sort((a, b) => SEVERITY_RANK[a.severity!]! - SEVERITY_RANK[b.severity!]! || byDocument(a, b) || a.finding!.localeCompare(b.finding!)) : all.sort(byDocument)];
    }),
  ) as Record<TableName, CsvRow[]>;
  return { scopes, all: { documents: parts.flatMap((p) => p.all!.documents).sort((a, b) => a.id.localeCompare(b.id)), rows }, provinces };
}

let downloadsCache: Promise<DownloadsSummary> | undefined;

/** The downloads summary of this build: the shards' merged in a global build, else its own. */
export function loadDownloadsSummary(site: URL | undefined): Promise<DownloadsSummary> {
  downloadsCache ??= (async () => (isGlobalBuild() ? mergeDownloads(readSummaryFiles().map((s) => s.downloads)) : downloadsSummary(await siteExport(site))))();
  return downloadsCache;
}

/** The site-wide scope (every document), its files rendered from the downloads summary (not when the downloads are split). */
const allFacts = new Map<string, FileFacts>();
let allCsv: Map<TableName, string> | undefined;

export async function allJson(site: URL | undefined): Promise<string> {
  const summary = await loadDownloadsSummary(site);
  if (!summary.all) throw new Error('the downloads are split by province: there is no /downloads/dataset.json');
  const data = await loadSiteData();
  const scope: DownloadScope = { key: 'all', documents: summary.all.documents };
  const body = JSON.stringify(datasetJson(scope, { agencies: data.agencies, sources: isGlobalBuild() || data.shard ? readSources() : data.sources }, releaseId()), null, 2) + '\n';
  allFacts.set('dataset.json', { count: scope.documents.length, bytes: Buffer.byteLength(body, 'utf8') });
  return body;
}

export async function allTable(site: URL | undefined, table: TableName): Promise<string> {
  if (allCsv === undefined) {
    const summary = await loadDownloadsSummary(site);
    if (!summary.all) throw new Error('the downloads are split by province: there are no whole-corpus CSV files');
    const all = summary.all;
    const exp = await siteExport(site);
    allCsv = new Map(
      exportTables([], new Map(), exp.ctx, []).map((t) => {
        const rows = all.rows[t.name];
        const csv = toCsv(t.columns, rows);
        allFacts.set(`${t.name}.csv`, { count: rows.length, bytes: Buffer.byteLength(csv, 'utf8') });
        return [t.name, csv];
      }),
    );
  }
  return allCsv.get(table)!;
}

/** The facts of the site-wide files, rendering them if they were not rendered yet. */
export async function allFileFacts(site: URL | undefined): Promise<Map<string, FileFacts>> {
  if (!allFacts.has('dataset.json')) await allJson(site);
  if (!TABLE_NAMES.every((t) => allFacts.has(`${t}.csv`))) await allTable(site, 'projects');
  return allFacts;
}

function readSources(dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): ArchivedSource[] {
  return sourceRegistrySchema.parse(JSON.parse(readFileSync(join(dataDir, 'sources', 'sources.json'), 'utf8'))).sources;
}
