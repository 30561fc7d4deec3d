/**
 * A link checker over a built site: every href and src in every HTML page that points into
 * the site (relative, root-relative, or absolute on the site's own origin) must resolve to a
 * built file under the base, and every #anchor must be the id of an element of the target
 * page. External links are not followed. Used for the root build and the sub-path build.
 *
 *   const broken = checkLinks({ dir: 'dist', site: 'https://mingzhang.example', base: '/' });
 *   expect(broken).toEqual([]);
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface BrokenLink {
  /** The page the link is on (site path with base). */
  page: string;
  /** The attribute value as written. */
  link: string;
  problem: string;
}

export interface LinkCheckOptions {
  /** The built site folder. */
  dir: string;
  /** The site's origin (MINGZHANG_SITE), so absolute links to it are checked too. */
  site: string;
  /** The base path the site was built for (`/` or `/mingzhang/`). */
  base: string;
  /** Site paths (with base) whose pages are not checked, e.g. generated search UI. */
  skipPages?: (page: string) => boolean;
}

/** Attributes that hold URLs, by element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  area: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

interface PageInfo {
  ids: Set<string>;
  links: string[];
}

function scan(html: string): PageInfo {
  const ids = new Set<string>();
  const links: string[] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) {
      for (const a of node.attrs) if (a.name === 'id' || (a.name === 'name' && node.tagName === 'a')) ids.add(a.value);
      for (const name of URL_ATTRS[node.tagName] ?? []) {
        const v = node.attrs.find((a) => a.name === name)?.value;
        if (v !== undefined) links.push(v);
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) node.content.childNodes.forEach(visit);
  };
  parse(html).childNodes.forEach(visit);
  return { ids, links };
}

function htmlFiles(dir: string, root = dir, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) htmlFiles(p, root, out);
    else if (e.name.endsWith('.html')) out.push(relative(root, p).replaceAll('\\', '/'));
  }
  return out.sort();
}

export function checkLinks({ dir, site, base, skipPages }: LinkCheckOptions): BrokenLink[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const origin = new URL(site).origin;
  const pages = new Map<string, PageInfo>();
  const pageOf = (file: string) => `${b}${file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file}`;
  for (const f of htmlFiles(dir)) pages.set(pageOf(f), scan(readFileSync(join(dir, f), 'utf8')));

  /** The built file a site path resolves to, and its page info when it is HTML. */
  const resolveFile = (path: string): { found: boolean; page?: PageInfo } => {
    if (pages.has(path)) return { found: true, page: pages.get(path)! };
    const rel = decodeURIComponent(path.slice(b.length));
    const file = join(dir, rel);
    if (!existsSync(file)) return { found: false };
    if (statSync(file).isDirectory()) {
      // A directory URL without its trailing slash: servers redirect, but our links should not rely on it.
      return { found: false };
    }
    return { found: true };
  };

  const broken: BrokenLink[] = [];
  for (const [page, info] of pages) {
    if (skipPages?.(page)) continue;
    const here = new URL(page, origin);
    for (const link of info.links) {
      const trimmed = link.trim();
      if (/^javascript:/i.test(trimmed)) {
        broken.push({ page, link, problem: 'javascript: URL' });
        continue;
      }
      if (trimmed === '' || /^(mailto|tel|data|blob):/i.test(trimmed)) continue;
      let url: URL;
      try {
        url = new URL(trimmed, here);
      } catch {
        broken.push({ page, link, problem: 'not a valid URL' });
        continue;
      }
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(b)) {
        broken.push({ page, link, problem: `outside the base ${b}` });
        continue;
      }
      const target = url.pathname === page && trimmed.startsWith('#') ? { found: true, page: info } : resolveFile(url.pathname);
      if (!target.found) {
        broken.push({ page, link, problem: `no built file for ${url.pathname}` });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.page && !target.page.ids.has(anchor)) broken.push({ page, link, problem: `no element with id "${anchor}" on ${url.pathname}` });
    }
  }
  return broken;
}

/** Broken links as readable lines, for test failure messages. */
export function formatBroken(broken: readonly BrokenLink[], max = 40): string {
  const lines = broken.slice(0, max).map((x) => `${x.page}  ${x.link}  → ${x.problem}`);
  if (broken.length > max) lines.push(`… and ${broken.length - max} more`);
  return lines.join('\n');
}
