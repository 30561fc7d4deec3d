/**
 * Page types of the built site, by URL pattern, and the largest page of each: the a11y and
 * budget tests check the worst case of every kind of page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const TYPES: Array<[string, RegExp]> = [
  ['home', /^$/],
  ['agency-index', /^agencies\/$/],
  ['agency', /^agencies\/[^/]+\/$/],
  ['agency-year', /^agencies\/[^/]+\/\d{4}\/$/],
  ['project', /^agencies\/[^/]+\/\d{4}\/[^/]+\/[^/]+\/$/],
  ['document', /^agencies\/[^/]+\/\d{4}\/[^/]+\/$/],
  ['source', /^sources\/[^/]+\/$/],
  ['search', /^search\/$/],
  ['findings', /^findings\//],
  ['compare', /^compare\//],
  ['coverage', /^coverage\//],
  ['methodology', /^methodology\//],
  ['downloads', /^downloads\//],
  ['guide', /^guide\//],
  ['validator', /^validator\//],
  ['corrections', /^corrections\//],
];

export interface BuiltPage {
  /** URL path without the base, e.g. `agencies/fujian-ningde/` */
  path: string;
  file: string;
  bytes: number;
  type: string;
}

export function builtPages(dist: string): BuiltPage[] {
  const out: BuiltPage[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') visit(p);
      } else if (e.name === 'index.html') {
        const path = relative(dist, dir).replaceAll('\\', '/');
        const url = path === '' ? '' : `${path}/`;
        const type = TYPES.find(([, re]) => re.test(url))?.[0] ?? 'other';
        out.push({ path: url, file: p, bytes: statSync(p).size, type });
      }
    }
  };
  visit(dist);
  return out;
}

/** The largest page of every type present in the build. */
export function largestPerType(dist: string): BuiltPage[] {
  const best = new Map<string, BuiltPage>();
  for (const p of builtPages(dist)) {
    const cur = best.get(p.type);
    if (!cur || p.bytes > cur.bytes) best.set(p.type, p);
  }
  return [...best.values()].sort((a, b) => a.type.localeCompare(b.type));
}
