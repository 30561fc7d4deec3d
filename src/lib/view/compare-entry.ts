/**
 * One comparison the comparison pages draw or refuse, with the differences said plainly or
 * the reason it is refused. Every comparison a page makes or declines is listed.
 */

export type ComparisonStatus = 'drawn' | 'refused';

export interface ComparisonEntry {
  title: string;
  status: ComparisonStatus;
  /** `已比较（注意差异）` / `已比较` / `不可比`. */
  statusWords: string;
  /** Drawn: the differences said plainly. Refused: why. */
  reasons: string[];
  /** Where on the page (`#family-…`), or on another page. */
  href: string;
}

export function drawn(title: string, reasons: string[], href: string): ComparisonEntry {
  return { title, status: 'drawn', statusWords: reasons.length > 0 ? '已比较（注意差异）' : '已比较', reasons, href };
}

export function refused(title: string, reasons: string[], href: string): ComparisonEntry {
  return { title, status: 'refused', statusWords: '不可比', reasons, href };
}
