import { XMLParser } from 'fast-xml-parser';
import { xmlProblem } from '../../support/xml';
import { describe, expect, it } from 'vitest';
import { atomXml, correctionEntries, disclosureEntries, documentDate } from '../../../src/lib/export/atom';
import type { Correction } from '../../../src/schemas/corrections';
import type { DisclosureDocument } from '../../../src/schemas/document';

const agencies = new Map([['a', { slug: 'a', name: '甲市医疗保障局', level: 'city' as const, regionCode: '350900' }]]);
const doc = (id: string, published: DisclosureDocument['published'], extra: Partial<DisclosureDocument> = {}) =>
  ({ id, agency: 'a', fiscalYear: 2024, title: `${id} 的标题`, published, archive: 'x', source: { lines: [1, 2] }, kind: 'department-evaluation', ...extra }) as unknown as DisclosureDocument;

describe('disclosureEntries', () => {
  const docs = [
    doc('undated', { notStated: true, collectedOn: '2026-11-23' }),
    doc('older', { date: '2024-02-23' }),
    doc('newer', { date: '2025-09-30' }, { documentNumber: '宁医保绩〔2025〕4号' }),
  ];
  const fixes: Correction[] = [{ id: 'fix', date: '2026-12-01', document: 'older', kind: 'transcription-fix', what: 'w', why: 'y' }];
  const entries = disclosureEntries(docs, agencies, fixes, (d) => `https://x.example/d/${d.id}/`);

  it('orders by publication date, newest first, using the collection date where none is stated', () => {
    expect(entries.map((e) => e.link)).toEqual(['https://x.example/d/undated/', 'https://x.example/d/newer/', 'https://x.example/d/older/']);
  });

  it('says when a document states no date', () => {
    expect(entries[0]!.summary).toContain('未注明发布日期，收录于 2026-11-23');
    expect(documentDate(docs[1]!).words).toBe('发布于 2024-02-23');
  });

  it('dates an entry updated on the newest correction of its document', () => {
    const older = entries.find((e) => e.link.endsWith('/older/'))!;
    expect(older).toMatchObject({ published: '2024-02-23', updated: '2026-12-01' });
  });

  it('gives ids that do not depend on where the site is hosted, and names the 文号', () => {
    expect(entries[1]!.id).toBe('urn:mingzhang:document:newer');
    expect(entries[1]!.title).toBe('甲市医疗保障局：newer 的标题（宁医保绩〔2025〕4号）');
  });
});

describe('atomXml', () => {
  it('is well-formed Atom with escaped text', () => {
    const xml = atomXml({
      self: 'https://x.example/feeds/a.xml?x=1&y=2',
      alternate: 'https://x.example/',
      title: '明账 <测试> & “引号”',
      subtitle: 's',
      updated: '2026-11-23',
      entries: [{ id: 'urn:mingzhang:document:a', title: 'a < b & c', updated: '2026-11-23', link: 'https://x.example/a/', summary: '<script>alert(1)</script>' }],
    });
    expect(xmlProblem(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('明账 <测试> & “引号”');
    expect(feed.entry.summary['#text']).toBe('<script>alert(1)</script>');
    expect(feed.entry.updated).toBe('2026-11-23T00:00:00+08:00');
    expect(xml).not.toContain('<script>');
  });
});

describe('correctionEntries', () => {
  it('lists corrections newest first with what, why and before/after', () => {
    const log: Correction[] = [
      { id: 'one', date: '2026-11-23', kind: 'data-added', what: '首次收录', why: '第一批' },
      { id: 'two', date: '2026-11-24', document: 'd', kind: 'transcription-fix', what: '改了行号', why: '断行', before: '第 585 行', after: '第 581–585 行' },
    ];
    const entries = correctionEntries(log, (c) => `https://x.example/corrections/#${c.id}`, (id) => (id === 'd' ? '某文件' : undefined));
    expect(entries.map((e) => e.id)).toEqual(['urn:mingzhang:correction:two', 'urn:mingzhang:correction:one']);
    expect(entries[0]!.title).toBe('转录更正：某文件');
    expect(entries[0]!.summary).toBe('改了行号\n原因：断行\n更正前：第 585 行\n更正后：第 581–585 行');
  });
});
