/**
 * The URL manifest: every URL the built site publishes and every anchor (element id) on each
 * page, paths without the base. test/urls/manifest.json is the committed copy; the site test
 * fails when a URL or anchor listed there is no longer served, unless data/redirects.json
 * sends the URL elsewhere. Links that people have copied must keep working.
 *
 * Node only (reads dist/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface UrlManifest {
  /** HTML pages: path → the ids of its elements, sorted. */
  pages: Record<string, string[]>;
  /** Other published files (downloads, feeds, schemas, badges, the sitemap). */
  files: string[];
}

/** Build output that is not a stable URL: hashed assets and the search index. */
const SKIP = /^(?:_astro|pagefind)\//;

/** Element ids of an HTML document, leaving out those inside SVG (chart internals, not link targets). */
export function anchorsOf(html: string): string[] {
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'svg') return;
    if ('attrs' in node) {
      const id = node.attrs.find((a) => a.name === 'id')?.value;
      if (id) ids.add(id);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) node.content.childNodes.forEach(visit);
  };
  parse(html).childNodes.forEach(visit);
  return [...ids].sort();
}

/** The URL path of a built file: `agencies/index.html` → `/agencies/`, `feeds/x.xml` → `/feeds/x.xml`. */
export function urlPathOf(file: string): string {
  const p = file.replaceAll('\\', '/');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, root, out);
    else if (entry.isFile()) out.push(relative(root, p).replaceAll('\\', '/'));
  }
}

/** The manifest of a built site folder. */
export function scanSite(distDir: string): UrlManifest {
  const files: string[] = [];
  walk(distDir, distDir, files);
  const pages: Record<string, string[]> = {};
  const other: string[] = [];
  for (const f of files.sort()) {
    if (SKIP.test(f)) continue;
    if (f.endsWith('.html')) pages[urlPathOf(f)] = anchorsOf(readFileSync(join(distDir, f), 'utf8'));
    else other.push(urlPathOf(f));
  }
  const sortedPages = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { pages: sortedPages, files: other.sort() };
}

/** The manifest as committed: one line per page, so a diff shows which pages changed. */
export function manifestText(m: UrlManifest): string {
  const pages = Object.entries(m.pages).map(([path, ids]) => `    ${JSON.stringify(path)}: ${JSON.stringify(ids)}`);
  const files = m.files.map((f) => `    ${JSON.stringify(f)}`);
  return `{\n  "pages": {\n${pages.join(',\n')}\n  },\n  "files": [\n${files.join(',\n')}\n  ]\n}\n`;
}

export interface ManifestBreak {
  url: string;
  anchor?: string;
  problem: string;
}

/**
 * What the committed manifest lists that the current build no longer resolves. A URL in
 * `redirects` (old path → new path) counts as resolved, and its anchors are looked for on
 * the page it redirects to.
 */
export function manifestBreaks(committed: UrlManifest, current: UrlManifest, redirects: Readonly<Record<string, string>>): ManifestBreak[] {
  const out: ManifestBreak[] = [];
  const files = new Set(current.files);
  const target = (url: string): string => {
    const seen = new Set<string>();
    let u = url;
    while (redirects[u] !== undefined && !seen.has(u)) {
      seen.add(u);
      u = redirects[u]!.split('#')[0]!;
    }
    return u;
  };
  for (const [url, anchors] of Object.entries(committed.pages)) {
    const to = target(url);
    const page = current.pages[to];
    if (!page) {
      out.push({ url, problem: to === url ? 'page no longer built' : `redirect target ${to} is not built` });
      continue;
    }
    const have = new Set(page);
    for (const a of anchors) if (!have.has(a)) out.push({ url, anchor: a, problem: `anchor #${a} no longer on ${to}` });
  }
  for (const url of committed.files) {
    const to = target(url);
    if (!files.has(to) && !current.pages[to]) out.push({ url, problem: to === url ? 'file no longer built' : `redirect target ${to} is not built` });
  }
  return out;
}
