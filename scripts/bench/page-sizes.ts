/**
 * Transferred size of the built pages: every HTML page classified by its URL pattern (the
 * URL scheme of src/lib/site/urls.ts) and gzipped with node:zlib at level 6, the level
 * static hosts commonly serve. Large sites are sampled: at most SAMPLE pages per type, plus
 * the largest files of each type, so the maximum is exact and the median an estimate.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const SAMPLE = 2_000;
const LARGEST = 25;

export const PAGE_TYPES = ['home', 'agency index', 'agency', 'agency-year', 'document', 'project', 'archived source', 'findings', 'search', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The page type of a path relative to the site root (`agencies/r350900/2024/index.html`). */
export function pageType(path: string): PageType {
  const p = path.replace(/index\.html$/, '');
  if (p === '') return 'home';
  if (p === 'agencies/') return 'agency index';
  if (p === 'search/') return 'search';
  if (p.startsWith('findings/')) return 'findings';
  if (/^sources\/[^/]+\/$/.test(p)) return 'archived source';
  const m = /^agencies\/[^/]+\/(.*)$/.exec(p);
  if (m) {
    const rest = m[1]!.split('/').filter(Boolean);
    if (rest.length === 0) return 'agency';
    if (/^\d{4}$/.test(rest[0]!)) return (['agency-year', 'document', 'project'] as const)[rest.length - 1] ?? 'other';
  }
  return 'other';
}

export interface TypeSizes {
  type: PageType;
  pages: number;
  /** Pages gzipped (all, or a sample). */
  measured: number;
  rawBytes: number;
  medianGzip: number;
  p90Gzip: number;
  maxGzip: number;
  largest: string;
}

export interface SiteSizes {
  htmlPages: number;
  /** Over every page measured: median and largest gzip size, and whether every page was measured. */
  medianGzip: number;
  maxGzip: number;
  largest: string;
  sampled: boolean;
  byType: TypeSizes[];
  /** Bytes on disk by top folder (downloads, pagefind, _astro …) and in total. */
  folders: Record<string, number>;
  totalBytes: number;
  files: number;
}

function walk(dir: string, visit: (path: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, visit);
    else visit(p, statSync(p).size);
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function siteSizes(site: string): SiteSizes {
  const pages = new Map<PageType, { path: string; size: number }[]>();
  const folders: Record<string, number> = {};
  let totalBytes = 0;
  let files = 0;
  walk(site, (path, size) => {
    const rel = relative(site, path);
    const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '(root files)';
    folders[top] = (folders[top] ?? 0) + size;
    totalBytes += size;
    files += 1;
    if (!rel.endsWith('.html')) return;
    const type = pageType(rel);
    const list = pages.get(type) ?? [];
    list.push({ path: rel, size });
    pages.set(type, list);
  });
  const byType: TypeSizes[] = [];
  const all: { path: string; gzip: number }[] = [];
  for (const type of PAGE_TYPES) {
    const list = pages.get(type);
    if (!list) continue;
    const bySize = [...list].sort((a, b) => b.size - a.size);
    const step = Math.max(1, Math.ceil(list.length / SAMPLE));
    const chosen = new Set([...list.filter((_, i) => i % step === 0), ...bySize.slice(0, LARGEST)]);
    const gz = [...chosen].map((p) => ({ path: p.path, gzip: gzipSync(readFileSync(join(site, p.path)), { level: 6 }).length }));
    all.push(...gz);
    const sizes = gz.map((g) => g.gzip).sort((a, b) => a - b);
    const max = gz.reduce((m, g) => (g.gzip > m.gzip ? g : m), gz[0]!);
    byType.push({
      type, pages: list.length, measured: gz.length, rawBytes: list.reduce((n, p) => n + p.size, 0),
      medianGzip: quantile(sizes, 0.5), p90Gzip: quantile(sizes, 0.9), maxGzip: max.gzip, largest: `/${max.path.replace(/index\.html$/, '')}`,
    });
  }
  const htmlPages = [...pages.values()].reduce((n, l) => n + l.length, 0);
  const sorted = all.map((g) => g.gzip).sort((a, b) => a - b);
  const top = all.reduce((m, g) => (g.gzip > m.gzip ? g : m), all[0] ?? { path: '', gzip: 0 });
  return {
    htmlPages, medianGzip: quantile(sorted, 0.5), maxGzip: top.gzip, largest: `/${top.path.replace(/index\.html$/, '')}`, sampled: all.length < htmlPages,
    byType, folders, totalBytes, files,
  };
}
