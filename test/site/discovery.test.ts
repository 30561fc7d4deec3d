/**
 * Discovery and open data in the built site: the sitemap and the Atom feeds are well-formed
 * and list every page and every disclosure; every page shows the release id; the downloads
 * and the registries for the browser validator are built.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { xmlProblem } from '../support/xml';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentIndex, type DocumentIndex } from '../../src/lib/dataset/document-index';
import { loadSiteData, type SiteData } from '../../src/lib/site/dataset';
import { releaseId } from '../../src/lib/site/release';
import { documentPath } from '../../src/lib/site/urls';
import { builtPages } from '../support/page-types';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
const SITE = (process.env.MINGZHANG_SITE ?? 'https://mingzhang.example').replace(/\/$/, '');
const BASE = (process.env.MINGZHANG_BASE ?? '/').replace(/\/?$/, '/');
const abs = (path: string) => `${SITE}${BASE}${path.replace(/^\//, '')}`;
const xml = (file: string) => readFileSync(join(DIST, file), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'entry', 'sitemap', 'link', 'category'].includes(name) });

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData();
});

describe('sitemap', () => {
  it('is well-formed and lists every built page (redirect pages aside)', () => {
    const index = xml('sitemap-index.xml');
    expect(xmlProblem(index)).toBe(true);
    const maps = parser.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => s.loc) as string[];
    const locs = new Set<string>();
    for (const loc of maps) {
      expect(loc.startsWith(abs('/'))).toBe(true);
      const text = xml(loc.slice(abs('/').length));
      expect(xmlProblem(text)).toBe(true);
      for (const u of parser.parse(text).urlset.url as { loc: string }[]) locs.add(u.loc);
    }
    const pages = builtPages(DIST).filter((p) => !readFileSync(p.file, 'utf8').includes('http-equiv="refresh"') && p.path !== '404/');
    expect([...locs].sort()).toEqual(pages.map((p) => abs(`/${p.path}`)).sort());
    for (const d of data.documents) expect(locs.has(abs(documentPath(d)))).toBe(true);
  });

  it('is named in robots.txt', () => {
    expect(xml('robots.txt')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });
});

describe('Atom feed of disclosures', () => {
  it('is well-formed Atom listing every disclosure page, newest first, saying which have no date', () => {
    const text = xml('feeds/disclosures.xml');
    expect(xmlProblem(text)).toBe(true);
    const feed = parser.parse(text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(abs('/feeds/disclosures.xml'));
    const entries = feed.entry as Array<{ link: Array<Record<string, string>>; published: string; summary: { '#text': string } }>;
    expect(entries.map((e) => e.link[0]!['@_href']).sort()).toEqual(data.documents.map((d) => abs(documentPath(d))).sort());
    const published = entries.map((e) => e.published);
    expect(published).toEqual([...published].sort().reverse());
    for (const d of data.documents) {
      const entry = entries.find((e) => e.link[0]!['@_href'] === abs(documentPath(d)))!;
      if ('notStated' in d.published) expect(entry.summary['#text']).toContain(`未注明发布日期，收录于 ${d.published.collectedOn}`);
      else expect(entry.published).toBe(`${d.published.date}T00:00:00+08:00`);
    }
  });

  it('is linked from every page head, with the corrections feed', () => {
    const home = xml('index.html');
    expect(home).toContain(`<link rel="alternate" type="application/atom+xml" title="明账：新收录的公开文件" href="${BASE}feeds/disclosures.xml">`);
    const corrections = xml('feeds/corrections.xml');
    expect(xmlProblem(corrections)).toBe(true);
    expect(parser.parse(corrections).feed.entry.length).toBe(JSON.parse(readFileSync('data/corrections.json', 'utf8')).corrections.length);
  });
});

describe('release id', () => {
  it('is in the footer of every page, linking to the corrections log', () => {
    const id = releaseId();
    const missing = builtPages(DIST)
      .filter((p) => !readFileSync(p.file, 'utf8').includes('http-equiv="refresh"'))
      .filter((p) => !readFileSync(p.file, 'utf8').includes(`数据版本 <a href="${BASE}corrections/"><code>${id}</code></a>`))
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('is in every download', () => {
    const id = releaseId();
    const files: string[] = [];
    const walk = (d: string) => readdirSync(join(DIST, d), { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : files.push(join(d, e.name))));
    walk('downloads');
    const downloads = files.filter((f) => !f.endsWith('.html'));
    const agencyYears = new Set(data.documents.map((d) => `${d.agency}/${d.fiscalYear}`)).size;
    expect(downloads.length).toBe((agencyYears + 1) * 5);
    for (const f of downloads) {
      const text = readFileSync(join(DIST, f), 'utf8');
      if (f.endsWith('.json')) expect(JSON.parse(text).release, f).toBe(id);
      else {
        const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
        expect(rows.every((r) => r.release === id), f).toBe(true);
      }
    }
  });
});

describe('registries for the browser validator', () => {
  it('are the data files byte for byte', () => {
    expect(readFileSync(join(DIST, 'data/agencies.json'))).toEqual(readFileSync('data/agencies.json'));
    expect(readFileSync(join(DIST, 'data/sources.json'))).toEqual(readFileSync('data/sources/sources.json'));
  });

  it('serve the ids of every bundled document, as the validator reads them from data/', () => {
    const served = JSON.parse(readFileSync(join(DIST, 'data/document-index.json'), 'utf8')) as DocumentIndex;
    expect(served).toEqual(readDocumentIndex('data'));
    expect(served.documents.find((d) => d.id === 'ningqiang-2023-project-evaluations')?.file).toBe('data/disclosures/shaanxi-hanzhong-ningqiang/2023/ningqiang-2023-project-evaluations.json');
  });
});
