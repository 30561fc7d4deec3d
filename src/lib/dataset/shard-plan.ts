/**
 * Which provinces go into which shard of a sharded build (scripts/build-sharded.ts,
 * docs/sharding.md). A province is never split: its agencies' pages link to each other and a
 * shard renders whole provinces. Each shard pays Astro's fixed start-up, so small provinces
 * are packed together; a shard's memory follows its documents, so no shard is packed beyond a
 * limit — by default the largest province, which has to be built in one shard anyway.
 */
import type { Agency } from '../../schemas/agency';

export interface PlannedShard {
  /** The MINGZHANG_SHARD spec: `national`, province prefixes (`51`, `11,12,13`). */
  spec: string;
  /** Agency-years (an agency's year folder) the shard renders: its weight. */
  agencyYears: number;
  /** Its provinces' 2-digit prefixes, and `national` when it holds the national bureau. */
  parts: string[];
}

/** The part of the shard spec an agency falls in: `national` or its province prefix. */
export function shardPart(agency: Pick<Agency, 'regionCode'>): string {
  return agency.regionCode === undefined ? 'national' : agency.regionCode.slice(0, 2);
}

/**
 * Packs the parts (national bureau, provinces) into shards of at most `limit` agency-years
 * (default: the largest part), first-fit by decreasing weight; shards come out heaviest first,
 * so a pool of parallel jobs starts the longest ones first. Parts without agency-years still
 * go into a shard: their agencies have pages (the agency page says nothing is published yet).
 * Deterministic: ties are broken by the parts' order (`national` first, then by code).
 */
export function planShards(agencies: readonly Pick<Agency, 'slug' | 'regionCode'>[], agencyYearsOf: (slug: string) => number, limit?: number): PlannedShard[] {
  const weight = new Map<string, number>();
  for (const a of agencies) weight.set(shardPart(a), (weight.get(shardPart(a)) ?? 0) + agencyYearsOf(a.slug));
  const parts = [...weight].sort(([a, x], [b, y]) => y - x || (a === 'national' ? -1 : b === 'national' ? 1 : a.localeCompare(b)));
  const cap = limit ?? parts[0]?.[1] ?? 0;
  const shards: PlannedShard[] = [];
  for (const [part, w] of parts) {
    const fits = shards.find((s) => s.agencyYears + w <= cap);
    if (fits) {
      fits.parts.push(part);
      fits.agencyYears += w;
    } else shards.push({ spec: '', agencyYears: w, parts: [part] });
  }
  for (const s of shards) {
    s.parts.sort((a, b) => (a === 'national' ? -1 : b === 'national' ? 1 : a.localeCompare(b)));
    s.spec = s.parts.join(',');
  }
  return shards.sort((a, b) => b.agencyYears - a.agencyYears || a.spec.localeCompare(b.spec));
}
