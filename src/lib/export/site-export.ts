/**
 * The downloads of the bundled data, computed once per build: the endpoints under
 * /downloads/ and the downloads page all read from here (the audit runs once, not once
 * per file).
 */
import { auditDataset } from '../audit/audit';
import type { Finding } from '../audit/finding';
import { loadSiteData, type SiteData } from '../site/dataset';
import { releaseId } from '../site/release';
import { withBase } from '../site/urls';
import { datasetJson, downloadScopes, scopeCsv, type DownloadScope } from './downloads';
import type { ExportContext, TableName } from './tables';

export interface SiteExport {
  data: SiteData;
  release: string;
  ctx: ExportContext;
  findings: Finding[];
  scopes: DownloadScope[];
}

/** Absolute URL of a site path, with base, on `site`. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absolute URLs need `site` (MINGZHANG_SITE) in astro.config.mjs');
  return new URL(withBase(path), site).href;
}

let cache: Promise<Omit<SiteExport, 'ctx'>> | undefined;

/** The downloads, with links made absolute on `site` (undefined where only the scopes are needed: getStaticPaths). */
export async function siteExport(site: URL | undefined): Promise<SiteExport> {
  cache ??= (async () => {
    const data = await loadSiteData();
    return {
      data,
      release: releaseId(),
      findings: auditDataset(data.documents),
      scopes: downloadScopes(data.documents, data.agencyBySlug),
    };
  })();
  const base = await cache;
  return { ...base, ctx: { release: base.release, agencyBySlug: base.data.agencyBySlug, url: (p: string) => absoluteUrl(p, site) } };
}

/** The scope of `all` or `<agency>/<year>`. */
export function scopeOf(exp: SiteExport, key: string): DownloadScope {
  const scope = exp.scopes.find((s) => s.key === key);
  if (!scope) throw new Error(`no downloads for ${key}`);
  return scope;
}

export function jsonResponse(exp: SiteExport, scope: DownloadScope): Response {
  const body = JSON.stringify(datasetJson(scope, exp.data, exp.release), null, 2) + '\n';
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export function csvResponse(exp: SiteExport, scope: DownloadScope, table: TableName): Response {
  const csv = scopeCsv(scope, exp.data.documents, exp.ctx, exp.findings).get(table)!.csv;
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
