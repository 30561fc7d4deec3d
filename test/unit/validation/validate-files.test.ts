/**
 * Validation one file at a time (`validateFiles`, what the build and `npm run validate` run)
 * must report exactly what validation of every file at once (`validateDataset`) reports: the
 * same problems, in the same order, on clean data and on data with every class of fault.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-files';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';
import { validateFiles } from '../../../src/lib/validation/validate-files';
import { FIXTURES, ROOT } from './fixtures';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ as `<root>/data`, changed by `change`. */
function dataset(change: (data: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'mingzhang-files-'));
  made.push(root);
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  change(join(root, 'data'));
  return root;
}

async function both(root: string) {
  const all = await validateDataset(readDataset(root, join(root, 'data')).inputs);
  const streamed = await validateFiles(root, join(root, 'data'));
  return { all, streamed };
}

describe('validateFiles', () => {
  it('finds nothing wrong in the bundled data, and counts what it read', async () => {
    const { all, streamed } = await both(dataset());
    expect(streamed.problems).toEqual(all.problems);
    expect(streamed.ok).toBe(true);
    expect(streamed.documents).toBe(all.documents.length);
    expect(streamed.agencies).toBe(all.agencies.length);
  });

  it('reports what validateDataset reports, in its order, on every fixture of the bad-input corpus at once', async () => {
    const root = dataset((data) => {
      // Every fixture file placed among the documents (wrong places are problems too, the same in both).
      const place = join(data, 'disclosures', 'fujian-ningde', '2024');
      const copy = (from: string, prefix: string) => {
        for (const entry of readdirSync(from)) {
          const p = join(from, entry);
          if (statSync(p).isDirectory()) copy(p, `${prefix}${entry}-`);
          else if (entry.endsWith('.json')) cpSync(p, join(place, `${prefix}${entry}`));
        }
      };
      copy(join(ROOT, FIXTURES), 'fixture-');
      // An archived source edited after it was archived, and a document id used twice.
      appendFileSync(join(data, 'sources', readdirSync(join(data, 'sources')).find((f) => f.endsWith('.txt'))!), '\nedited');
      writeFileSync(join(place, 'zz-copy.json'), JSON.stringify({ ...JSON.parse('{}'), id: 'ningde-2024-final-accounts' }));
    });
    const { all, streamed } = await both(root);
    expect(all.problems.length).toBeGreaterThan(40);
    const codes = new Set(all.problems.map((p) => p.code));
    for (const code of ['ref/duplicate-id', 'ref/dangling-reference', 'source/sha256-mismatch', 'json/not-json', 'schema/invalid_type']) expect(codes).toContain(code);
    expect(streamed.problems).toEqual(all.problems);
    expect(streamed.ok).toBe(false);
  });
});
