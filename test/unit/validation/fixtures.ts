/**
 * Running the validator on the bad-input corpus as `npm run validate -- <fixture>` would,
 * but in a fixed context: the bundled registries and archived sources (not the bundled
 * documents, which change as transcription goes on), plus the fixture files. Only the
 * fixtures' own problems are returned, as the CLI reports only the files it was given.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../../../src/lib/dataset/read-files';
import { sortProblems, type Problem } from '../../../src/lib/validation/problem';
import { validateDataset, type InputFile, type ValidationResult } from '../../../src/lib/validation/validate-dataset';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = 'test/fixtures/bad-input';

function read(path: string): InputFile {
  return { file: relative(ROOT, join(ROOT, path)).replaceAll('\\', '/'), bytes: new Uint8Array(readFileSync(join(ROOT, path))) };
}

/** Fixture paths (relative to the corpus), folders expanded. */
function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    const abs = join(ROOT, FIXTURES, p);
    return statSync(abs).isDirectory() ? listFiles(abs, ['.json']).map((f) => relative(ROOT, f)) : [join(FIXTURES, p)];
  });
}

export async function validateFixtures(...paths: string[]): Promise<{ result: ValidationResult; problems: Problem[] }> {
  return validateFiles(expand(paths).map(read));
}

/** A fixture parsed, for tests that change one thing in a valid document. */
export function fixtureValue(fixture: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, FIXTURES, fixture), 'utf8')) as Record<string, unknown>;
}

/** In-memory files (`{ 'x.json': value }`), validated in the same context as the fixtures. */
export async function validateValues(values: Record<string, unknown>): Promise<{ result: ValidationResult; problems: Problem[] }> {
  const encoder = new TextEncoder();
  return validateFiles(Object.entries(values).map(([file, v]) => ({ file, bytes: encoder.encode(typeof v === 'string' ? v : JSON.stringify(v, null, 2)) })));
}

async function validateFiles(files: InputFile[]): Promise<{ result: ValidationResult; problems: Problem[] }> {
  const replacesAgencies = files.some((f) => /(^|\/)agencies[^/]*\.json$/.test(f.file));
  const context = [
    ...(replacesAgencies ? [] : ['data/agencies.json']),
    'data/sources/sources.json',
    ...readdirSync(join(ROOT, 'data/sources')).filter((f) => f.endsWith('.txt')).map((f) => `data/sources/${f}`),
  ].map(read);
  const result = await validateDataset([...context, ...files]);
  const mine = new Set(files.map((f) => f.file));
  return { result, problems: sortProblems(result.problems.filter((p) => mine.has(p.file))) };
}

/** 1-based line of the first line of a fixture that contains `needle`. */
export function lineOf(fixture: string, needle: string): number {
  const lines = readFileSync(join(ROOT, FIXTURES, fixture), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found in ${fixture}`);
  return i + 1;
}
