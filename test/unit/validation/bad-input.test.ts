/**
 * The bad-input corpus (test/fixtures/bad-input/, one file or folder per failure class):
 * every fault is found, located (file, line, JSON path) and explained (value, expected, fix).
 */
import { describe, expect, it } from 'vitest';
import { sortProblems, type Problem } from '../../../src/lib/validation/problem';
import { FIXTURES, lineOf, validateFixtures } from './fixtures';

/** The problems of a fixture, each checked to carry everything an author needs. */
async function problemsOf(...paths: string[]): Promise<Problem[]> {
  const problems = sortProblems((await validateFixtures(...paths)).problems);
  for (const p of problems) {
    expect(p.file.startsWith(FIXTURES)).toBe(true);
    expect(p.level).toBe('error');
    expect(p.line, `${p.code} at ${p.path} has a line`).toBeGreaterThan(0);
    expect(p.value, `${p.code} at ${p.path} shows the value`).toBeTruthy();
    expect(p.expected.length).toBeGreaterThan(5);
    expect(p.fix?.length ?? 0, `${p.code} at ${p.path} says how to fix it`).toBeGreaterThan(5);
  }
  return problems;
}

/** The one problem of a fixture. */
async function onlyProblemOf(...paths: string[]): Promise<Problem> {
  const problems = await problemsOf(...paths);
  expect(problems.map((p) => `${p.code} ${p.path}`)).toHaveLength(1);
  return problems[0]!;
}

describe('files that are not usable JSON', () => {
  it('reports a file that is not JSON at all at its first character', async () => {
    const p = await onlyProblemOf('not-json.json');
    expect(p).toMatchObject({ code: 'json/not-json', path: '$', line: 1, column: 1 });
    expect(p.value).toContain('项目名称');
    expect(p.expected).toContain('"{"');
    expect(p.fix).toContain('not JSON');
  });

  it('reports a truncated file at its end, quoting how it ends', async () => {
    const p = await onlyProblemOf('truncated.json');
    expect(p).toMatchObject({ code: 'json/truncated', path: '$', line: lineOf('truncated.json', '"score": ""') + 3 });
    expect(p.value).toMatch(/^the file ends with "….*\] },"$/);
    expect(p.expected).toContain('complete');
    expect(p.fix).toContain('restore the missing end');
  });

  it('reports a GBK file at its first non-UTF-8 byte, showing the line read as GBK', async () => {
    const p = await onlyProblemOf('encoding-gbk.json');
    expect(p).toMatchObject({ code: 'encoding/not-utf8', path: '$', line: lineOf('encoding-gbk.json', '"title"') });
    expect(p.value).toContain('项目支出绩效自评表');
    expect(p.value).toMatch(/^bytes [0-9A-F]{2} /);
    expect(p.expected).toBe('UTF-8 text');
    expect(p.fix).toContain('GBK');
  });

  it('reports a byte-order mark, and still checks the rest of the file', async () => {
    const p = await onlyProblemOf('encoding-bom.json');
    expect(p).toMatchObject({ code: 'encoding/bom', path: '$', line: 1, column: 1, value: 'bytes EF BB BF' });
    expect(p.fix).toContain('not "UTF-8 with BOM"');
    const { result } = await validateFixtures('encoding-bom.json');
    expect(result.documents.map((d) => d.data.id)).toContain('fixture-encoding-bom');
  });
});

