/**
 * Sharded builds (docs/sharding.md). `MINGZHANG_SHARD` names the provinces whose agencies
 * one build renders — `35,61` (2-digit prefixes or 6-digit codes, comma-separated), plus
 * `national` for the national bureau — and the build then reads only those agencies'
 * documents and archived sources. The registry is read whole: every page needs the chain
 * of agencies above it. Shards are combined by scripts/merge-shards.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Agency } from '../../schemas/agency';
import type { ArchivedSource } from '../../schemas/source';
import type { InputFile } from '../validation/validate-dataset';
import { listFiles, type DatasetFiles } from './read-files';

export interface Shard {
  /** The spec as given (`national,35`). */
  spec: string;
  /** Province prefixes (2 digits). */
  provinces: Set<string>;
  /** Whether the national bureau (no region code) is in the shard. */
  national: boolean;
  /**
   * `global`: the build that renders the site-wide pages from the shards' summaries
   * (MINGZHANG_SUMMARIES, src/lib/site/summary.ts); it owns no agency and reads no documents.
   */
  global?: boolean;
}

/** Reads a shard spec; undefined when there is none (an unsharded build). Throws on a malformed spec. */
export function parseShard(spec: string | undefined): Shard | undefined {
  if (spec === undefined || spec.trim() === '') return undefined;
  const shard: Shard = { spec, provinces: new Set(), national: false };
  if (spec.trim() === 'global') return { ...shard, global: true };
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (part === 'national') shard.national = true;
    else if (/^\d{2}(0000)?$/.test(part)) shard.provinces.add(part.slice(0, 2));
    else throw new Error(`MINGZHANG_SHARD: "${part}" is neither "national" nor a province code such as "35" or "350000"`);
  }
  return shard;
}

export function inShard(agency: Pick<Agency, 'regionCode'>, shard: Shard): boolean {
  return agency.regionCode === undefined ? shard.national : shard.provinces.has(agency.regionCode.slice(0, 2));
}

/**
 * The dataset files of one shard: the whole agency registry, the archived sources of the
 * shard's agencies (sources.json rewritten to list only those), and their documents.
 */
export function readShard(root: string, dataDir: string, shard: Shard): DatasetFiles {
  const rel = (p: string) => relative(root, resolve(root, p)).replaceAll('\\', '/');
  const read = (abs: string): InputFile => ({ file: rel(abs), bytes: new Uint8Array(readFileSync(abs)) });
  const registry = read(join(dataDir, 'agencies.json'));
  const agencies = (JSON.parse(new TextDecoder().decode(registry.bytes)) as { agencies: Agency[] }).agencies;
  const slugs = new Set(agencies.filter((a) => inShard(a, shard)).map((a) => a.slug));
  const sourcesFile = join(dataDir, 'sources', 'sources.json');
  const sourceRegistry = JSON.parse(readFileSync(sourcesFile, 'utf8')) as { sources: ArchivedSource[] };
  const sources = sourceRegistry.sources.filter((s) => slugs.has(s.agency));
  const inputs: InputFile[] = [
    registry,
    { file: rel(sourcesFile), bytes: new TextEncoder().encode(JSON.stringify({ ...sourceRegistry, sources }, null, 2)) },
    ...sources.map((s) => read(join(dataDir, 'sources', s.file))),
  ];
  const disclosures = join(dataDir, 'disclosures');
  for (const slug of existsSync(disclosures) ? readdirSync(disclosures).sort() : []) {
    if (slugs.has(slug)) inputs.push(...listFiles(join(disclosures, slug), ['.json']).map(read));
  }
  return { inputs, requested: new Set() };
}
