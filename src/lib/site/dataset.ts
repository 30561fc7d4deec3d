/**
 * The one module that loads the dataset for pages: validated once per build, then queried
 * by the page modules through the functions below. Pages never read files themselves.
 */
import type { Agency } from '../../schemas/agency';
import type { DisclosureDocument } from '../../schemas/document';
import type { ArchivedSource } from '../../schemas/source';
import { readDataset } from '../dataset/read-files';
import { parseShard, readShard } from '../dataset/shard';
import { formatProblems } from '../validation/problem';
import { validateDataset } from '../validation/validate-dataset';

export interface SiteData {
  agencies: Agency[];
  agencyBySlug: Map<string, Agency>;
  sources: ArchivedSource[];
  sourceById: Map<string, ArchivedSource>;
  documents: DisclosureDocument[];
  documentById: Map<string, DisclosureDocument>;
  /** Documents by agency slug, in id order: pages look up their own instead of scanning every document. */
  documentsByAgency: Map<string, DisclosureDocument[]>;
  /** Documents by `<agency>/<fiscal year>`, in id order. */
  documentsByAgencyYear: Map<string, DisclosureDocument[]>;
  /** Documents printed inside another (`partOf`), by the id of the one they are printed in. */
  partsByDocument: Map<string, DisclosureDocument[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The lookups every page uses, from the validated documents (sorted by id). */
export function indexDocuments(documents: DisclosureDocument[]): Pick<SiteData, 'documentById' | 'documentsByAgency' | 'documentsByAgencyYear' | 'partsByDocument'> {
  return {
    documentById: new Map(documents.map((d) => [d.id, d])),
    documentsByAgency: groupBy(documents, (d) => d.agency),
    documentsByAgencyYear: groupBy(documents, (d) => `${d.agency}/${d.fiscalYear}`),
    partsByDocument: groupBy(documents, (d) => d.partOf),
  };
}

let cache: Promise<SiteData> | undefined;

export function loadSiteData(dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): Promise<SiteData> {
  cache ??= (async () => {
    // MINGZHANG_SHARD: only some provinces' documents (docs/sharding.md).
    const shard = parseShard(process.env.MINGZHANG_SHARD);
    const { inputs } = shard ? readShard(process.cwd(), dataDir, shard) : readDataset(process.cwd(), dataDir);
    const result = await validateDataset(inputs);
    if (!result.ok) throw new Error(`data/ does not validate:\n${formatProblems(result.problems.filter((p) => p.level === 'error'))}`);
    const documents = result.documents.map((d) => d.data).sort((a, b) => a.id.localeCompare(b.id));
    return {
      agencies: result.agencies,
      agencyBySlug: new Map(result.agencies.map((a) => [a.slug, a])),
      sources: result.sources,
      sourceById: new Map(result.sources.map((s) => [s.id, s])),
      documents,
      ...indexDocuments(documents),
    };
  })();
  return cache;
}
