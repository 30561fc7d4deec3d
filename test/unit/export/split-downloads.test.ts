/**
 * Whole-corpus downloads split by province (src/lib/export/site-export.ts): when the split
 * happens, how documents are grouped, what a province's JSON holds, and how the shards'
 * downloads summaries merge. The built files are checked in test/site/split-downloads.test.ts.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { datasetJson, downloadFileName, downloadPath } from '../../../src/lib/export/downloads';
import { downloadsSplit, mergeDownloads, provinceScopes, type DownloadsSummary } from '../../../src/lib/export/site-export';
import { loadSiteData, type SiteData } from '../../../src/lib/site/dataset';
import { provinceOf } from '../../../src/lib/view/findings-orders';

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData('data');
});
afterEach(() => {
  delete process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES;
});

describe('downloadsSplit', () => {
  it('splits when the document files are over the limit, not at or under it', () => {
    process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES = '1';
    expect(downloadsSplit('data')).toBe(true);
    process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES = String(1024 ** 3);
    expect(downloadsSplit('data')).toBe(false);
    delete process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES;
    // The default (64 MiB) keeps the bundled data in one file of each kind.
    expect(downloadsSplit('data')).toBe(false);
  });

  it('refuses a limit that is not a whole number', () => {
    process.env.MINGZHANG_DOWNLOADS_SPLIT_BYTES = '1.5';
    expect(() => downloadsSplit('data')).toThrow(/MINGZHANG_DOWNLOADS_SPLIT_BYTES/);
  });
});

describe('provinceScopes', () => {
  it('puts every document in the scope of its province, once, in region-code order', () => {
    const scopes = provinceScopes(data);
    const resolve = provinceOf(data.agencies);
    expect(scopes.flatMap((s) => s.documents.map((d) => d.id)).sort()).toEqual(data.documents.map((d) => d.id).sort());
    for (const s of scopes) {
      expect(s.fiscalYear).toBeUndefined();
      for (const d of s.documents) expect(resolve(d.agency).slug).toBe(s.agency!.slug);
    }
    const codes = scopes.map((s) => s.agency!.regionCode ?? '');
    expect(codes).toEqual([...codes].sort());
    expect(scopes.length).toBeGreaterThan(1);
  });

  it('gives a province its own path, file name and JSON scope, with its documents’ agencies and those above them', () => {
    // A province whose documents are of an agency below its bureau.
    const scope = provinceScopes(data).find((s) => s.documents.some((d) => d.agency !== s.agency!.slug))!;
    expect(scope).toBeDefined();
    const slug = scope.agency!.slug;
    expect(downloadPath(scope, 'dataset.json')).toBe(`/downloads/${slug}/dataset.json`);
    expect(downloadPath(scope, 'findings.csv')).toBe(`/downloads/${slug}/findings.csv`);
    expect(downloadFileName(scope, 'projects.csv', 'R')).toBe(`mingzhang-${slug}-projects-R.csv`);
    const json = datasetJson(scope, data, 'R');
    expect(json.scope).toEqual({ province: slug });
    const agencies = json.agencies.map((a) => a.slug);
    for (const d of scope.documents) {
      for (let a = data.agencyBySlug.get(d.agency); a; a = a.parent ? data.agencyBySlug.get(a.parent) : undefined) expect(agencies).toContain(a.slug);
    }
    // Not the agencies of other provinces.
    const resolve = provinceOf(data.agencies);
    for (const a of json.agencies) expect(resolve(a.slug).slug === slug || a.level === 'national').toBe(true);
    expect(new Set(json.sources.map((s) => s.id))).toEqual(new Set(scope.documents.map((d) => d.archive)));
  });
});

describe('mergeDownloads with split downloads', () => {
  const facts = { 'dataset.json': { count: 1, bytes: 10 } };
  const a: DownloadsSummary = { scopes: [], provinces: [{ agency: 'shaanxi', documentCount: 3, facts }, { agency: 'fujian', documentCount: 9, facts }] };
  const b: DownloadsSummary = { scopes: [], provinces: [{ agency: 'ningxia', documentCount: 3, facts }] };

  it('joins the provinces in the same order whatever the order of the parts', () => {
    expect(mergeDownloads([a, b])).toEqual(mergeDownloads([b, a]));
    expect(mergeDownloads([a, b]).provinces.map((p) => p.agency)).toEqual(['fujian', 'ningxia', 'shaanxi']);
    expect(mergeDownloads([a, b]).all).toBeUndefined();
  });

  it('refuses summaries that disagree on the split', () => {
    const whole: DownloadsSummary = { scopes: [], all: { documents: [], rows: { projects: [], indicators: [], 'final-accounts': [], findings: [] } }, provinces: [] };
    expect(() => mergeDownloads([a, whole])).toThrow(/disagree/);
  });
});
