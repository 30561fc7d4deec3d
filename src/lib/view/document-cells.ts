/**
 * Small pieces every document and project view uses: provenance links, published cells
 * with their 亿元 equivalent, notes. Figures leave here as text: the published cell
 * verbatim, and derived figures already computed (decimal.js via `money.ts` / `format.ts`).
 */
import { formatAmount, groupDigits, wanYuanToYiYuan, YI_THRESHOLD_WAN } from '../format';
import { Dec, toDec } from '../decimal';
import { parseAmount, type DerivedFigure } from '../money';
import { sourcePath, withBase } from '../site/urls';

/** A link to the lines of the archived source where an item is printed. */
export interface SourceRef {
  href: string;
  /** `原文第 12–15 行` / `原文第 12 行`. */
  label: string;
}

export function sourceRef(archive: string, lines: readonly [number, number]): SourceRef {
  const [first, last] = lines;
  return {
    href: withBase(sourcePath(archive, lines)),
    label: first === last ? `原文第 ${first} 行` : `原文第 ${first}–${last} 行`,
  };
}

/** A published cell for display. */
export interface CellView {
  /** The cell verbatim. */
  text: string;
  /** `number` (a figure), `empty` (blank or a dash mark), `text` (anything else). */
  kind: 'number' | 'empty' | 'text';
  /** For a blank cell, words a screen reader can say instead of nothing. */
  emptyLabel?: string;
  /** The 亿元 equivalent of a large 万元 amount (`约 22.15 亿元`), computed by 明账. */
  yi?: string;
}

/** The 亿元 equivalent of a 万元 amount of at least 1 亿元, or undefined. */
export function yiEquivalent(text: string, unit: string | undefined): string | undefined {
  if (unit !== '万元') return undefined;
  const reading = parseAmount(text);
  if (reading.kind !== 'number') return undefined;
  const wan = toDec(reading.value);
  if (wan.abs().lessThan(new Dec(YI_THRESHOLD_WAN))) return undefined;
  const yi = wanYuanToYiYuan(reading.value);
  const exact = new Dec(yi).equals(wan.dividedBy(10_000));
  return `${exact ? '' : '约 '}${groupDigits(yi)} 亿元`;
}

/** A published amount, score or rate cell. `unit` adds the 亿元 equivalent to large 万元 amounts. */
export function cellView(text: string | undefined, unit?: string): CellView {
  if (text === undefined || text.trim() === '') return { text: '', kind: 'empty', emptyLabel: '空白' };
  const reading = parseAmount(text);
  if (reading.kind === 'empty') return { text, kind: 'empty' };
  if (reading.kind === 'number') {
    const yi = yiEquivalent(text, unit);
    return yi === undefined ? { text, kind: 'number' } : { text, kind: 'number', yi };
  }
  return { text, kind: 'text' };
}

/** A figure computed by 明账, for display: the value, or “无法计算” and why. */
export interface DerivedView {
  known: boolean;
  /** `69.46%`, `41.54 万元`, or `无法计算`. */
  text: string;
  /** The figure as plain decimal text (percent for a rate), when known. */
  value?: string;
  /** Why it cannot be computed. */
  reason?: string;
  /** 亿元 equivalent of a large 万元 amount. */
  yi?: string;
}

/** A derived rate in percent. */
export function derivedRate(figure: DerivedFigure): DerivedView {
  if (figure.status === 'unknown') return { known: false, text: '无法计算', reason: figure.reason };
  return { known: true, text: `${groupDigits(figure.value)}%`, value: figure.value };
}

/** A derived amount in `unit`. */
export function derivedAmount(figure: DerivedFigure, unit: string): DerivedView {
  if (figure.status === 'unknown') return { known: false, text: '无法计算', reason: figure.reason };
  const yi = yiEquivalent(figure.value, unit);
  const text = unit === '万元' || unit === '元' || unit === '亿元' ? formatAmount(figure.value, unit) : `${groupDigits(figure.value)} ${unit}`;
  return yi === undefined ? { known: true, text, value: figure.value } : { known: true, text, value: figure.value, yi };
}

/** An item's transcription notes, never undefined. */
export function notesOf(item: { notes?: string[] | undefined }): string[] {
  return item.notes ?? [];
}

/** Paragraphs of a verbatim text: blank lines separate paragraphs; single line breaks are kept inside. */
export function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A published amount's plain value, or null when the cell holds no figure. */
export function amountValue(text: string | undefined): string | null {
  if (text === undefined) return null;
  const reading = parseAmount(text);
  return reading.kind === 'number' ? reading.value : null;
}
