/**
 * The browser validator checks files against the bundled documents' ids
 * (/data/document-index.json) instead of the documents themselves, and fetches whole documents
 * only for the audit of one agency-year. It must report exactly what `npm run validate` reports
 * with every bundled document read: here both run in process, on every file and folder of the
 * bad-input corpus and on every bundled document checked again as a new version of itself.
 * (test/site/validator.test.ts runs the page itself in Chromium against the built site.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditWarnings } from '../../../src/lib/audit/audit-warnings';
import { readDocumentIndex } from '../../../src/lib/dataset/document-index';
import { listFiles, readDataset } from '../../../src/lib/dataset/read-files';
import { sortProblems, type Problem } from '../../../src/lib/validation/problem';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';
import type { DisclosureDocument } from '../../../src/schemas/document';
import { validateFiles, type BundledData } from '../../../src/scripts/validate-files';
import { FIXTURES, ROOT } from './fixtures';

/** What `npm run validate -- --json <paths>` reports (as scripts/validate.ts does it). */
async function cli(paths: string[]): Promise<Problem[]> {
  const { inputs, requested } = readDataset(ROOT, 'data', paths);
  const result = await validateDataset(inputs);
  let problems = result.problems.filter((p) => requested.has(p.file) || p.file === '(dataset)');
  if (result.ok) problems = [...problems, ...auditWarnings(result, requested, inputs)];
  return sortProblems(problems);
}

const read = (path: string) => ({ file: path, bytes: new Uint8Array(readFileSync(join(ROOT, path))) });

let bundled: BundledData;
const fetchedYears: string[] = [];

beforeAll(async () => {
  // What the site serves: the registries as they are, the index, and per agency-year the validated documents as JSON.
  const { inputs } = readDataset(ROOT, 'data');
  const validated = JSON.parse(JSON.stringify((await validateDataset(inputs)).documents.map((d) => d.data))) as DisclosureDocument[];
  bundled = {
    agencies: read('data/agencies.json'),
    sources: read('data/sources/sources.json'),
    index: readDocumentIndex(join(ROOT, 'data')),
    agencyYear: async (agency, fiscalYear) => {
      fetchedYears.push(`${agency}/${fiscalYear}`);
      return validated.filter((d) => d.agency === agency && d.fiscalYear === fiscalYear);
    },
  };
});

const corpus = readdirSync(join(ROOT, FIXTURES)).filter((f) => f.endsWith('.json') || statSync(join(ROOT, FIXTURES, f)).isDirectory());

describe('checking against the document index', () => {
  it.each(corpus)('reports what the command line reports for %s', async (fixture) => {
    const path = join(FIXTURES, fixture);
    const files = statSync(join(ROOT, path)).isDirectory() ? listFiles(join(ROOT, path), ['.json']).map((f) => f.slice(ROOT.length)) : [path];
    const expected = await cli([path]);
    expect(expected.length, 'the fixture has problems').toBeGreaterThan(0);
    expect((await validateFiles(files.map(read), bundled)).problems).toEqual(expected);
  });

  const documents = listFiles(join(ROOT, 'data/disclosures'), ['.json']).map((f) => f.slice(ROOT.length));

  it.each(documents)('reports what the command line reports for %s checked again, audit warnings across documents included', async (path) => {
    const expected = await cli([path]);
    expect((await validateFiles([read(path)], bundled)).problems).toEqual(expected);
    // As a browser gives it: the file name without folders.
    const name = path.slice(path.lastIndexOf('/') + 1);
    const asNamed = (await validateFiles([{ file: name, bytes: read(path).bytes }], bundled)).problems;
    expect(asNamed).toEqual(expected.map((p) => ({ ...p, file: name })));
  });

  it('needs the other documents of the agency-year for some warnings, and fetches only that agency-year', async () => {
    const report = 'data/disclosures/fujian-ningde/2024/ningde-2024-report-1.json';
    const expected = await cli([report]);
    const withoutContext = await validateFiles([read(report)], { ...bundled, agencyYear: async () => [] });
    expect(withoutContext.problems.length).toBeLessThan(expected.length);
    fetchedYears.length = 0;
    await validateFiles([read(report)], bundled);
    expect(fetchedYears).toEqual(['fujian-ningde/2024']);
  });

  it('finds ids of a new file that a bundled document already uses, naming the bundled file', async () => {
    const path = 'data/disclosures/ningxia/2023/ningxia-2023-project-evaluations.json';
    const doc = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { id: string; projects: { id: string }[] };
    const copy = { ...doc, id: 'ningxia-2023-project-evaluations-copy' };
    const { problems } = await validateFiles([{ file: 'copy.json', bytes: new TextEncoder().encode(JSON.stringify(copy, null, 2)) }], bundled);
    const duplicates = problems.filter((p) => p.code === 'ref/duplicate-id');
    expect(duplicates.map((p) => p.value)).toEqual(doc.projects.map((p) => JSON.stringify(p.id)));
    for (const p of duplicates) expect(p.expected).toBe(`a project id used once across all data (also in ${path})`);
  });
});
