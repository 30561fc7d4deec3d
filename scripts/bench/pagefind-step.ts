/**
 * Benchmark step: the build's search indexing (scripts/build.ts step 3) over a built site
 * folder, writing <site>/pagefind. Prints a JSON line with the number of pages indexed.
 *   tsx scripts/bench/pagefind-step.ts <site dir>
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
await pagefind.close();
process.stdout.write(`${JSON.stringify({ pages: added.page_count })}\n`);
