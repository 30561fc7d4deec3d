/**
 * Client-side search over the Pagefind index. Results show title, agency, year, kind and a
 * highlighted excerpt, plus sub-results for the headings of long pages. The query, filters
 * and sort live in the URL so a search can be shared and the back button works.
 *
 * The first query is on the critical path, so nothing else is: Pagefind runs on the main
 * thread (no worker script to fetch before the index; the page preloads pagefind.js and the
 * WebAssembly), the search runs before any filter is loaded (a search loads only the filter
 * chunks its own filters name), and the filter panel fetches every filter's values only when
 * it is opened or the URL already filters (at 1,000 agency-years those values are 235 KB).
 *
 * Scoped mode (the form's `data-search-mode="scoped"`, src/lib/site/search-scopes.ts): the
 * search covers one scope, `?scope=<id>` (default the directory of agencies), whose bundle is
 * `/pagefind/<id>/`; a province scope loads its first bundle and merges the others
 * (`mergeIndex`). The scope's card `/pagefind/scopes/<id>.json` (its name, pages, the province
 * it widens to) is fetched beside the index, and only a province scope waits for it; the whole
 * manifest `/pagefind/scopes.json` only when the reader asks to change the scope. Changing the
 * scope loads the page again with the new URL (another bundle is another Pagefind instance).
 */
import { isExactMatch, settledPrefix } from './search-rank';
import { isScopeId, type Scope, type ScopeCard } from '../lib/site/search-scopes';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  /** The metadata fields (title, docnum, agency, …) in which the query's words were found. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch { results: PagefindResult[]; unfilteredResultCount: number; filters: Record<string, Record<string, number>> }
interface Pagefind {
  /** `noWorker` is read by pagefind.js 1.6 when it creates its instance; the other options as documented. */
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  debouncedSearch(q: string | null, o?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }, ms?: number): Promise<PagefindSearch | null>;
}

