/**
 * Checks of documents beyond the corpus: each starts from a valid fixture and changes one
 * thing, so the test reads as "this change gives that problem".
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/validation/problem';
import { fixtureValue, validateValues } from './fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The valid project-evaluations fixture with a change applied. */
function document(change: (doc: Json) => void = () => {}, id = 'fixture-doc'): Json {
  const doc = fixtureValue('thousands-separator.json') as Json;
  doc.id = id;
  doc.projects[0].id = `${id}-p01`;
  change(doc);
  return doc;
}

const summary = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.path}`);

describe('document checks', () => {
  it('accepts the base document', async () => {
    expect((await validateValues({ 'doc.json': document() })).problems).toEqual([]);
  });

  it('finds an indicator id repeated at the same depth of two groups', async () => {
    const doc = document((d) => {
      const group = d.projects[0].indicators[0];
      d.projects[0].indicators.push({ ...structuredClone(group), id: 'g2' });
      d.projects[0].indicators[1].children[0].id = 'g2-1';
    });
    const { problems } = await validateValues({ 'doc.json': doc });
    expect(summary(problems)).toEqual([
      'ref/duplicate-id $.projects[0].indicators[1].children[0].children[0].id',
      'ref/duplicate-id $.projects[0].indicators[1].children[0].children[1].id',
    ]);
    expect(problems[0]!.expected).toContain('also at $.projects[0].indicators[0].children[0].children[0]');
  });

  it('reports a circle of funding-line parents once', async () => {
    const doc = document((d) => {
      d.projects[0].funding.lines[0].parent = 'current-appropriation';
    });
    const { problems } = await validateValues({ 'doc.json': doc });
    expect(summary(problems)).toEqual(['ref/circular-parent $.projects[0].funding.lines[0].parent']);
    expect(problems[0]!.fix).toContain('total → current-appropriation → total');
  });

  it('finds documents that are part of each other, and of themselves', async () => {
    const a = document((d) => (d.partOf = 'fixture-b'), 'fixture-a');
    const b = document((d) => (d.partOf = 'fixture-a'), 'fixture-b');
    const self = document((d) => (d.partOf = 'fixture-self'), 'fixture-self');
    const { problems } = await validateValues({ 'a.json': a, 'b.json': b, 'self.json': self });
    expect(problems.map((p) => `${p.file} ${p.code}`)).toEqual(['a.json ref/circular-parent', 'b.json ref/circular-parent', 'self.json ref/circular-parent']);
    expect(problems[0]!.fix).toContain('fixture-a → fixture-b → fixture-a');
  });

  it('checks line ranges against the archived source and the document', async () => {
    const doc = document((d) => {
      d.projects[0].funding.lines[0].source.lines = [2190, 2300];
      d.projects[0].funding.lines[1].source.lines = [600, 610];
    });
    const { problems } = await validateValues({ 'doc.json': doc });
    expect(summary(problems)).toEqual([
      'ref/lines-outside-source $.projects[0].funding.lines[0].source.lines',
      'ref/lines-outside-document $.projects[0].funding.lines[1].source.lines',
    ]);
    expect(problems[0]!.expected).toMatch(/^lines within 1–\d+, the length of 004_/);
    expect(problems[1]!.expected).toBe("lines within the document's own range 637–662");
  });

  it('reports a reversed document range once, not again for every item inside it', async () => {
    const { problems } = await validateValues({ 'doc.json': document((d) => (d.source.lines = [662, 637])) });
    expect(summary(problems)).toEqual(['schema/custom $.source.lines']);
    expect(problems[0]!.fix).toBe('give the first line first: [637, 662]');
  });

  it('runs reference checks on a document that fails its schema, without repeating a rejected value', async () => {
    const doc = document((d) => {
      d.agency = 'Fujian Ningde';
      d.projects[0].funding.lines[1].parent = 'totla';
      d.projects[0].totalScore = 100;
    });
    const { problems, result } = await validateValues({ 'doc.json': doc });
    expect(summary(problems)).toEqual(['schema/invalid_format $.agency', 'ref/dangling-parent $.projects[0].funding.lines[1].parent', 'schema/invalid_type $.projects[0].totalScore']);
    expect(problems[0]!.fix).toBe('use lower-case ASCII with hyphens, e.g. "fujian-ningde" (ids are part of URLs)');
    expect(result.documents).toEqual([]);
  });

  it('names the document kinds when the kind is unknown, suggesting the near one', async () => {
    const { problems } = await validateValues({ 'doc.json': document((d) => (d.kind = 'project-evaluation')) });
    expect(summary(problems)).toEqual(['schema/invalid_union $.kind']);
    expect(problems[0]!.expected).toContain('"kind" one of "final-accounts", "project-targets", "project-evaluations"');
    expect(problems[0]!.fix).toBe('did you mean "project-evaluations"?');
  });

  it('suggests the closest allowed value of an enumeration', async () => {
    const { problems } = await validateValues({ 'doc.json': document((d) => (d.projects[0].funding.lines[1].role = 'current-apropriation')) });
    expect(problems[0]).toMatchObject({ code: 'schema/invalid_value', path: '$.projects[0].funding.lines[1].role' });
    expect(problems[0]!.fix).toBe('did you mean "current-appropriation"? The allowed values are case-sensitive');
  });

  it('suggests field names inside indicator trees, by the kind of the node', async () => {
    const doc = document((d) => {
      const indicator = d.projects[0].indicators[0].children[0].children[0];
      indicator.acutal = indicator.actual;
      delete indicator.actual;
    });
    const { problems } = await validateValues({ 'doc.json': doc });
    expect(summary(problems)).toEqual(['schema/unknown-field $.projects[0].indicators[0].children[0].children[0].acutal']);
    expect(problems[0]!.expected).toContain('this "indicator" item: id, source, notes, kind, name, target, actual');
    expect(problems[0]!.fix).toMatch(/^did you mean "actual"\?/);
  });

  it('names the fields of the union option the other fields point to', async () => {
    const { problems } = await validateValues({ 'doc.json': document((d) => (d.published = { date: '2025-03-31', notStated: true })) });
    expect(summary(problems)).toEqual(['schema/unknown-field $.published.notStated']);
    expect(problems[0]!.expected).toBe('a field of this "published" object: date');
  });

  it('explains empty text and a quoted line number', async () => {
    const { problems } = await validateValues({
      'doc.json': document((d) => {
        d.title = '  ';
        d.source.lines = ['637', 662];
      }),
    });
    expect(problems.map((p) => [p.path, p.expected, p.fix])).toEqual([
      ['$.title', 'text that is not empty or only spaces', 'write the text as published; an optional field with nothing in it is left out'],
      ['$.source.lines[0]', 'a number', 'write the number without quotes (637)'],
    ]);
  });

  it('checks the file name and the agency folder against the document', async () => {
    const { problems } = await validateValues({ 'data/disclosures/ningxia/2024/other-name.json': document() });
    expect(summary(problems)).toEqual(['ref/file-name $.id', 'ref/path-agency $.agency']);
    expect(problems[0]!.fix).toBe('name the file fixture-doc.json, or correct the id');
    expect(problems[1]!.fix).toContain('data/disclosures/fujian-ningde/2024/');
  });

  it('suggests the archive id an unknown archive resembles', async () => {
    const { problems } = await validateValues({ 'doc.json': document((d) => (d.archive = 'ningde-2024-final-acounts')) });
    expect(summary(problems)).toEqual(['ref/unknown-archive $.archive']);
    expect(problems[0]!.fix).toMatch(/^did you mean "ningde-2024-final-accounts"\?/);
  });

  it('reports a key written twice in one object', async () => {
    const text = JSON.stringify(document(), null, 2).replace('"title": "项目支出绩效自评表",', '"title": "项目支出绩效自评表",\n  "title": "项目支出绩效自评表（二）",');
    const { problems } = await validateValues({ 'doc.json': text });
    const line = text.split('\n').findIndex((l) => l.includes('（二）')) + 1;
    expect(problems).toMatchObject([{ code: 'json/duplicate-key', path: '$.title', line }]);
    expect(problems[0]!.fix).toContain('JSON keeps only the last one');
  });

  it('explains a trailing comma', async () => {
    const text = JSON.stringify(document(), null, 2).replace('"totalScore": "100",', '"totalScore": "100",,');
    const { problems } = await validateValues({ 'doc.json': text });
    expect(problems).toMatchObject([{ code: 'json/syntax', path: '$' }]);
    expect(problems[0]!.expected).toContain('a comma before');
  });

  it('rejects a file that holds a list instead of a document', async () => {
    const { problems } = await validateValues({ 'doc.json': [document()] });
    expect(problems).toMatchObject([{ code: 'schema/invalid_type', path: '$', value: '[…] (a list)' }]);
  });
});

describe('classification codes', () => {
  function table(classification: string, codes: string[]): Json {
    const doc = fixtureValue('classification-tree.json') as Json;
    const t = doc.finalAccounts.tables[0];
    t.classification = classification;
    t.rows = codes.map((code, i) => ({ id: `r${i}`, source: { lines: [210 + i, 210 + i] }, code, label: `行 ${code}`, values: ['1.00'] }));
    return doc;
  }

  it('accepts a well-formed 类 → 款 → 项 tree', async () => {
    expect((await validateValues({ 'fa.json': table('function', ['210', '21011', '2101101', '2101102', '21015', '2101501']) })).problems).toEqual([]);
  });

  it('rejects a 7-digit code in an economic classification', async () => {
    const { problems } = await validateValues({ 'fa.json': table('economic', ['301', '30101', '3010101']) });
    expect(summary(problems)).toEqual(['classification/bad-length $.finalAccounts.tables[0].rows[2].code']);
  });

  it('rejects codes in a table marked without classification', async () => {
    const { problems } = await validateValues({ 'fa.json': table('none', ['210']) });
    expect(summary(problems)).toEqual(['classification/unexpected-code $.finalAccounts.tables[0].rows[0].code']);
  });

  it('rejects a child printed before its parent', async () => {
    const { problems } = await validateValues({ 'fa.json': table('function', ['210', '2101501', '21015']) });
    expect(summary(problems)).toEqual(['classification/misplaced $.finalAccounts.tables[0].rows[1].code']);
    expect(problems[0]!.fix).toBe('move this row under the row 21015, or correct the code');
  });
});
