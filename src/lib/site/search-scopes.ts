/**
 * Search scopes (docs/sharding.md, "Search: one index, or one per shard"): which Pagefind
 * bundle every indexed page goes to, what each scope is called, and when a site is searched
 * through one index ("single") or through scoped bundles ("scoped"). Pure: used by the
 * indexer (src/lib/site/pagefind-index.ts), by the pages (the scope field of the search
 * forms) and by the search page (through the manifest the indexer writes).
 *
 * Bundles (each `/pagefind/<id>/`):
 * - `national`: the national bureau's pages (`/agencies/national/…`);
 * - `<pp>0000`: a province bureau's own pages (`350000`, 福建省医疗保障局);
 * - `<pppp>00`: a prefecture, 地级市 with its counties (`350900`, 宁德市 and the counties whose
 *   code starts with 3509). Province-level cities (11, 12, 31, 50) have no 地级 level: their
 *   districts bundle by their first four digits as GB/T 2260 groups them (`110100` 北京市各区,
 *   `500200` 重庆市各县), as do a province's directly administered counties (`429000`);
 * - `directory`: every agency's landing page (`/agencies/<slug>/`), also in its own bundle:
 *   "which bureau" across the country;
 * - `site`: every other indexed page (home, `/agencies/`, findings, comparisons, coverage,
 *   methodology, guide, corrections, downloads): 本站说明.
 * Scopes are the bundles, plus one per province (`35`: every bundle of the province, searched
 * together with Pagefind's mergeIndex).
 */

export type SearchMode = 'single' | 'scoped';

/** The registry's fields that decide a bundle. */
export interface ScopeAgency {
  slug: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'county';
  regionCode?: string | undefined;
}

export const DIRECTORY = 'directory';
export const SITE = 'site';
export const NATIONAL = 'national';

/**
 * Registries with more agencies than this are searched in scoped bundles unless
 * MINGZHANG_SEARCH says otherwise. One index is cheaper only while the whole site is about one
 * prefecture bundle: the bundled data (7 agencies, 92 pages) costs 150.5 KB a cold query with
 * one index, the 100 agency-years corpus (51 agencies, 2,251 pages) already 185.5 KB.
 */
export const SCOPED_ABOVE_AGENCIES = 20;

/** `MINGZHANG_SEARCH=single|scoped` decides; unset, the registry's size does. */
export function searchMode(agencyCount: number, setting: string | undefined = process.env.MINGZHANG_SEARCH): SearchMode {
  if (setting === 'single' || setting === 'scoped') return setting;
  if (setting !== undefined && setting !== '') throw new Error(`MINGZHANG_SEARCH must be "single" or "scoped", not "${setting}"`);
  return agencyCount > SCOPED_ABOVE_AGENCIES ? 'scoped' : 'single';
}

