/**
 * Indexing a built site with Pagefind (Node only): the one way `npm run build`, shard builds,
 * the shard merge and the benchmarks write a search bundle. Errors are returned, not thrown,
 * so each caller says them its own way (the build fails with dist/ untouched).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  /** Pages indexed (0 also when nothing was written: a glob that matched nothing). */
  pages: number;
  /** Pagefind's errors, from creating the index, reading the pages or writing the bundle. */
  errors: string[];
}

/**
 * Indexes the HTML under `site` (or the files matching `glob` below it) into
 * `<site>/<bundle>` (default `pagefind`). A glob that matches no page writes nothing.
 */
export async function indexSite(site: string, options: { glob?: string; bundle?: string } = {}): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) return { pages: 0, errors: errors.length > 0 ? errors : ['Pagefind did not create an index'] };
  const added = await index.addDirectory({ path: site, ...(options.glob !== undefined && { glob: options.glob }) });
  if (added.errors.length > 0 || added.page_count === 0) return { pages: added.page_count, errors: added.errors };
  const written = await index.writeFiles({ outputPath: join(site, options.bundle ?? 'pagefind') });
  return { pages: added.page_count, errors: written.errors };
}

/** Stops Pagefind's indexing service (once, after the last `indexSite`). */
export const closeIndexer = (): Promise<null> => pagefind.close();
