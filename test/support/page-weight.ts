/**
 * What a built page transfers at page load, gzipped: its HTML, the stylesheets it links (and
 * their @imports), the scripts it loads (`<script src>`, `<link rel="modulepreload">`, and the
 * static imports of module scripts, followed through every chunk). Dynamic `import()` is not
 * followed: it loads when the page's code asks, e.g. the validator's checks after the user
 * chooses files. Used by the byte budgets (test/site/budgets.test.ts).
 *
 *   const w = pageWeight('dist', 'dist/validator/index.html', '/');
 *   w.total; // gzipped bytes of everything above
 *   w.files; // [{ file: 'validator/index.html', bytes }, { file: '_astro/….js', bytes }, …]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface PageWeight {
  /** Site path without the base, e.g. `/validator/`. */
  page: string;
  /** Each file loaded at page load, HTML first, with its gzipped size (level 6). */
  files: { file: string; bytes: number }[];
  /** Sum of `files`. */
  total: number;
  /** `<script>` elements on the page, inline or not. */
  scripts: number;
  /** Links to files that are not in the build (or not on this site): they cannot be measured. */
  missing: string[];
}

export const gzipBytes = (bytes: Uint8Array) => gzipSync(bytes, { level: 6 }).length;

/** Every .html file under `dist` (the Pagefind bundle has none). */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The page's URL path without the base: `dist/a/b/index.html` → `/a/b/`. */
function pagePath(dist: string, html: string): string {
  const rel = relative(dist, html).replaceAll('\\', '/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` of a bundled module (never `import("x")`). */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;

export function pageWeight(dist: string, html: string, base = '/'): PageWeight {
  const page = pagePath(dist, html);
  const origin = 'http://site.invalid';
  const files: PageWeight['files'] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  let scripts = 0;

  /** The built file a URL names, relative to `dist`, or undefined when it is not in this build. */
  const fileOf = (url: string, from: URL): string | undefined => {
    const u = new URL(url, from);
    if (u.origin !== origin || !u.pathname.startsWith(base)) return undefined;
    const rel = decodeURIComponent(u.pathname.slice(base.length));
    return existsSync(join(dist, rel)) ? rel : undefined;
  };
  const add = (url: string, from: URL, kind: 'css' | 'js') => {
    const rel = fileOf(url, from);
    if (rel === undefined) {
      missing.push(url);
      return;
    }
    if (seen.has(rel)) return;
    seen.add(rel);
    const bytes = readFileSync(join(dist, rel));
    files.push({ file: rel, bytes: gzipBytes(bytes) });
    const self = new URL(`${base}${rel}`, origin);
    const re = kind === 'js' ? STATIC_IMPORT : CSS_IMPORT;
    for (const m of bytes.toString('utf8').matchAll(re)) add(m[1]!, self, kind);
  };

  const htmlBytes = readFileSync(html);
  files.push({ file: relative(dist, html).replaceAll('\\', '/'), bytes: gzipBytes(htmlBytes) });
  const pageUrl = new URL(`${base}${page.slice(1)}`, origin);
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      if (node.tagName === 'script') {
        scripts++;
        const src = attr('src');
        if (src) add(src, pageUrl, 'js');
      } else if (node.tagName === 'link' && attr('href')) {
        if (rel.includes('stylesheet') || (rel.includes('preload') && attr('as') === 'style')) add(attr('href')!, pageUrl, 'css');
        if (rel.includes('modulepreload') || (rel.includes('preload') && attr('as') === 'script')) add(attr('href')!, pageUrl, 'js');
      }
    }
    if ('childNodes' in node) for (const c of node.childNodes) visit(c);
    if ('content' in node) visit(node.content as Node);
  };
  visit(parse(htmlBytes.toString('utf8')));
  return { page, files, total: files.reduce((n, f) => n + f.bytes, 0), scripts, missing };
}