describe('values of the wrong shape', () => {
  it('rejects a figure written as a JSON number, showing it as written (148.00, not 148)', async () => {
    const problems = await problemsOf('wrong-types.json');
    const figure = problems.find((p) => p.path === '$.projects[0].funding.lines[0].executed')!;
    expect(figure).toMatchObject({ code: 'schema/invalid_type', line: lineOf('wrong-types.json', '"executed": 148.00'), value: '148.00' });
    expect(figure.expected).toContain('text in quotes');
    expect(figure.fix).toContain('"executed": "148.00"');
    const year = problems.find((p) => p.path === '$.fiscalYear')!;
    expect(year).toMatchObject({ code: 'schema/invalid_type', value: '"2024"', expected: 'a number' });
    expect(year.fix).toContain('"fiscalYear": 2024');
    expect(problems).toHaveLength(2);
  });

  it('rejects malformed amounts, with advice for each kind of mistake', async () => {
    const problems = await problemsOf('malformed-amounts.json');
    const at = (field: string) => problems.find((p) => p.path === `$.projects[0].funding.lines[0].${field}`)!;
    expect(problems).toHaveLength(3);
    expect(at('yearStartBudget')).toMatchObject({ code: 'schema/custom', value: '"7,15.33"', line: lineOf('malformed-amounts.json', '"7,15.33"') });
    expect(at('yearStartBudget').fix).toContain('three digits');
    expect(at('adjustedBudget')).toMatchObject({ value: '"1.2.3"', line: lineOf('malformed-amounts.json', '"1.2.3"') });
    expect(at('adjustedBudget').fix).toContain('one decimal point');
    expect(at('executed')).toMatchObject({ value: '"12万"', line: lineOf('malformed-amounts.json', '"12万"') });
    expect(at('executed').fix).toContain('("12")');
    expect(at('executed').fix).toContain('"unit"');
    for (const p of problems) expect(p.expected).toContain('a number as published');
  });

  it('accepts amounts with thousands separators as published (7,152.33)', async () => {
    const { problems, result } = await validateFixtures('thousands-separator.json');
    expect(problems).toEqual([]);
    const doc = result.documents.find((d) => d.data.id === 'fixture-thousands-separator')!.data;
    expect(doc.kind === 'project-evaluations' && doc.projects[0]!.funding.lines[0]!.executed).toBe('7,152.33');
  });

  it('rejects an unknown field and suggests the known field it misspells', async () => {
    const p = await onlyProblemOf('unknown-field.json');
    expect(p).toMatchObject({
      code: 'schema/unknown-field',
      path: '$.projects[0].funding.lines[1].adjustedBuget',
      line: lineOf('unknown-field.json', '"adjustedBuget"'),
      value: '"adjustedBuget"',
    });
    expect(p.expected).toContain('yearStartBudget, adjustedBudget, executed');
    expect(p.fix).toMatch(/^did you mean "adjustedBudget"\?/);
  });

  it('reports each missing required field at the object that lacks it', async () => {
    const problems = await problemsOf('missing-required.json');
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['schema/invalid_type', '$.title'],
      ['schema/invalid_type', '$.projects[0].executionScoreInTotal'],
      ['schema/invalid_type', '$.projects[0].indicators[0].children[0].children[0].name'],
    ]);
    const [title, flag, name] = problems as [Problem, Problem, Problem];
    expect(title).toMatchObject({ line: 1, value: '(missing)', fix: 'add "title"' });
    expect(title.expected).toContain('"title" is required in this "project-evaluations" document');
    expect(flag.line).toBe(lineOf('missing-required.json', '"projects"') + 1);
    expect(flag.expected).toContain('true or false');
    expect(name.line).toBe(lineOf('missing-required.json', '"id": "i01"') - 1);
    expect(name.expected).toContain('"indicator" item');
  });

  it('rejects absurdly long text, saying how long it is', async () => {
    const problems = await problemsOf('long-strings.json');
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['schema/too_big', '$.title', lineOf('long-strings.json', '"title"')],
      ['schema/too_big', '$.summary', lineOf('long-strings.json', '"summary"')],
    ]);
    expect(problems[0]!.expected).toBe('at most 500 characters (this has 540)');
    expect(problems[1]!.expected).toBe('at most 20000 characters (this has 23400)');
    expect(problems[1]!.value).toMatch(/… \(23400 characters\)$/);
    expect(problems[1]!.fix).toContain('paste error');
  });

  it('rejects control characters and U+FFFD, naming the character and where it is', async () => {
    const problems = await problemsOf('control-characters.json');
    expect(problems.map((p) => [p.path, p.value])).toEqual([
      ['$.title', '"项目支出\\u0007绩效自评表"'],
      ['$.projects[0].name', '"医保工作\\u0000经费"'],
      ['$.projects[0].indicators[0].children[0].children[0].name', '"召开医保工作会议\\ufffd\\ufffd"'],
    ]);
    expect(problems[0]!.fix).toMatch(/^U\+0007 at character 5 is an invisible control character/);
    expect(problems[1]!.fix).toMatch(/^U\+0000 at character 5/);
    expect(problems[2]!.fix).toContain('wrong decoding');
    for (const p of problems) expect(p.expected).toMatch(/^text without control characters/);
  });

  it('rejects a javascript: address and says why', async () => {
    const p = await onlyProblemOf('javascript-url.json');
    expect(p).toMatchObject({ code: 'schema/custom', path: '$.originalUrl', line: lineOf('javascript-url.json', 'javascript:'), value: '"javascript:alert(document.cookie)"' });
    expect(p.expected).toContain('http:// or https://');
    expect(p.fix).toContain('"javascript:" addresses are never published');
  });

  it('accepts HTML in text: it is kept as text and rendered escaped', async () => {
    const { problems, result } = await validateFixtures('html-in-text.json');
    expect(problems).toEqual([]);
    expect(result.documents.find((d) => d.data.id === 'fixture-html-in-text')!.data.summary).toContain('<script>alert(1)</script>');
  });
});

