/**
 * Benchmark step: the build's validation (read every file of a dataset folder, validate it
 * as one dataset), exactly what scripts/build.ts and src/lib/site/dataset.ts run, without the
 * audit that `npm run validate` adds. Prints a JSON line with the counts.
 *   tsx scripts/bench/validate-step.ts <data dir>
 */
import { readDataset } from '../../src/lib/dataset/read-files';
import { validateDataset } from '../../src/lib/validation/validate-dataset';

const dataDir = process.argv[2] ?? 'data';
const { inputs } = readDataset(process.cwd(), dataDir);
const bytes = inputs.reduce((n, f) => n + f.bytes.byteLength, 0);
const result = await validateDataset(inputs);
const errors = result.problems.filter((p) => p.level === 'error').length;
process.stdout.write(`${JSON.stringify({ files: inputs.length, bytes, documents: result.documents.length, agencies: result.agencies.length, errors })}\n`);
process.exitCode = errors === 0 ? 0 : 1;
