/**
 * The bundled data/ validates with zero errors, exactly as `npm run validate` runs it.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-files';
import { formatProblems } from '../../../src/lib/validation/problem';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';
import { ROOT } from './fixtures';

it('validates the bundled data with zero errors', async () => {
  const { inputs } = readDataset(ROOT, join(ROOT, 'data'));
  const result = await validateDataset(inputs);
  const errors = result.problems.filter((p) => p.level === 'error');
  // On failure the message is the validator's own report.
  expect(formatProblems(errors)).toBe('0 errors, 0 warnings');
  expect(result.ok).toBe(true);
  expect(result.agencies.length).toBeGreaterThan(0);
  expect(result.sources.length).toBeGreaterThan(0);
  expect(result.documents.length).toBeGreaterThan(0);
});
