/**
 * npm run validate -- [paths…] [--json] [--data <dir>]
 * Validates all of data/ (or the given files, in the context of data/) and prints every
 * problem: file, line, JSON path, the bad value, what was expected, how to fix. Exit 1 on any error.
 * `--data <dir>` (or MINGZHANG_DATA, as for the build) validates another dataset folder, e.g. a
 * synthetic corpus from `npm run synth`.
 */
import { formatProblems } from '../src/lib/validation/problem';
import { validateDataset } from '../src/lib/validation/validate-dataset';
import { readDataset } from '../src/lib/dataset/read-files';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditWarnings, auditWarningsByAgencyYear } from '../src/lib/audit/audit-warnings';
import type { Problem } from '../src/lib/validation/problem';
import { validateFiles } from '../src/lib/validation/validate-files';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dataAt = args.indexOf('--data');
const dataDir = dataAt >= 0 ? args[dataAt + 1] : (process.env.MINGZHANG_DATA ?? 'data');
if (dataDir === undefined) throw new Error('--data needs a folder');
const paths = args.filter((a, i) => !a.startsWith('--') && !(dataAt >= 0 && i === dataAt + 1));

let problems: Problem[];
let files: number;
if (paths.length === 0) {
  // The whole dataset, one file at a time (memory follows the largest file, not the corpus).
  const root = process.cwd();
  const audit = auditWarningsByAgencyYear((file) => new Uint8Array(readFileSync(resolve(root, file))));
  const result = await validateFiles(root, dataDir, { onDocument: (file, doc) => audit.add(file, doc) });
  problems = result.ok ? [...result.problems, ...audit.warnings()] : result.problems;
  files = result.files;
} else {
  const { inputs, requested } = readDataset(process.cwd(), dataDir, paths);
  const result = await validateDataset(inputs);
  // With explicit paths, report the problems of those files (others are context).
  problems = result.problems.filter((p) => requested.has(p.file) || p.file === '(dataset)');
  if (result.ok) problems = [...problems, ...auditWarnings(result, requested, inputs)];
  files = requested.size;
}

if (json) {
  const errors = problems.filter((p) => p.level === 'error').length;
  process.stdout.write(JSON.stringify({ ok: errors === 0, errors, warnings: problems.length - errors, problems }, null, 2) + '\n');
} else {
  process.stdout.write(`明账 validate: ${files} file${files === 1 ? '' : 's'}\n`);
  process.stdout.write(formatProblems(problems) + '\n');
}
// exitCode, not exit(): exit() would cut off a long report still being written to a pipe.
process.exitCode = problems.some((p) => p.level === 'error') ? 1 : 0;
