/**
 * Benchmark step: the build's validation (every file of a dataset folder, one at a time, as
 * one dataset: `validateFiles`), exactly what scripts/build.ts runs, without the audit that
 * `npm run validate` adds. Prints a JSON line with the counts.
 *   tsx scripts/bench/validate-step.ts <data dir>
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/dataset/read-files';
import { validateFiles } from '../../src/lib/validation/validate-files';

const dataDir = process.argv[2] ?? 'data';
const files = [join(dataDir, 'agencies.json'), join(dataDir, 'sources', 'sources.json'), ...listFiles(join(dataDir, 'sources'), ['.txt']), ...listFiles(join(dataDir, 'disclosures'), ['.json'])];
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const result = await validateFiles(process.cwd(), dataDir);
const errors = result.problems.filter((p) => p.level === 'error').length;
process.stdout.write(`${JSON.stringify({ files: result.files, bytes, documents: result.documents, agencies: result.agencies, errors })}\n`);
process.exitCode = errors === 0 ? 0 : 1;
