/**
 * npm run synth -- --size <1x|100|1000|national|N> --out <dir> [--seed N]
 * Writes a synthetic corpus in the layout of data/ that passes `npm run validate` unchanged
 * (MINGZHANG_DATA=<dir> npm run build builds a site from it). Same seed, same bytes.
 */
import { resolve } from 'node:path';
import { generateCorpus, parseSize } from './corpus';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sizeText = option('size');
const out = option('out');
if (!sizeText || !out) {
  process.stderr.write('usage: npm run synth -- --size <1x|100|1000|national|N> --out <dir> [--seed N]\n');
  process.exit(2);
}
const seed = Number(option('seed') ?? 1);
if (!Number.isInteger(seed)) {
  process.stderr.write(`--seed must be an integer, got "${option('seed')}"\n`);
  process.exit(2);
}
const started = performance.now();
let lastReport = 0;
const manifest = generateCorpus(parseSize(sizeText), resolve(out), seed, (done, total) => {
  if (done === total || performance.now() - lastReport > 5000) {
    lastReport = performance.now();
    process.stderr.write(`  ${done}/${total} agency-years\n`);
  }
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`synthetic corpus ${manifest.size} (seed ${seed}) in ${out}: ${manifest.agencyYears} agency-years, ${manifest.documents} documents, ${manifest.projects} projects, ${manifest.indicators} indicators, ${seconds} s\n`);
