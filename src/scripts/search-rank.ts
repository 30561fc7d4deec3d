/**
 * Re-ranking on top of Pagefind's relevance: a page whose title (or document number)
 * contains the whole query comes first. Pagefind ranks by word statistics, so a long report
 * that repeats a project's name can outrank the project's own page; people who type a full
 * name or 文号 mean that page.
 */

export interface RankedData {
  url: string;
  meta: Record<string, string | undefined>;
}

/** Compare text without whitespace and with full-width brackets and digits folded. */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/** True when the page's title or document number contains the whole query. */
export function isExactMatch(data: RankedData, query: string): boolean {
  const q = normaliseQuery(query);
  if (q.length < 2) return false;
  return [data.meta.title, data.meta.docnum].some((t) => t !== undefined && normaliseQuery(t).includes(q));
}

/** Exact matches first, in their original order; the rest after, in their original order. */
export function rerank<T extends RankedData>(items: readonly T[], query: string): T[] {
  const exact = items.filter((d) => isExactMatch(d, query));
  return [...exact, ...items.filter((d) => !exact.includes(d))];
}

/**
 * How much of the re-ranked order is known while exact matches are still being checked: the
 * exact matches that come before the first unchecked item (none of those can be overtaken),
 * or the whole order once every item is checked. `exact` is true, false or undefined (not
 * checked yet). Lets the search show its first screen after checking only the first items.
 */
export function settledPrefix<T>(items: readonly T[], exact: (item: T) => boolean | undefined): T[] {
  const firstUnknown = items.findIndex((d) => exact(d) === undefined);
  if (firstUnknown === -1) return [...items.filter((d) => exact(d) === true), ...items.filter((d) => exact(d) === false)];
  return items.slice(0, firstUnknown).filter((d) => exact(d) === true);
}
