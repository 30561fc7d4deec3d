import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { disclosureDocumentSchema } from '../../schemas/document';
import { readDocumentIndex } from './document-index';
import { listFiles } from './read-files';

describe('readDocumentIndex on the bundled data', () => {
  const index = readDocumentIndex('data');

  it('lists every document file once, in the order npm run validate reads them, with its path as the validator shows it', () => {
    const files = listFiles('data/disclosures', ['.json']).map((f) => `data/${relative('data', f).replaceAll('\\', '/')}`);
    expect(index.documents.map((d) => d.file)).toEqual(files);
  });

  it('holds each document’s id, agency, year, partOf and the ids of its projects or evaluations, and nothing else', () => {
    for (const entry of index.documents) {
      const doc = disclosureDocumentSchema.parse(JSON.parse(readFileSync(entry.file, 'utf8')));
      const items = doc.kind === 'project-evaluations' || doc.kind === 'project-targets' ? doc.projects : doc.kind === 'transfer-payment-evaluations' ? doc.evaluations : [];
      expect(entry).toEqual({
        file: entry.file,
        id: doc.id,
        agency: doc.agency,
        fiscalYear: doc.fiscalYear,
        ...(doc.partOf !== undefined && { partOf: doc.partOf }),
        projects: items.map((p) => p.id),
      });
    }
  });

  it('names the 25 projects of 宁德 2024 and the document they are part of', () => {
    const entry = index.documents.find((d) => d.id === 'ningde-2024-project-evaluations')!;
    expect(entry.file).toBe('data/disclosures/fujian-ningde/2024/ningde-2024-project-evaluations.json');
    expect(entry.partOf).toBe('ningde-2024-final-accounts');
    expect(entry.projects).toHaveLength(25);
    expect(entry.projects[0]).toBe('ningde-2024-p01');
    expect(index.documents.find((d) => d.id === 'ningde-2024-final-accounts')).toEqual({
      file: 'data/disclosures/fujian-ningde/2024/ningde-2024-final-accounts.json',
      id: 'ningde-2024-final-accounts',
      agency: 'fujian-ningde',
      fiscalYear: 2024,
      projects: [],
    });
  });

  it('is a small fraction of the documents it indexes', () => {
    const documentBytes = index.documents.reduce((n, d) => n + readFileSync(d.file).length, 0);
    expect(JSON.stringify(index).length).toBeLessThan(documentBytes / 50);
  });
});

describe('readDocumentIndex on other data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'document-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
  };

  it('reads transfer-payment evaluations as projects, keeps what a file holds even when it is not a valid document, and skips non-objects', () => {
    write('disclosures/b/2023/b-tp.json', { id: 'b-tp', agency: 'b', fiscalYear: 2023, evaluations: [{ id: 'b-e1' }, { name: 'no id' }, { id: 'b-e2' }] });
    write('disclosures/a/2024/a-odd.json', { id: 'a-odd', fiscalYear: '2024', projects: 'none' });
    write('disclosures/a/2024/list.json', []);
    write('disclosures/a/2024/notes.txt', 'not a document');
    expect(readDocumentIndex(dir).documents).toEqual([
      { file: 'data/disclosures/a/2024/a-odd.json', id: 'a-odd', projects: [] },
      { file: 'data/disclosures/b/2023/b-tp.json', id: 'b-tp', agency: 'b', fiscalYear: 2023, projects: ['b-e1', 'b-e2'] },
    ]);
  });

  it('names the file that is not JSON', () => {
    write('disclosures/c/2024/broken.json', '{ "id": ');
    expect(() => readDocumentIndex(dir)).toThrow(/data\/disclosures\/c\/2024\/broken\.json: not JSON/);
  });
});
