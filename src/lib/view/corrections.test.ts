import { beforeAll, describe, expect, it } from 'vitest';
import { correctionsLogSchema, type Correction } from '../../schemas/corrections';
import { loadSiteData, type SiteData } from '../site/dataset';
import { readCorrections } from '../site/release';
import { correctionLinks, correctionsView, itemLink } from './corrections';

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData();
});

describe('the corrections log of the bundled data', () => {
  it('validates, and every document and item it names exists', () => {
    const log = readCorrections('data');
    for (const c of log.corrections) {
      if (!c.document) continue;
      const doc = data.documentById.get(c.document);
      expect(doc, `${c.id}: document ${c.document}`).toBeDefined();
      for (const item of c.items ?? []) expect(itemLink(doc!, item).label, `${c.id}: item ${item}`).not.toBe(item);
    }
  });

  it('starts with the initial transcription and records the two transcription fixes', () => {
    const log = readCorrections('data').corrections;
    expect(log[0]).toMatchObject({ kind: 'data-added', date: '2026-11-23' });
    expect(log.filter((c) => c.kind === 'transcription-fix').map((c) => c.document)).toEqual(['ningde-2024-final-accounts', 'ningqiang-2023-final-accounts']);
  });
});

describe('correctionsView', () => {
  it('lists entries newest first, and entries of one day in reverse order of entry', () => {
    const log: Correction[] = [
      { id: 'a', date: '2026-11-23', kind: 'data-added', what: 'w', why: 'y' },
      { id: 'b', date: '2026-11-23', kind: 'method-change', what: 'w', why: 'y' },
      { id: 'c', date: '2026-11-20', kind: 'method-change', what: 'w', why: 'y' },
    ];
    expect(correctionsView(log, correctionLinks(log, data.documentById)).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('links items to their anchors on the document page, by their published labels', () => {
    const log: Correction[] = [{ id: 'x', date: '2026-11-23', kind: 'transcription-fix', what: 'w', why: 'y', document: 'ningde-2024-final-accounts', items: ['perf-rating-excellent'] }];
    const [entry] = correctionsView(log, correctionLinks(log, data.documentById));
    expect(entry!.document?.href).toBe('/agencies/fujian-ningde/2024/ningde-2024-final-accounts/');
    expect(entry!.items).toEqual([{ id: 'perf-rating-excellent', label: '评价结果等次为“优”的项目', href: '/agencies/fujian-ningde/2024/ningde-2024-final-accounts/#figure--perf-rating-excellent' }]);
  });

  it('refuses an entry about a document that does not exist', () => {
    const log: Correction[] = [{ id: 'x', date: '2026-11-23', kind: 'transcription-fix', what: 'w', why: 'y', document: 'nope' }];
    expect(() => correctionsView(log, correctionLinks(log, data.documentById))).toThrow(/nope/);
  });
});

describe('correctionsLogSchema', () => {
  it('rejects a reused id and items without a document', () => {
    const r = correctionsLogSchema.safeParse({
      corrections: [
        { id: 'a', date: '2026-11-23', kind: 'data-added', what: 'w', why: 'y' },
        { id: 'a', date: '2026-11-23', kind: 'data-added', what: 'w', why: 'y', items: ['i'] },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['the id "a" is used twice; give each entry its own id', 'items name ids inside a document: set "document" too']);
  });
});
