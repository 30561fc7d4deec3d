/**
 * Memoising pure functions of text. At scale the same published strings (`"100.00"`, `"≥95%"`,
 * an indicator's target) are read thousands of times — for the project page, the document
 * page, the findings lists, the downloads and the audit — and reading them again was a large
 * share of the build's CPU. The cache is bounded (cleared when full), so memory does not grow
 * with the corpus. Results are shared between callers: they must not be modified.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 200_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