/** The filters shown, in order, with their Chinese labels. */
const FILTERS: Array<[string, string]> = [
  ['province', '省份'],
  ['agency', '机构'],
  ['year', '年度'],
  ['kind', '文件类型'],
  ['flag', '发现'],
];
/** Results on the first screen: each needs its fragment (about 3 KB) before anything is shown. */
const FIRST_PAGE = 5;
/** Results added by "显示更多结果". */
const PAGE_SIZE = 10;
/** How many top results are re-ranked by exact title / 文号 match. */
const RERANK_WINDOW = 10;
/** Metadata fields the re-ranking reads; only results whose query words matched one of them can match there. */
const RANKED_FIELDS = ['title', 'docnum'];
/** The scope searched when the URL names none (scoped mode): "which bureau", across the country. */
const DEFAULT_SCOPE = 'directory';
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Pagefind excerpts are escaped text with <mark> around hits: rebuild them as text nodes and <mark> elements only. */
function excerptNodes(excerpt: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = excerpt;
  const out: Node[] = [];
  tpl.content.childNodes.forEach((n) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') out.push(el('mark', {}, n.textContent ?? ''));
    else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filterBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const grid = document.getElementById('filter-grid')!;
  const sortRow = document.getElementById('search-sort-row')!;
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  const base = form.dataset.base ?? '/';
  const scoped = form.dataset.searchMode === 'scoped';

  const params = new URLSearchParams(location.search);
  const asked = params.get('scope') ?? '';
  const scopeId = scoped ? (isScopeId(asked) ? asked : DEFAULT_SCOPE) : undefined;
  const fetchJson = <T>(url: string): Promise<T | undefined> => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : undefined)).catch(() => undefined);
  /** The scope's name, pages and wider scope; fetched beside the index, awaited only by a province scope. */
  const card: Promise<ScopeCard | undefined> = scopeId !== undefined ? fetchJson<ScopeCard>(`${base}pagefind/scopes/${scopeId}.json`) : Promise.resolve(undefined);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? '';
  /** The filters of the URL, until the filter panel is built and its checkboxes hold them. */
  const urlFilters: Record<string, string[]> = {};
  for (const [key] of FILTERS) if (params.getAll(key).length > 0) urlFilters[key] = params.getAll(key);

  status.textContent = '正在载入搜索索引…';
  let pagefind: Pagefind;
  /** The scope searched, once the manifest has named it. */
  let scope: Scope | undefined;
  try {
    // A bundle's own scope is its bundle; a province's scope needs the manifest's list.
    let bundles = scopeId === undefined ? [''] : [scopeId];
    if (scopeId !== undefined && /^\d{2}$/.test(scopeId)) {
      scope = (await card)?.scope;
      if (!scope) throw new Error(`no scope ${scopeId}`);
      bundles = scope.bundles;
    }
    const path = (b: string) => `${base}pagefind/${b ? `${b}/` : ''}`;
    pagefind = (await import(/* @vite-ignore */ `${path(bundles[0]!)}pagefind.js`)) as Pagefind;
    // On the main thread: the worker would cost one more script (12.6 KB) before the first
    // result, and the preloaded WebAssembly is only reused by a fetch from this document.
    await pagefind.options({ baseUrl: base, excerptLength: 40, noWorker: true });
    await pagefind.init();
    // Merged bundles use the first one's WebAssembly; each loads its own metadata.
    await Promise.all(bundles.slice(1).map((b) => pagefind.mergeIndex(path(b), { baseUrl: base })));
  } catch {
    status.textContent = scopeId && scopeId !== DEFAULT_SCOPE
      ? '这个搜索范围的索引载入失败。请刷新页面重试，或改为搜索全国机构名录。'
      : '搜索索引载入失败。请刷新页面重试，或按地区浏览机构。';
    if (scoped) void showScopes();
    return;
  }

  let shown = 0;
  /** The results in the order shown, as far as `n` of them; and how many there are. */
  let ordered: (n: number) => Promise<PagefindResult[]> = async () => [];
  let total = 0;
  let filtersBuilt: Promise<void> | undefined;

  const selected = (): Record<string, string[]> => {
    if (!filtersBuilt) return urlFilters;
    const f: Record<string, string[]> = {};
    for (const box of grid.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (f[box.name] ??= []).push(box.value);
    return f;
  };
  const sortOf = (): Record<string, 'asc' | 'desc'> | undefined => {
    const [k, dir] = sortSelect.value.split(':');
    return k ? { [k]: dir === 'desc' ? 'desc' : 'asc' } : undefined;
  };

  /** Every filter value with its page count; loads all filter chunks, so only on demand. */
  async function buildFilters(): Promise<void> {
    const checked = selected();
    const all = await pagefind.filters();
    for (const [key, label] of FILTERS) {
      const values = Object.keys(all[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
      if (values.length === 0) continue;
      const fs = el('fieldset', { class: 'filter' });
      fs.append(el('legend', {}, label));
      values.forEach((v, i) => {
        const id = `f-${key}-${i}`;
        const wrap = el('div');
        const box = el('input', { type: 'checkbox', id, name: key, value: v });
        if (checked[key]?.includes(v)) box.checked = true;
        wrap.append(box, ' ', el('label', { for: id }, `${v}（${all[key]?.[v] ?? 0}）`));
        fs.append(wrap);
      });
      grid.append(fs);
    }
  }
  const ensureFilters = (): Promise<void> => (filtersBuilt ??= buildFilters());
  async function render(from: number, count: number) {
    const slice = (await ordered(from + count)).slice(from, from + count);
    const datas = await Promise.all(slice.map((r) => r.data()));
    for (const d of datas) {
      const li = el('li', { class: 'search-result' });
      const h = el('h2', { class: 'result-title' });
      h.append(el('a', { href: d.url }, d.meta.title ?? d.url));
      li.append(h);
      const facts = [d.meta.agency, d.meta.year && `${d.meta.year} 年度`, d.meta.kind].filter(Boolean).join(' · ');
      if (facts) li.append(el('p', { class: 'meta' }, facts));
      const p = el('p', { class: 'excerpt' });
      p.append(...excerptNodes(d.excerpt));
      li.append(p);
      const subs = d.sub_results.filter((s) => s.url !== d.url).slice(0, 3);
      if (subs.length > 0) {
        const ul = el('ul', { class: 'sub-results' });
        for (const s of subs) {
          const sli = el('li');
          sli.append(el('a', { href: s.url }, s.title));
          const sp = el('span', { class: 'excerpt' });
          sp.append(' — ', ...excerptNodes(s.excerpt));
          sli.append(sp);
          ul.append(sli);
        }
        li.append(ul);
      }
      list.append(li);
    }
    shown = from + slice.length;
    more.hidden = shown >= total;
  }

  /**
   * Exact title or 文号 matches among the top results first, then the rest, each in Pagefind's
   * order; a query that is exactly an agency's name puts that agency's own page first (found
   * through the agency filter). Only results whose title or 文号 matched a query word can match
   * the whole query there, and those are checked in order, only as far as the results asked
   * for, so the first screen usually waits for its own fragments alone.
   */
  function ranking(q: string, filters: Record<string, string[]>, results: PagefindResult[]): (n: number) => Promise<PagefindResult[]> {
    const top = results.slice(0, RERANK_WINDOW);
    const exact = new Map<string, boolean>();
    const datas: PagefindResultData[] = [];
    // Pagefind 1.6 leaves matchedMetaFields out when no metadata matched. (Were it ever not
    // reported at all, no title would be checked and the 文号 cases of test/site/search.test.ts fail.)
    for (const r of top) if (!(r.matchedMetaFields ?? []).some((f) => RANKED_FIELDS.includes(f))) exact.set(r.id, false);
    let agencyPage: Promise<PagefindResult | undefined> | undefined;
    return async (n) => {
      let settled = settledPrefix(top, (r) => exact.get(r.id));
      while (settled.length < Math.min(n, top.length) && exact.size < top.length) {
        const next = top.filter((r) => !exact.has(r.id)).slice(0, n - settled.length);
        for (const [r, d] of await Promise.all(next.map(async (r) => [r, await r.data()] as const))) {
          exact.set(r.id, isExactMatch(d, q));
          datas.push(d);
        }
        settled = settledPrefix(top, (r) => exact.get(r.id));
      }
      const known = exact.size < top.length ? settled : [...settled, ...results.slice(RERANK_WINDOW)];
      // An agency's name is in the titles of its pages, so a page checked above names it as its
      // agency. Decided once, for the first screen, so that later screens do not shift.
      agencyPage ??= datas.some((d) => d.meta.agency === q) && (!filters.agency || filters.agency.includes(q))
        ? pagefind.search(null, { filters: { agency: [q], kind: ['机构'] } }).then((own) => {
          const first = own?.results[0];
          if (first && !results.some((r) => r.id === first.id)) total += 1;
          return first;
        })
        : Promise.resolve(undefined);
      const first = await agencyPage;
      return first ? [first, ...known.filter((r) => r.id !== first.id)] : known;
    };
  }

  async function run(pushState: boolean) {
    const q = input.value.trim();
    const filters = selected();
    const hasFilter = Object.keys(filters).length > 0;
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (scopeId !== undefined) next.set('scope', scopeId);
    for (const [k, vs] of Object.entries(filters)) for (const v of vs) next.append(k, v);
    if (sortSelect.value) next.set('sort', sortSelect.value);
    if (pushState) history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    list.replaceChildren();
    more.hidden = true;
    if (!q && !hasFilter) {
      status.textContent = '输入关键词，或选择筛选条件。';
      return;
    }
    status.textContent = '正在搜索…';
    const search = await pagefind.search(q || null, { filters, sort: sortOf() });
    if (!search) return;
    const results = search.results;
    total = results.length;
    ordered = q && !sortOf() ? ranking(q, filters, results) : async () => results;
    await render(0, FIRST_PAGE);
    // Announced after the first results are on the page, so the count and the list agree.
    if (scopeId !== undefined) scope ??= (await card)?.scope;
    const within = scope ? `范围：${scope.name}` : '';
    status.textContent = total === 0
      ? `${within ? `在“${scope!.name}”范围内` : ''}没有找到与“${q}”相关的结果。`
      : `找到 ${total} 个结果${q || within ? `（${[q && `关键词：${q}`, within].filter(Boolean).join('；')}）` : ''}。`;
  }


  /** The scope's line of the form, from a module of its own: a site with one index never loads it. */
  async function showScopes(): Promise<void> {
    const { showScope } = await import('./search-scope-ui');
    showScope({ base, scopeId: scopeId!, asked, card: await card, query: () => input.value.trim() });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  grid.addEventListener('change', () => void run(true));
  sortSelect.addEventListener('change', () => void run(true));
  more.addEventListener('click', () => void render(shown, PAGE_SIZE));
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void ensureFilters();
  });
  sortRow.hidden = false;
  filterBox.hidden = false;
  await run(false);
  if (scoped) void showScopes();
  // A filtered URL shows its filters, after the results.
  if (Object.keys(urlFilters).length > 0) {
    filterBox.open = true;
    await ensureFilters();
  }
}
