import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeRelease, hashDataFiles, listDataFiles, newestDate, releaseIdOf } from './release';

const enc = new TextEncoder();
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

/** A minimal data folder: a sources registry, a corrections log, and any extra files. */
function dataDir(opts: { collectedOn?: string; corrections?: string[]; extra?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-release-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'sources'));
  const source = { id: 's', file: 's.txt', lineCount: 1, sha256: '0'.repeat(64), title: 't', agency: 'a', collectedOn: opts.collectedOn ?? '2026-11-23', method: 'm' };
  writeFileSync(join(dir, 'sources', 'sources.json'), JSON.stringify({ sources: [source] }));
  const corrections = (opts.corrections ?? ['2026-11-23']).map((date, i) => ({ id: `c${i}`, date, kind: 'data-added', what: '收录', why: '第一批' }));
  writeFileSync(join(dir, 'corrections.json'), JSON.stringify({ corrections }));
  for (const [p, text] of Object.entries(opts.extra ?? {})) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe('release id', () => {
  it('is the newest date and the first 7 hex digits of the hash', () => {
    expect(releaseIdOf('2026-11-23', 'dc86973210fc4bcf')).toBe('2026-11-23-dc86973');
    expect(newestDate(['2026-11-23', '2027-01-02', '2026-12-31'])).toBe('2027-01-02');
  });

  it('hashes the files in sorted path order, whatever order they are given in', () => {
    const a = { path: 'a.json', bytes: enc.encode('A') };
    const b = { path: 'b/c.json', bytes: enc.encode('B') };
    expect(hashDataFiles([b, a])).toBe(hashDataFiles([a, b]));
    // sha256("AB")
    expect(hashDataFiles([a, b])).toBe('38164fbd17603d73f696b8b4d72664d735bb6a7c88577687fd2ae33fd6964153');
  });

  it('lists files by code point, so the hash can be recomputed with `LC_ALL=C sort`', () => {
    const dir = dataDir({ extra: { 'disclosures/B/x.json': '1', 'disclosures/a/y.json': '2', 'README.md': '3' } });
    expect(listDataFiles(dir)).toEqual(['README.md', 'corrections.json', 'disclosures/B/x.json', 'disclosures/a/y.json', 'sources/sources.json']);
  });

  it('dates the release by the newest correction or collection, whichever is later', () => {
    expect(computeRelease(dataDir({ corrections: ['2026-11-23', '2026-12-05'] })).date).toBe('2026-12-05');
    expect(computeRelease(dataDir({ collectedOn: '2027-01-10' })).date).toBe('2027-01-10');
  });

  it('changes when any byte under data/ changes, and only then', () => {
    const one = computeRelease(dataDir({ extra: { 'x.json': '{"a":1}' } }));
    const same = computeRelease(dataDir({ extra: { 'x.json': '{"a":1}' } }));
    const other = computeRelease(dataDir({ extra: { 'x.json': '{"a":2}' } }));
    expect(same.id).toBe(one.id);
    expect(other.id).not.toBe(one.id);
    expect(one.id).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/);
  });

  it('hashes file by file to the same sha256 as hashing all the files at once', () => {
    const dir = dataDir({ extra: { 'disclosures/B/x.json': '{"b":1}', 'disclosures/a/y.json': '{"a":2}' } });
    const files = listDataFiles(dir).map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(dir, path))) }));
    expect(computeRelease(dir).sha256).toBe(hashDataFiles(files));
  });

  it('fails with the place of the problem when the corrections log is invalid', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'corrections.json'), JSON.stringify({ corrections: [{ id: 'x', date: '23.11.2026', kind: 'data-added', what: 'w', why: 'y' }] }));
    expect(() => computeRelease(dir)).toThrow(/corrections\.json does not validate:\n {2}at corrections\.0\.date/);
  });
});
