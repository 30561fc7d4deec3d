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
