/**
 * The file-system side of coverage (Node only, build time): reads data/coverage.json once and
 * stops the build with every problem when it does not validate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agency } from '../../schemas/agency';
import type { SiteData } from '../site/dataset';
import { formatProblems } from '../validation/problem';
import { type CoverageEntry } from '../../schemas/coverage';
import { sourceRegistrySchema } from '../../schemas/source';
import { type CoverageDocument, parseCoverage } from './coverage';

const cache = new WeakMap<object, CoverageEntry[]>();

/**
 * The entries of `<dataDir>/coverage.json` (none when the file is absent), checked against the
 * agencies and the documents given (a build's own, or the catalogue of a site summary).
 */
export function loadCoverage(data: Pick<SiteData, 'agencies' | 'sources' | 'shard'> & { documents: readonly CoverageDocument[] }, dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): CoverageEntry[] {
  const cached = cache.get(data);
  if (cached) return cached;
  const path = join(dataDir, 'coverage.json');
  let entries: CoverageEntry[] = [];
  if (existsSync(path)) {
    // A shard holds only its provinces' archived sources; the log's evidence may cite any.
    const context: { agencies: readonly Agency[]; sources: SiteData['sources']; documents: readonly CoverageDocument[] } = data.shard ? { ...data, sources: sourceRegistrySchema.parse(JSON.parse(readFileSync(join(dataDir, 'sources', 'sources.json'), 'utf8'))).sources } : data;
    const result = parseCoverage(path, new Uint8Array(readFileSync(path)), context);
    if (result.problems.length > 0) throw new Error(`${path} does not validate:\n${formatProblems(result.problems)}`);
    entries = result.entries;
  }
  cache.set(data, entries);
  return entries;
}
