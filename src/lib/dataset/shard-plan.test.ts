import { describe, expect, it } from 'vitest';
import { parseShard, inShard } from './shard';
import { planShards, shardPart } from './shard-plan';

const agencies = [
  { slug: 'national' },
  { slug: 'r510000', regionCode: '510000' },
  { slug: 'r510100', regionCode: '510100' },
  { slug: 'r110000', regionCode: '110000' },
  { slug: 'r120000', regionCode: '120000' },
  { slug: 'r640000', regionCode: '640000' },
  { slug: 'r650000', regionCode: '650000' },
];
const years: Record<string, number> = { national: 5, r510000: 5, r510100: 5, r110000: 3, r120000: 2, r640000: 4, r650000: 0 };
const of = (slug: string) => years[slug] ?? 0;

describe('planShards', () => {
  it('never splits a province, packs the small ones up to the largest, heaviest shard first', () => {
    expect(planShards(agencies, of)).toEqual([
      { spec: '51,65', agencyYears: 10, parts: ['51', '65'] },
      { spec: 'national,64', agencyYears: 9, parts: ['national', '64'] },
      { spec: '11,12', agencyYears: 5, parts: ['11', '12'] },
    ]);
  });

  it('covers every agency with agency-years exactly once, in specs the builds accept', () => {
    for (const limit of [1, 5, 10, 40]) {
      const plan = planShards(agencies, of, limit);
      for (const a of agencies) {
        const holding = plan.map((s) => parseShard(s.spec)!).filter((s) => inShard(a, s));
        expect(holding.length, `${a.slug} at limit ${limit}`).toBe(1);
      }
      expect(plan.reduce((n, s) => n + s.agencyYears, 0)).toBe(Object.values(years).reduce((a, b) => a + b, 0));
    }
  });

  it('gives a part heavier than the limit a shard of its own, and one shard when the limit holds everything', () => {
    expect(planShards(agencies, of, 3).map((s) => s.spec)).toEqual(['51', 'national', '64', '11,65', '12']);
    expect(planShards(agencies, of, 100).map((s) => s.spec)).toEqual(['national,11,12,51,64,65']);
  });

  it('still renders the agencies of a province that has published nothing', () => {
    expect(planShards(agencies, of).filter((s) => s.parts.includes('65'))).toHaveLength(1);
    expect(planShards([], of)).toEqual([]);
  });

  it('names the part of an agency as a shard spec does', () => {
    expect(shardPart({})).toBe('national');
    expect(shardPart({ regionCode: '350902' })).toBe('35');
  });
});