describe('duplicate ids', () => {
  it('rejects siblings with the same id', async () => {
    const p = await onlyProblemOf('duplicate-id-siblings.json');
    expect(p).toMatchObject({ code: 'ref/duplicate-id', path: '$.projects[0].funding.lines[1].id', value: '"total"' });
    expect(p.line).toBe(lineOf('duplicate-id-siblings.json', '"label": "其中：当年财政拨款"') - 2);
    expect(p.expected).toContain('also at $.projects[0].funding.lines[0]');
  });

  it('rejects an indicator id used twice in one tree, in different groups', async () => {
    const p = await onlyProblemOf('duplicate-id-indicator-tree.json');
    expect(p).toMatchObject({ code: 'ref/duplicate-id', path: '$.projects[0].indicators[1].children[0].id', value: '"i02"' });
    expect(p.line).toBe(lineOf('duplicate-id-indicator-tree.json', '"name": "开展医保工作调研次数"') - 2);
    expect(p.expected).toContain('also at $.projects[0].indicators[0].children[0].children[1]');
    expect(p.fix).toContain('anchors');
  });

  it('rejects a project id used in two files, naming the other file', async () => {
    const p = await onlyProblemOf('duplicate-project-id');
    expect(p).toMatchObject({ code: 'ref/duplicate-id', path: '$.projects[0].id', value: '"fixture-ningde-2024-p01"', file: `${FIXTURES}/duplicate-project-id/fixture-duplicate-project-b.json` });
    expect(p.line).toBe(lineOf('duplicate-project-id/fixture-duplicate-project-b.json', '"fixture-ningde-2024-p01"'));
    expect(p.expected).toContain('fixture-duplicate-project-a.json');
  });

  it('rejects a document id used by two files', async () => {
    const p = await onlyProblemOf('duplicate-document-id');
    expect(p).toMatchObject({ code: 'ref/duplicate-id', path: '$.id', line: 3, value: '"fixture-duplicate-document"' });
    expect(p.expected).toContain('fixture-duplicate-document-a.json');
  });
});

