/**
 * The published JSON Schema (public/schema/): up to date with the zod schemas, accepting
 * every bundled data file, and rejecting every bad-input fixture whose fault lies within one
 * file's structure. Faults between files or in a file's place are beyond JSON Schema: those
 * fixtures are listed with the reason, and are accepted by it.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/lib/dataset/read-files';
import { buildJsonSchemas, jsonSchemaText } from '../../../src/lib/validation/json-schema';
import { FIXTURES, ROOT } from './fixtures';

const schemas = buildJsonSchemas();

/** Fixtures a JSON Schema validator must reject: the fault is in the file's own structure. */
const SCHEMA_LEVEL = [
  'wrong-types.json',
  'malformed-amounts.json',
  'unknown-field.json',
  'missing-required.json',
  'long-strings.json',
  'control-characters.json',
  'javascript-url.json',
  // Read as UTF-8 (as an editor that guessed wrong would), its text is full of U+FFFD, which the text pattern rejects.
  'encoding-gbk.json',
  'multi-fault.json',
];

/** Fixtures JSON Schema cannot judge, and why. */
const BEYOND_JSON_SCHEMA: Record<string, string> = {
  'not-json.json': 'not JSON: a schema applies only to a parsed value',
  'truncated.json': 'not JSON: a schema applies only to a parsed value',
  'encoding-bom.json': 'a byte-order mark is in the bytes, not in the value: a UTF-8 decoder drops it, and the document is valid',
  'duplicate-id-siblings.json': 'uniqueness of one property among array items (uniqueItems compares whole items)',
  'duplicate-id-indicator-tree.json': 'uniqueness of ids across a recursive tree',
  'duplicate-project-id/fixture-duplicate-project-a.json': 'uniqueness across files',
  'duplicate-project-id/fixture-duplicate-project-b.json': 'uniqueness across files',
  'duplicate-document-id/fixture-duplicate-document-a.json': 'uniqueness across files',
  'duplicate-document-id/fixture-duplicate-document-b.json': 'uniqueness across files',
  'unknown-agency.json': 'the registry of agencies is another file',
  'dangling-report-project.json': 'the project is in another file',
  'dangling-part-of.json': 'the document is another file',
  'dangling-funding-parent.json': 'a reference from one value to another: JSON Schema has no such references',
  'year-mismatch/disclosures/fujian-ningde/2023/fixture-year-mismatch.json': 'the year is in the file’s folder, not in its content',
  'part-of-other-year/fixture-part-of-other-year-2023.json': 'the fault is in the other file of the pair (this one is valid)',
  'part-of-other-year/fixture-part-of-other-year-2024.json': 'the year of another file',
  'classification-tree.json': 'a relation between the codes of different rows',
  'agencies-cycle.json': 'a property of the graph of parents',
  // Not faults: accepted by design.
  'thousands-separator.json': 'accepted: "7,152.33" is a figure as published',
  'html-in-text.json': 'accepted: HTML in text is kept as text',
};

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => Ajv2020;
  addFormats(ajv);
  const byFile = Object.fromEntries(schemas.map((s) => [s.file, ajv.compile(s.schema)]));
  return (value: unknown) => {
    const file = value && typeof value === 'object' && 'agencies' in value ? 'agencies.schema.json' : value && typeof value === 'object' && 'sources' in value ? 'sources.schema.json' : 'disclosure.schema.json';
    const validate = byFile[file]!;
    return { ok: validate(value), errors: validate.errors ?? [] };
  };
}

const readJson = (abs: string) => JSON.parse(new TextDecoder('utf-8').decode(readFileSync(abs))) as unknown;

describe('JSON Schema', () => {
  it('is up to date with the zod schemas (run `npm run schema` after changing src/schemas/)', () => {
    for (const s of schemas) {
      expect(readFileSync(join(ROOT, 'public/schema', s.file), 'utf8'), s.file).toBe(jsonSchemaText(s));
    }
  });

  it('has an $id, a title and a description in Chinese and English', () => {
    for (const { schema } of schemas) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/.+\/schema\/[a-z]+\.schema\.json$/);
      expect(schema.title).toMatch(/[\u4e00-\u9fff].* · .*[a-z]/);
      expect(schema.description).toMatch(/[\u4e00-\u9fff].*[A-Z][a-z]+ /);
    }
  });

  it('accepts every JSON file of the bundled data that it describes', () => {
    const check = compile();
    // Registries and documents; other files in data/ (corrections, findings review) have schemas of their own.
    const files = [join(ROOT, 'data/agencies.json'), join(ROOT, 'data/sources/sources.json'), ...listFiles(join(ROOT, 'data/disclosures'), ['.json'])];
    expect(files.length).toBeGreaterThan(2);
    for (const abs of files) {
      const { ok, errors } = check(readJson(abs));
      expect(ok ? [] : errors.slice(0, 5), relative(ROOT, abs)).toEqual([]);
    }
  });

  it('classifies every bad-input fixture', () => {
    const corpus = listFiles(join(ROOT, FIXTURES), ['.json']).map((f) => relative(join(ROOT, FIXTURES), f).replaceAll('\\', '/'));
    expect([...SCHEMA_LEVEL, ...Object.keys(BEYOND_JSON_SCHEMA)].sort()).toEqual(corpus.sort());
  });

  it.each(SCHEMA_LEVEL)('rejects %s', (fixture) => {
    const { ok } = compile()(readJson(join(ROOT, FIXTURES, fixture)));
    expect(ok).toBe(false);
  });

  it.each(Object.entries(BEYOND_JSON_SCHEMA).filter(([, why]) => !why.startsWith('not JSON')))('accepts %s (%s)', (fixture) => {
    const { ok, errors } = compile()(readJson(join(ROOT, FIXTURES, fixture)));
    expect(ok ? [] : errors).toEqual([]);
  });

  it('cannot parse the fixtures that are not JSON text', () => {
    for (const fixture of ['not-json.json', 'truncated.json']) {
      expect(() => readJson(join(ROOT, FIXTURES, fixture)), fixture).toThrow(SyntaxError);
    }
  });
});
