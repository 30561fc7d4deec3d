/**
 * Client-side search over the Pagefind index. Results show title, agency, year, kind and a
 * highlighted excerpt, plus sub-results for the headings of long pages. The query, filters
 * and sort live in the URL so a search can be shared and the back button works.
 */
import { rerank } from './search-rank';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
interface PagefindSearch { results: PagefindResult[]; unfilteredResultCount: number; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
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
const PAGE_SIZE = 10;
/** How many top results are re-ranked by exact title / 文号 match (their fragments are loaded anyway for the first page). */
const RERANK_WINDOW = 10;

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
  const filterBox = document.getElementById('search-filters')!;
  const grid = document.getElementById('filter-grid')!;
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  const base = form.dataset.base ?? '/';

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? '';

  status.textContent = '正在载入搜索索引…';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    await pagefind.init();
  } catch {
    status.textContent = '搜索索引载入失败。请刷新页面重试，或按地区浏览机构。';
    return;
  }

  const all = await pagefind.filters();
  for (const [key, label] of FILTERS) {
    const values = Object.keys(all[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    if (values.length === 0) continue;
    const fs = el('fieldset', { class: 'filter' });
    fs.append(el('legend', {}, label));
    for (const v of values) {
      const id = `f-${key}-${values.indexOf(v)}`;
      const wrap = el('div');
      const box = el('input', { type: 'checkbox', id, name: key, value: v });
      if (params.getAll(key).includes(v)) (box as HTMLInputElement).checked = true;
      wrap.append(box, ' ', el('label', { for: id }, `${v}（${all[key]?.[v] ?? 0}）`));
      fs.append(wrap);
    }
    grid.append(fs);
  }
  filterBox.hidden = false;

  let shown = 0;
  let current: PagefindResult[] = [];

  const selected = (): Record<string, string[]> => {
    const f: Record<string, string[]> = {};
    for (const box of grid.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (f[box.name] ??= []).push(box.value);
    return f;
  };
  const sortOf = (): Record<string, 'asc' | 'desc'> | undefined => {
    const [k, dir] = sortSelect.value.split(':');
    return k ? { [k]: dir === 'desc' ? 'desc' : 'asc' } : undefined;
  };

  async function render(from: number) {
    const slice = current.slice(from, from + PAGE_SIZE);
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
    more.hidden = shown >= current.length;
  }

  /**
   * Exact title or 文号 matches among the top results first; a query that is exactly an
   * agency's name puts that agency's own page first (found through the agency filter).
   */
  async function reorder(q: string, filters: Record<string, string[]>, results: PagefindResult[]): Promise<PagefindResult[]> {
    const window = results.slice(0, RERANK_WINDOW);
    const datas = await Promise.all(window.map((r) => r.data()));
    const byUrl = new Map(datas.map((d, i) => [d.url, window[i]!] as const));
    let ordered = rerank(datas, q).map((d) => byUrl.get(d.url)!);
    const agencyNames = Object.keys(all.agency ?? {});
    if (agencyNames.includes(q) && (!filters.agency || filters.agency.includes(q))) {
      const own = await pagefind.search(null, { filters: { agency: [q], kind: ['机构'] } });
      const first = own?.results[0];
      if (first) {
        const firstUrl = (await first.data()).url;
        ordered = [first, ...ordered.filter((r) => byUrl.get(firstUrl) !== r)];
        const rest = results.slice(RERANK_WINDOW).filter((r) => r.id !== first.id);
        return [...ordered.filter((r, i, a) => a.findIndex((x) => x.id === r.id) === i), ...rest];
      }
    }
    return [...ordered, ...results.slice(RERANK_WINDOW)];
  }

  async function run(pushState: boolean) {
    const q = input.value.trim();
    const filters = selected();
    const hasFilter = Object.keys(filters).length > 0;
    const next = new URLSearchParams();
    if (q) next.set('q', q);
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
    current = search.results;
    if (q && !sortOf()) current = await reorder(q, filters, current);
    await render(0);
    // Announced after the first results are on the page, so the count and the list agree.
    status.textContent = current.length === 0 ? `没有找到与“${q}”相关的结果。` : `找到 ${current.length} 个结果${q ? `（关键词：${q}）` : ''}。`;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  grid.addEventListener('change', () => void run(true));
  sortSelect.addEventListener('change', () => void run(true));
  more.addEventListener('click', () => void render(shown));
  await run(false);
}
