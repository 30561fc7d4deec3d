/**
 * The scope's line of the search form (scoped search bundles, src/lib/site/search-scopes.ts):
 * the scope's name and size, a button to widen a prefecture or a province bureau to its
 * province with what that costs, and a button that loads every scope (`/pagefind/scopes.json`)
 * into a chooser grouped by province. Choosing loads the search page again with the new scope
 * in the URL. Loaded by src/scripts/search.ts after the first results, only in scoped mode.
 */
import type { Scope, ScopeCard, ScopeManifest } from '../lib/site/search-scopes';

/**
 * What one more merged bundle adds to a cold query, for the cost shown before widening: its
 * metadata and its chunks of the query's words (measured 35–60 KB a bundle, docs/sharding.md).
 */
const KB_PER_MERGED_BUNDLE = 45;

/** The cost of searching a scope, in words. */
function scopeCost(scope: Scope): string {
  return scope.bundles.length > 1
    ? `合并 ${scope.bundles.length} 个索引分卷（${scope.pages} 个页面），首次搜索约多下载 ${(scope.bundles.length - 1) * KB_PER_MERGED_BUNDLE} KB`
    : `${scope.pages} 个页面`;
}

export interface ScopeLine {
  base: string;
  /** The scope searched (from the URL, or the default). */
  scopeId: string;
  /** What the URL asked for, to name a scope that does not exist. */
  asked: string;
  card: ScopeCard | undefined;
  /** The query typed, kept when the scope changes. */
  query(): string;
}

/** Loads the search again in another scope, with the same query, filters and sort. */
function go(id: string, query: string): void {
  const next = new URLSearchParams(location.search);
  next.set('scope', id);
  if (query) next.set('q', query);
  else next.delete('q');
  location.assign(`${location.pathname}?${next}`);
}

export function showScope({ base, scopeId, asked, card, query }: ScopeLine): void {
  const row = document.getElementById('search-scope-row');
  const current = document.getElementById('search-scope-current');
  const change = document.getElementById('search-scope-change') as HTMLButtonElement | null;
  const chooser = document.getElementById('search-scope-chooser');
  const select = document.getElementById('search-scope') as HTMLSelectElement | null;
  const widen = document.getElementById('search-widen') as HTMLButtonElement | null;
  const note = document.getElementById('search-scope-note');
  if (!row || !current || !change || !chooser || !select || !widen || !note) return;
  const scope = card?.scope;
  current.textContent = scope?.name ?? `“${asked || scopeId}”（没有这个搜索范围）`;
  note.textContent = scope ? `只搜索这个范围：${scopeCost(scope)}。` : '请另选一个搜索范围。';
  const wider = card?.wider;
  if (wider) {
    widen.textContent = `扩大到${wider.name}`;
    widen.setAttribute('aria-describedby', 'search-scope-note');
    note.textContent += `扩大到${wider.name}需${scopeCost(wider)}。`;
    widen.hidden = false;
    widen.addEventListener('click', () => go(wider.id, query()));
  }
  let manifest: Promise<ScopeManifest | undefined> | undefined;
  change.addEventListener('click', () => void (async () => {
    change.disabled = true;
    manifest ??= fetch(`${base}pagefind/scopes.json`).then((r) => (r.ok ? (r.json() as Promise<ScopeManifest>) : undefined)).catch(() => undefined);
    const m = await manifest;
    if (!m) {
      note.textContent = '搜索范围列表载入失败，请刷新页面重试。';
      change.disabled = false;
      return;
    }
    let group = document.createElement('optgroup');
    group.label = '全国';
    select.append(group);
    for (const x of m.scopes) {
      if (x.kind === 'province') {
        group = document.createElement('optgroup');
        group.label = x.name.replace(/全(省|市|区)$/, '');
        select.append(group);
      }
      const option = new Option(x.kind === 'province' ? `${x.name}（${x.bundles.length} 个分卷）` : x.name, x.id, false, x.id === scopeId);
      group.append(option);
    }
    select.addEventListener('change', () => go(select.value, query()));
    change.hidden = true;
    chooser.hidden = false;
    select.focus();
  })());
  row.hidden = false;
}
