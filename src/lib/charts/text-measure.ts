/**
 * Label widths and wrapping without a browser. Build-time SVG cannot measure text, so a
 * label is measured by character class: a CJK character (and full-width punctuation) is
 * 1 em, an ASCII character 0.55 em. Wrapping follows the Chinese line-breaking habits that
 * matter for names: no line starts with closing punctuation or ends with opening
 * punctuation, and Latin words and numbers (`2024`, `DRG/DIP`) are not split.
 */

/** Width of an ASCII character in em. */
export const ASCII_EM = 0.55;

const NARROW = /[\u0020-\u007e]/u;
/** Punctuation that must not begin a line (避头). */
const NO_LINE_START = /[）〕］｝》」』】〉、，。：；！？％‰”’)\]}:;,.!?%…·]/u;
/** Punctuation that must not end a line (避尾). */
const NO_LINE_END = /[（〔［｛《「『【〈“‘([{]/u;

/** Width of one character in em. */
export function charWidthEm(char: string): number {
  return NARROW.test(char) ? ASCII_EM : 1;
}

/** Estimated width of a text in em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}

export interface WrappedLabel {
  /** The lines to draw, at most the number asked for. */
  lines: string[];
  /** True when text was cut and the last line ends in “…”. */
  truncated: boolean;
}

/** Splits text into unbreakable pieces: a run of Latin letters and digits, or one other character. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%/'_+-]*|\s+|./gsu) ?? [];
}

/** Fits `text` into `maxEm` by dropping characters from the end and adding “…”. */
function withEllipsis(text: string, maxEm: number): string {
  const chars = Array.from(text.trimEnd());
  while (chars.length > 0 && textWidthEm(chars.join('')) + 1 > maxEm) chars.pop();
  // An ellipsis after opening punctuation reads as a stray bracket.
  while (chars.length > 0 && NO_LINE_END.test(chars[chars.length - 1] ?? '')) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Wraps a label into at most `maxLines` lines of about `maxEm` em. White space is collapsed;
 * a piece wider than a whole line is split by character. An ideographic space (U+3000) is kept
 * as a 1 em gap but dropped at a line start.
 */
export function wrapLabel(text: string, maxEm: number, maxLines: number): WrappedLabel {
  if (!(maxEm >= 2)) throw new Error(`wrapLabel needs at least 2 em per line, got ${maxEm}`);
  if (!Number.isInteger(maxLines) || maxLines < 1) throw new Error(`wrapLabel needs at least 1 line, got ${maxLines}`);
  const pieces: string[] = [];
  for (const token of tokens(text.replace(/[ \t\r\n]+/gu, ' ').trim())) {
    if (textWidthEm(token) > maxEm) pieces.push(...Array.from(token));
    else pieces.push(token);
  }

  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line === '' && /^\s+$/u.test(piece)) continue;
    const fits = textWidthEm(line + piece) <= maxEm;
    // Closing punctuation stays on its line even if it overhangs a little.
    if (fits || line === '' || (NO_LINE_START.test(piece) && textWidthEm(line + piece) <= maxEm + 1)) {
      line += piece;
      continue;
    }
    let carry = '';
    // Opening punctuation moves down with what it opens.
    while (line.length > 1 && NO_LINE_END.test(line.at(-1) ?? '')) {
      carry = line.at(-1) + carry;
      line = line.slice(0, -1);
    }
    lines.push(line.trimEnd());
    line = /^\s+$/u.test(piece) ? carry : carry + piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());

  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1]}${lines[maxLines]}`, maxEm);
  return { lines: kept, truncated: true };
}
