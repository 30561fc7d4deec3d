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
      documentById: new Map(documents.map((d) => [d.id, d])),
    };
  })();
  return cache;
}
