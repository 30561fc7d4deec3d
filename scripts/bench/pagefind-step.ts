/**
 * Benchmark step: the build's search indexing (scripts/build.ts step 3) over a built site
 * folder, writing <site>/pagefind. Prints a JSON line with the number of pages indexed.
 *   tsx scripts/bench/pagefind-step.ts <site dir>
 */
import { resolve } from 'node:path';
import { closeIndexer, indexSite } from '../../src/lib/site/pagefind-index';

const site = resolve(process.argv[2] ?? 'dist');
const { pages, errors } = await indexSite(site);
await closeIndexer();
if (errors.length > 0) throw new Error(errors.join('\n'));
process.stdout.write(`${JSON.stringify({ pages })}\n`);
