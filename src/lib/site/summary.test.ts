/**
 * Summaries of shards merge into the summary of the whole data, whatever the order of the
 * shards, and a shard without documents changes nothing (docs/sharding.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../dataset/shard';
import { agencyPageView, withChildCounts } from '../view/agency';
import { HOME_LIMITS } from '../view/home';
import { indexDocuments, loadSiteData, type SiteData } from './dataset';
import { documentCountOf, mergeSummaries, siteSummary, type SiteSummary } from './summary';

let data: SiteData;
let whole: SiteSummary;

/** What a shard build loads of the bundled data (src/lib/site/dataset.ts with MINGZHANG_SHARD). */
function shardData(spec: string): SiteData {
  const shard = parseShard(spec)!;
  const owned = new Set(data.agencies.filter((a) => inShard(a, shard)).map((a) => a.slug));
  const documents = data.documents.filter((d) => owned.has(d.agency));
  const sources = data.sources.filter((s) => owned.has(s.agency));
  const years = new Set<number>();
  for (const agency of readdirSync(join('data', 'disclosures'))) for (const y of readdirSync(join('data', 'disclosures', agency))) if (/^\d{4}$/.test(y)) years.add(Number(y));
  return { ...data, sources, sourceById: new Map(sources.map((s) => [s.id, s])), documents, ...indexDocuments(documents), shard, yearsInData: [...years].sort() };
}

/** Everything but the agency pages, whose child counts are filled in at rendering (tested apart). */
const comparable = ({ agencyPages: _pages, ...rest }: SiteSummary) => JSON.parse(JSON.stringify(rest)) as unknown;

beforeAll(async () => {
  data = await loadSiteData();
  whole = siteSummary(data);
  expect(existsSync(join('data', 'disclosures'))).toBe(true);
});

describe('mergeSummaries', () => {
  it('gives the summary of the whole data from the shards, in any order', () => {
    const a = siteSummary(shardData('national,35'));
    const b = siteSummary(shardData('61,64'));
    // The shards really split the data: each holds some of the documents and rows.
    expect(a.documents.length).toBeGreaterThan(0);
    expect(b.documents.length).toBeGreaterThan(0);
    expect(a.documents.length + b.documents.length).toBe(whole.documents.length);
    expect(comparable(mergeSummaries([a, b]))).toEqual(comparable(whole));
    expect(mergeSummaries([b, a])).toEqual(mergeSummaries([a, b]));
  });

  it('computes what depends on the whole list after merging: first N, counts, row numbers', () => {
    const parts = ['national', '35', '61', '64'].map((spec) => siteSummary(shardData(spec)));
    const merged = mergeSummaries(parts);
    expect(comparable(merged)).toEqual(comparable(whole));
    expect(merged.home.lowRates.length).toBeLessThanOrEqual(HOME_LIMITS.lowRates);
    expect(merged.home.missedCount).toBe(parts.reduce((n, p) => n + p.home.missedCount, 0));
    expect(merged.indicators.map((r) => r.order)).toEqual(merged.indicators.map((_, i) => i));
    expect(merged.audit.map((r) => r.order)).toEqual(merged.audit.map((_, i) => i));
    // Every permutation of the four gives the same summary.
    const orders = [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ];
    for (const order of orders) expect(mergeSummaries(order.map((i) => parts[i]!))).toEqual(merged);
  });

  it('is not changed by a shard with no documents', () => {
    const empty = siteSummary(shardData('11'));
    expect(empty.documents).toEqual([]);
    expect(empty.execution).toEqual([]);
    const a = siteSummary(shardData('national,35'));
    const b = siteSummary(shardData('61,64'));
    expect(mergeSummaries([empty, a, b])).toEqual(mergeSummaries([a, b]));
    expect(comparable(mergeSummaries([empty]))).toEqual(comparable(mergeSummaries([])));
  });

  it("gives the national bureau's page the provinces' counts of the whole data", () => {
    const national = data.agencies.find((a) => a.level === 'national')!;
    const a = siteSummary(shardData('national,35'));
    const b = siteSummary(shardData('61,64'));
    const merged = mergeSummaries([b, a]);
    expect(Object.keys(merged.agencyPages)).toEqual([national.slug]);
    // The shard alone does not know the other provinces' documents …
    const alone = withChildCounts(a.agencyPages[national.slug]!, documentCountOf(a));
    const expected = agencyPageView(data, national.slug);
    expect(alone.children).not.toEqual(expected.children);
    // … the merged summary does.
    expect(withChildCounts(merged.agencyPages[national.slug]!, documentCountOf(merged))).toEqual(withChildCounts(expected, documentCountOf(whole)));
    expect(expected.children.some((c) => c.documentCount > 0)).toBe(true);
  });
});
