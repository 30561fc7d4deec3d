import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/synth/corpus';
import { validateDataset } from '../validation/validate-dataset';
import { readDataset } from './read-files';
import { inShard, parseShard, readShard } from './shard';

describe('parseShard', () => {
  it('reads province prefixes, 6-digit province codes and "national"', () => {
    const shard = parseShard('national, 35,610000')!;
    expect([...shard.provinces]).toEqual(['35', '61']);
    expect(shard.national).toBe(true);
  });

  it('is undefined for an unsharded build and rejects anything else', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard(' ')).toBeUndefined();
    expect(() => parseShard('350900')).toThrow(/province code/);
    expect(() => parseShard('fujian')).toThrow(/province code/);
  });
});

describe('inShard', () => {
  const shard = parseShard('35')!;
  it('places an agency by the province of its region code, the national bureau only with "national"', () => {
    expect(inShard({ regionCode: '350902' }, shard)).toBe(true);
    expect(inShard({ regionCode: '610726' }, shard)).toBe(false);
    expect(inShard({}, shard)).toBe(false);
    expect(inShard({}, parseShard('national')!)).toBe(true);
  });
});

describe('readShard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-shard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = generateCorpus(15, dir, 3);

  it('reads only the shard’s documents and sources, which validate on their own; the shards together are the dataset', async () => {
    const whole = readDataset(process.cwd(), dir).inputs;
    const docs = (files: { file: string }[]) => files.filter((f) => f.file.includes('/disclosures/')).map((f) => f.file);
    const provinces = [...new Set(whole.filter((f) => f.file.includes('/disclosures/')).map((f) => /disclosures\/r(\d\d)/.exec(f.file)![1]!))];
    expect(provinces.length).toBeGreaterThan(1);
    const parts = provinces.map((p) => readShard(process.cwd(), dir, parseShard(p)!).inputs);
    for (const part of parts) {
      const result = await validateDataset(part);
      expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
      expect(result.documents.length).toBeGreaterThan(0);
    }
    expect(parts.flatMap(docs).sort()).toEqual(docs(whole).sort());
    expect(manifest.agencyYears).toBe(15);
  });
});
