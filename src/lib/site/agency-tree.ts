/**
 * The agency hierarchy (national → province → city → county) as a tree for the index page,
 * with the documents each agency has published in 明账.
 */
import type { Agency } from '../../schemas/agency';
import type { SiteData } from './dataset';

export interface AgencyNode {
  agency: Agency;
  documentCount: number;
  years: number[];
  children: AgencyNode[];
}

/** The tree of the registry, each agency with its documents' count and years (from a site summary's catalogue). */
export function agencyTree(agencies: readonly Agency[], documents: ReadonlyArray<{ agency: string; fiscalYear: number }>): AgencyNode[] {
  const byAgency = new Map<string, number[]>();
  for (const d of documents) {
    const years = byAgency.get(d.agency);
    if (years) years.push(d.fiscalYear);
    else byAgency.set(d.agency, [d.fiscalYear]);
  }
  const children = new Map<string | undefined, Agency[]>();
  for (const a of agencies) {
    const list = children.get(a.parent) ?? [];
    list.push(a);
    children.set(a.parent, list);
  }
  const build = (a: Agency): AgencyNode => {
    const years = byAgency.get(a.slug) ?? [];
    return {
      agency: a,
      documentCount: years.length,
      years: [...new Set(years)].sort((x, y) => y - x),
      children: (children.get(a.slug) ?? []).sort((x, y) => (x.regionCode ?? '').localeCompare(y.regionCode ?? '')).map(build),
    };
  };
  return (children.get(undefined) ?? []).map(build);
}

/** The chain of agencies from the top down to `slug`. */
export function agencyAncestors(data: SiteData, slug: string): Agency[] {
  const out: Agency[] = [];
  let cur = data.agencyBySlug.get(slug);
  while (cur) {
    out.unshift(cur);
    cur = cur.parent ? data.agencyBySlug.get(cur.parent) : undefined;
  }
  return out;
}
