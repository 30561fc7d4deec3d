/**
 * The one module that loads the dataset for pages: validated once per build, then queried
 * by the page modules through the functions below. Pages never read files themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyRegistrySchema, type Agency } from '../../schemas/agency';
import { disclosureDocumentSchema, type DisclosureDocument } from '../../schemas/document';
import { sourceRegistrySchema, type ArchivedSource } from '../../schemas/source';
import { listFiles, readDataset } from '../dataset/read-files';
import { inShard, parseShard, readShard, type Shard } from '../dataset/shard';
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
  /** The shard this build renders (MINGZHANG_SHARD), if it is one (docs/sharding.md). */
  shard?: Shard;
  /**
   * The fiscal years with documents anywhere in the data folder (its `disclosures/<agency>/<year>/`
   * folders, which validation ties to the documents' years), so that a shard states the same
   * span of years as the whole site.
   */
  yearsInData?: number[];
}

/** Fiscal years that have a folder under `disclosures/<agency>/` in `dataDir`. */
function yearsInData(dataDir: string): number[] {
  const root = join(dataDir, 'disclosures');
  if (!existsSync(root)) return [];
  const years = new Set<number>();
  for (const agency of readdirSync(root, { withFileTypes: true })) {
    if (!agency.isDirectory()) continue;
    for (const year of readdirSync(join(root, agency.name), { withFileTypes: true })) if (year.isDirectory() && /^\d{4}$/.test(year.name)) years.add(Number(year.name));
  }
  return [...years].sort((a, b) => a - b);
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

/** Whether this build renders the pages of an agency (every agency, unless the build is a shard). */
export function rendersAgency(data: SiteData, agency: Agency | undefined): boolean {
  return data.shard === undefined || (agency !== undefined && inShard(agency, data.shard));
}

/**
 * Already validated (MINGZHANG_VALIDATED=1, set by scripts/build.ts and scripts/shard-build.ts
 * after their own validation of the same files): read file by file and parse with the schemas,
 * without the source positions and raw bytes validation keeps for its messages, so memory holds
 * the documents only. A file that fails its schema here still stops the build.
 */
function loadValidated(dataDir: string, shard: Shard | undefined): Pick<SiteData, 'agencies' | 'sources' | 'documents'> {
  const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  const agencies = agencyRegistrySchema.parse(json(join(dataDir, 'agencies.json'))).agencies;
  const owned = new Set(agencies.filter((a) => shard === undefined || inShard(a, shard)).map((a) => a.slug));
  const sources = sourceRegistrySchema.parse(json(join(dataDir, 'sources', 'sources.json'))).sources.filter((s) => owned.has(s.agency));
  const documents: DisclosureDocument[] = [];
  for (const slug of owned) {
    const dir = join(dataDir, 'disclosures', slug);
    if (!existsSync(dir)) continue;
    for (const file of listFiles(dir, ['.json'])) {
      const parsed = disclosureDocumentSchema.safeParse(json(file));
      if (!parsed.success) throw new Error(`${file} does not match the document schema although the build was told it was validated: run \`npm run validate -- ${file}\``);
      documents.push(parsed.data);
    }
  }
  return { agencies, sources, documents };
}

let cache: Promise<SiteData> | undefined;

export function loadSiteData(dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): Promise<SiteData> {
  cache ??= (async () => {
    // MINGZHANG_SHARD: only some provinces' documents (docs/sharding.md).
    const shard = parseShard(process.env.MINGZHANG_SHARD);
    let loaded: Pick<SiteData, 'agencies' | 'sources' | 'documents'>;
    // The global build reads no document (its pages come from the shards' summaries): the registry only, parsed with its schema.
    if (process.env.MINGZHANG_VALIDATED === '1' || shard?.global) loaded = loadValidated(dataDir, shard);
    else {
      const { inputs } = shard ? readShard(process.cwd(), dataDir, shard) : readDataset(process.cwd(), dataDir);
      const result = await validateDataset(inputs);
      if (!result.ok) throw new Error(`data/ does not validate:\n${formatProblems(result.problems.filter((p) => p.level === 'error'))}`);
      loaded = { agencies: result.agencies, sources: result.sources, documents: result.documents.map((d) => d.data) };
    }
    const documents = loaded.documents.sort((a, b) => a.id.localeCompare(b.id));
    return {
      agencies: loaded.agencies,
      agencyBySlug: new Map(loaded.agencies.map((a) => [a.slug, a])),
      sources: loaded.sources,
      sourceById: new Map(loaded.sources.map((s) => [s.id, s])),
      documents,
      ...indexDocuments(documents),
      ...(shard && { shard, yearsInData: yearsInData(dataDir) }),
    };
  })();
  return cache;
}