/** The bundle of an agency's own pages. */
export function bundleOfAgency(agency: Pick<ScopeAgency, 'level' | 'regionCode' | 'slug'>): string {
  if (agency.level === 'national') return NATIONAL;
  const code = agency.regionCode;
  if (!code || !/^\d{6}$/.test(code)) throw new Error(`agency ${agency.slug} has no 6-digit region code`);
  if (agency.level === 'province') return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

/** The province scope (`35`) a bundle belongs to, if any. */
export function provinceOfBundle(bundle: string): string | undefined {
  return /^\d{6}$/.test(bundle) ? bundle.slice(0, 2) : undefined;
}

/** True for an id the search page may load as a bundle or scope (letters, digits, hyphen). */
export function isScopeId(id: string): boolean {
  return /^(?:\d{2}|\d{6}|national|directory|site)$/.test(id);
}

/**
 * The bundle a page belongs to by its path in the built site (`agencies/fujian-ningde/2024/index.html`,
 * `findings/index.html`). A page under `agencies/<slug>/` of no registered agency is an error:
 * every page must have its bundle.
 */
export function bundleOfPage(path: string, agencyBySlug: ReadonlyMap<string, Pick<ScopeAgency, 'level' | 'regionCode' | 'slug'>>): string {
  const m = /^agencies\/([^/]+)\//.exec(path.replace(/^\/+/, ''));
  if (!m) return SITE;
  const agency = agencyBySlug.get(m[1]!);
  if (!agency) throw new Error(`${path}: no agency "${m[1]}" in the registry, so no search bundle`);
  return bundleOfAgency(agency);
}

/** True for an agency's landing page, which the directory bundle holds too. */
export function isLandingPage(path: string): boolean {
  return /^agencies\/[^/]+\/index\.html$/.test(path.replace(/^\/+/, ''));
}

/**
 * The scope a page's search form starts in: an agency's pages their bundle, the home page and
 * the agency index the directory, every other page the site-wide bundle. `pathname` is the
 * page's URL path without the site's base (`/agencies/fujian-ningde/2024/`).
 */
export function scopeOfPage(pathname: string, agencyBySlug: ReadonlyMap<string, Pick<ScopeAgency, 'level' | 'regionCode' | 'slug'>>): string {
  const path = pathname.replace(/^\/+/, '');
  if (path === '' || path === 'index.html' || path === 'agencies/' || path === 'agencies/index.html' || path === 'search/') return DIRECTORY;
  const m = /^agencies\/([^/]+)\//.exec(path);
  if (m) {
    const agency = agencyBySlug.get(m[1]!);
    return agency ? bundleOfAgency(agency) : DIRECTORY;
  }
  return SITE;
}

/** An agency's name without "医疗保障局": the region it serves (`宁德市`). */
function regionName(agency: ScopeAgency): string {
  return agency.name.replace(/医疗保障局$/, '') || agency.name;
}

export type ScopeKind = 'national' | 'province-bureau' | 'prefecture' | 'province' | 'directory' | 'site';

/** One search scope as the manifest lists it. */
export interface Scope {
  id: string;
  /** Chinese name shown in the search form. */
  name: string;
  kind: ScopeKind;
  /** The province scope (`35`) it widens to, for bundles of a province. */
  parent?: string;
  /** The bundles searched: one, or a province's (the first is loaded as primary, the others merged). */
  bundles: string[];
  /** Pages indexed (a province: the sum over its bundles). */
  pages: number;
}

/** The manifest the indexer writes to `/pagefind/scopes.json`: every scope, for the scope chooser. */
export interface ScopeManifest {
  mode: SearchMode;
  scopes: Scope[];
}

/**
 * What the search page needs of its own scope before the first result, written per scope to
 * `/pagefind/scopes/<id>.json` (a few hundred bytes): the scope, and the province it widens to.
 * The whole manifest (about 9 KB gzipped for the country) is loaded only to change the scope.
 */
export interface ScopeCard {
  scope: Scope;
  wider?: Scope;
}

/** The card of every scope of a manifest. */
export function scopeCards(scopes: readonly Scope[]): ScopeCard[] {
  const byId = new Map(scopes.map((s) => [s.id, s]));
  return scopes.map((scope) => {
    const wider = scope.parent ? byId.get(scope.parent) : undefined;
    return wider ? { scope, wider } : { scope };
  });
}

/** The Chinese name of a bundle, from the registry. */
export function bundleName(bundle: string, agencies: readonly ScopeAgency[]): string {
  if (bundle === DIRECTORY) return '全国机构名录';
  if (bundle === SITE) return '本站说明';
  if (bundle === NATIONAL) return agencies.find((a) => a.level === 'national')?.name ?? '国家医疗保障局';
  const province = agencies.find((a) => a.level === 'province' && a.regionCode === `${bundle.slice(0, 2)}0000`);
  const provinceName = province ? regionName(province) : `${bundle.slice(0, 2)}0000`;
  if (bundle.endsWith('0000')) return province?.name ?? provinceName;
  const city = agencies.find((a) => a.level === 'city' && a.regionCode === bundle);
  if (city) return `${regionName(city)}及所辖区县`;
  const group = bundle.slice(2, 4);
  if (group === '01') return `${provinceName}各区`;
  if (group === '02') return `${provinceName}各县`;
  if (group === '90') return `${provinceName}省直辖县级行政区`;
  return `${provinceName}（${bundle}）`;
}

/** The name of a province scope (`35` → 福建省全省, `11` → 北京市全市, `64` → 宁夏回族自治区全区). */
export function provinceScopeName(province: string, agencies: readonly ScopeAgency[]): string {
  const bureau = agencies.find((a) => a.level === 'province' && a.regionCode === `${province}0000`);
  const name = bureau ? regionName(bureau) : `${province}0000`;
  return `${name}${name.endsWith('市') ? '全市' : name.endsWith('区') ? '全区' : '全省'}`;
}

/**
 * The scopes of a site from the pages indexed per bundle: every bundle with pages is a scope,
 * and every province with at least one bundle a scope merging them (province bureau first,
 * then its prefectures by code). Ordered: directory, site, national, then by province.
 */
export function planScopes(pagesByBundle: ReadonlyMap<string, number>, agencies: readonly ScopeAgency[]): Scope[] {
  const bundles = [...pagesByBundle.keys()].filter((b) => (pagesByBundle.get(b) ?? 0) > 0).sort();
  const scopes: Scope[] = [];
  for (const id of [DIRECTORY, SITE, NATIONAL]) {
    if (!bundles.includes(id)) continue;
    scopes.push({ id, name: bundleName(id, agencies), kind: id === NATIONAL ? 'national' : (id as 'directory' | 'site'), bundles: [id], pages: pagesByBundle.get(id)! });
  }
  const provinces = [...new Set(bundles.map(provinceOfBundle).filter((p): p is string => p !== undefined))].sort();
  for (const p of provinces) {
    const own = bundles.filter((b) => provinceOfBundle(b) === p);
    scopes.push({ id: p, name: provinceScopeName(p, agencies), kind: 'province', bundles: own, pages: own.reduce((n, b) => n + pagesByBundle.get(b)!, 0) });
    for (const b of own) {
      scopes.push({ id: b, name: bundleName(b, agencies), kind: b.endsWith('0000') ? 'province-bureau' : 'prefecture', parent: p, bundles: [b], pages: pagesByBundle.get(b)! });
    }
  }
  return scopes;
}
