/**
 * What /downloads/ offers: the whole dataset and each agency-year, as JSON (the validated
 * documents as in data/, with the release) and as four CSV tables. Download URLs carry no
 * release id, so they never change; the release is inside every file, and in the file name
 * a browser saves (the `download` attribute on the page's links).
 */
import type { Agency } from '../../schemas/agency';
import type { DisclosureDocument } from '../../schemas/document';
import type { ArchivedSource } from '../../schemas/source';
import type { Finding } from '../audit/finding';
import { toCsv } from './csv';
import { exportTables, type ExportContext, type ExportTable, type TableName } from './tables';

export const TABLE_NAMES: readonly TableName[] = ['projects', 'indicators', 'final-accounts', 'findings'];

/**
 * A set of documents offered for download: everything, one agency's year, or — when the whole
 * dataset is too big for one file (site-export.ts, `downloadsSplit`) — one province's documents
 * (its province bureau as `agency`, no year; the national bureau's for its own documents).
 */
export interface DownloadScope {
  /** `all`, `<agency>/<year>`, or `<province bureau>`. */
  key: string;
  agency?: Agency;
  fiscalYear?: number;
  documents: DisclosureDocument[];
}

/** Site path of a download (without base). */
export function downloadPath(scope: { agency?: { slug: string } | undefined; fiscalYear?: number | undefined }, file: 'dataset.json' | `${TableName}.csv`): string {
  if (!scope.agency) return `/downloads/${file}`;
  return scope.fiscalYear !== undefined ? `/downloads/${scope.agency.slug}/${scope.fiscalYear}/${file}` : `/downloads/${scope.agency.slug}/${file}`;
}

/** The file name a browser saves a download under: `mingzhang-<scope>-<file stem>-<release>.<ext>`. */
export function downloadFileName(scope: { agency?: { slug: string } | undefined; fiscalYear?: number | undefined }, file: 'dataset.json' | `${TableName}.csv`, release: string): string {
  const [stem, ext] = file.split('.') as [string, string];
  const where = !scope.agency ? '' : scope.fiscalYear !== undefined ? `${scope.agency.slug}-${scope.fiscalYear}-` : `${scope.agency.slug}-`;
  return `mingzhang-${where}${stem}-${release}.${ext}`;
}

/** Every scope: all documents, then each agency-year that has documents, sorted by agency and year. */
export function downloadScopes(documents: readonly DisclosureDocument[], agencyBySlug: ReadonlyMap<string, Agency>): DownloadScope[] {
  const byYear = new Map<string, DownloadScope>();
  for (const d of documents) {
    const key = `${d.agency}/${d.fiscalYear}`;
    let scope = byYear.get(key);
    if (!scope) {
      const agency = agencyBySlug.get(d.agency);
      if (!agency) throw new Error(`document ${d.id}: unknown agency ${d.agency}`);
      scope = { key, agency, fiscalYear: d.fiscalYear, documents: [] };
      byYear.set(key, scope);
    }
    scope.documents.push(d);
  }
  const years = [...byYear.values()].sort((a, b) => a.agency!.slug.localeCompare(b.agency!.slug) || a.fiscalYear! - b.fiscalYear!);
  return [{ key: 'all', documents: [...documents] }, ...years];
}

export interface DatasetJson {
  /** The release id of the data. */
  release: string;
  /** What this file holds: everything, one agency-year, or one province (`province`: its bureau's slug). */
  scope: { agency?: string; fiscalYear?: number; province?: string };
  /** The agency registry (the agency and the agencies above it, for one agency-year; the documents' agencies and those above them, for a province). */
  agencies: Agency[];
  /** The archived sources the documents were transcribed from. */
  sources: ArchivedSource[];
  /** The documents, validated, as in data/disclosures/. */
  documents: DisclosureDocument[];
}

const sourceOrder = new WeakMap<readonly ArchivedSource[], Map<string, number>>();

/** The archived sources with these ids, in registry order (the registry is indexed once, not scanned per scope). */
function sourcesOf(sources: readonly ArchivedSource[], ids: ReadonlySet<string>): ArchivedSource[] {
  let order = sourceOrder.get(sources);
  if (order === undefined) {
    order = new Map(sources.map((s, i) => [s.id, i]));
    sourceOrder.set(sources, order);
  }
  const at = order;
  return [...ids].flatMap((id) => (at.has(id) ? [at.get(id)!] : [])).sort((a, b) => a - b).map((i) => sources[i]!);
}

/** The JSON download of a scope. */
export function datasetJson(
  scope: DownloadScope,
  all: { agencies: readonly Agency[]; sources: readonly ArchivedSource[]; agencyBySlug?: ReadonlyMap<string, Agency>; sourceById?: ReadonlyMap<string, ArchivedSource> },
  release: string,
): DatasetJson {
  const archives = new Set(scope.documents.map((d) => d.archive));
  let agencies = [...all.agencies];
  if (scope.agency) {
    const bySlug = all.agencyBySlug ?? new Map(all.agencies.map((a) => [a.slug, a]));
    const chainOf = (from: Agency | undefined): Agency[] => {
      const chain: Agency[] = [];
      for (let a: Agency | undefined = from; a && !chain.includes(a); a = a.parent ? bySlug.get(a.parent) : undefined) chain.unshift(a);
      return chain;
    };
    if (scope.fiscalYear !== undefined) agencies = chainOf(scope.agency);
    else {
      // A province: its documents' agencies and those above them, in registry order.
      const wanted = new Set([scope.agency, ...new Set(scope.documents.map((d) => bySlug.get(d.agency)))].flatMap((a) => chainOf(a)));
      agencies = all.agencies.filter((a) => wanted.has(a));
    }
  }
  return {
    release,
    scope: !scope.agency ? {} : scope.fiscalYear !== undefined ? { agency: scope.agency.slug, fiscalYear: scope.fiscalYear } : { province: scope.agency.slug },
    agencies,
    sources: !scope.agency ? [...all.sources] : sourcesOf(all.sources, archives),
    documents: [...scope.documents].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** The four CSV texts of a scope, by table name. */
export function scopeCsv(scope: DownloadScope, all: readonly DisclosureDocument[] | ReadonlyMap<string, DisclosureDocument>, ctx: ExportContext, findings?: readonly Finding[]): Map<TableName, { table: ExportTable; csv: string }> {
  return new Map(exportTables(scope.documents, all, ctx, findings).map((t) => [t.name, { table: t, csv: toCsv(t.columns, t.rows) }]));
}