describe('references', () => {
  it('rejects an unknown agency and suggests the registered slug it resembles', async () => {
    const p = await onlyProblemOf('unknown-agency.json');
    expect(p).toMatchObject({ code: 'ref/unknown-agency', path: '$.agency', line: lineOf('unknown-agency.json', '"agency"'), value: '"fujian-ningbo"' });
    expect(p.expected).toContain('data/agencies.json');
    expect(p.fix).toMatch(/^did you mean "fujian-ningde"\?/);
  });

  it('rejects a report about a project that does not exist', async () => {
    const p = await onlyProblemOf('dangling-report-project.json');
    expect(p).toMatchObject({ code: 'ref/dangling-reference', path: '$.report.project', line: lineOf('dangling-report-project.json', '"project"'), value: '"fixture-ningde-2024-p99"' });
    expect(p.expected).toContain('project-evaluations or project-targets');
    expect(p.fix).toContain('correct the project id');
  });

  it('rejects partOf naming a document that does not exist', async () => {
    const p = await onlyProblemOf('dangling-part-of.json');
    expect(p).toMatchObject({ code: 'ref/dangling-reference', path: '$.partOf', line: lineOf('dangling-part-of.json', '"partOf"'), value: '"fixture-ningde-2024-final-acounts"' });
    expect(p.expected).toBe('the id of another document');
    expect(p.fix).toContain('correct the id');
  });

  it('rejects a funding line whose parent is not in its block, suggesting the near id', async () => {
    const p = await onlyProblemOf('dangling-funding-parent.json');
    expect(p).toMatchObject({ code: 'ref/dangling-parent', path: '$.projects[0].funding.lines[1].parent', line: lineOf('dangling-funding-parent.json', '"totla"'), value: '"totla"' });
    expect(p.expected).toContain('$.projects[0].funding.lines');
    expect(p.fix).toBe('did you mean "total"?');
  });

  it('rejects a file in the folder of another year', async () => {
    const p = await onlyProblemOf('year-mismatch');
    expect(p).toMatchObject({ code: 'ref/year-mismatch', path: '$.fiscalYear', line: 6, value: '2024' });
    expect(p.file).toBe(`${FIXTURES}/year-mismatch/disclosures/fujian-ningde/2023/fixture-year-mismatch.json`);
    expect(p.expected).toBe('2023, the year folder the file is in');
    expect(p.fix).toContain('/disclosures/fujian-ningde/2024/');
  });

  it('rejects partOf naming a document of another year', async () => {
    const p = await onlyProblemOf('part-of-other-year');
    expect(p).toMatchObject({ code: 'ref/year-mismatch', path: '$.partOf', value: '"fixture-part-of-other-year-2023"' });
    expect(p.file).toMatch(/fixture-part-of-other-year-2024\.json$/);
    expect(p.expected).toContain('(fujian-ningde, 2024)');
    expect(p.expected).toContain('is fujian-ningde, 2023');
  });

  it('rejects classification codes that do not fit their tree', async () => {
    const problems = await problemsOf('classification-tree.json');
    expect(problems.map((p) => [p.code, p.path, p.value, p.line])).toEqual([
      ['classification/misplaced', '$.finalAccounts.tables[0].rows[3].code', '"2101101"', lineOf('classification-tree.json', '"2101101"')],
      ['classification/parent-mismatch', '$.finalAccounts.tables[0].rows[4].parent', '"c210"', lineOf('classification-tree.json', '"2101502"')],
    ]);
    expect(problems[0]!.expected).toContain('款 21011');
    expect(problems[0]!.fix).toContain('the table has no row 21011');
    expect(problems[1]!.expected).toContain('21015');
    expect(problems[1]!.fix).toContain('code 21015');
  });

  it('rejects agencies whose parents go round in a circle, once per circle', async () => {
    const problems = await problemsOf('agencies-cycle.json');
    const cycle = problems.filter((p) => p.code === 'ref/circular-parent');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]).toMatchObject({ path: '$.agencies[1].parent', line: lineOf('agencies-cycle.json', '"slug": "fujian"'), value: '"fujian-ningde"' });
    expect(cycle[0]!.fix).toContain('fujian → fujian-ningde → fujian');
    // A province under a city is also the wrong level.
    expect(problems.map((p) => p.code).sort()).toEqual(['ref/circular-parent', 'ref/parent-level']);
  });
});
