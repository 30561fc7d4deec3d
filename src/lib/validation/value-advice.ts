/**
 * How to fix one bad value of a known building block (an amount or rate cell, a web address,
 * free text with a stray control character), read from the value itself: `12万` gets "the unit
 * goes in unit", `1.2.3` gets "one decimal point", not the same sentence for every mistake.
 */

/** Characters free text must not contain (common.ts rejects the same set). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFEFF]/u;

export function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character of `s` that free text must not contain, with its 1-based position. */
export function badCharacter(s: string): { char: string; at: number } | undefined {
  const m = INVISIBLE.exec(s);
  return m ? { char: m[0], at: [...s.slice(0, m.index)].length + 1 } : undefined;
}

export function badCharacterAdvice(s: string): { expected: string; fix: string } | undefined {
  const bad = badCharacter(s);
  if (!bad) return undefined;
  const where = `${codePoint(bad.char)} at character ${bad.at}`;
  const expected = 'text without control characters, byte-order marks or U+FFFD';
  if (bad.char === '\uFFFD') {
    return { expected, fix: `${where} is the mark a wrong decoding leaves (GBK read as UTF-8): copy this text again from the archived source` };
  }
  if (bad.char === '\uFEFF') return { expected, fix: `${where} is a byte-order mark pasted into the text: delete it` };
  return { expected, fix: `${where} is an invisible control character (usually from a copy out of a PDF or a terminal): delete it and retype the text around it if needed` };
}

/** Why a figure cell was rejected, and what to write instead. */
export function figureAdvice(value: string, kind: 'amount' | 'rate'): string {
  const tail = kind === 'amount' ? '' : ' (a percent sign "%" or "％" may follow)';
  if (/[０-９．，]/.test(value)) {
    return `full-width digits or punctuation: transcribe them as ASCII ("７１５" → "715") and add a note saying so${tail}`;
  }
  if (/\s/.test(value.trim())) {
    return 'spaces inside the number are an extraction artifact (a cell split in two): join the digits, and if two cells ran together, split them';
  }
  if (/[\p{L}¥￥$]/u.test(value.replace(/^-/, ''))) {
    const number = /-?[\d,]+(?:\.\d+)?/.exec(value)?.[0];
    return `a unit or a word is in the cell: write only the printed number${number ? ` ("${number}")` : ''}; the unit belongs in the table's or block's "unit" (and a figure printed with words belongs in an indicator's target or actual, or a note)`;
  }
  if ((value.match(/\./g) ?? []).length > 1) {
    return 'a number has at most one decimal point: check the figure in the archived source ("1.2.3" is a section number, a date or two cells run together, not an amount)';
  }
  if (value.includes(',')) {
    return 'thousands separators group exactly three digits ("7,152.33"); if the source itself prints the separator in the wrong place, write the digits without it and add a note quoting the printed figure';
  }
  if (kind === 'rate' && /[%％].*[%％]/.test(value)) return 'a rate has at most one percent sign, after the number ("30.96%")';
  if (kind === 'amount' && /[%％]/.test(value)) return 'a percent sign belongs in a rate cell, not an amount: check that this is the right field';
  return `write the figure exactly as printed, digits only with an optional sign and decimals${tail}, or one of the empty marks "", "—", "-", "/", "无"`;
}

/** Why a web address was rejected. */
export function urlAdvice(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return `"${scheme}:" addresses are never published as links (a "javascript:" or "data:" address would run or embed code in a reader's browser): give the page's https:// address, or leave the field out`;
  }
  return 'give the full address as it appears in the browser, starting with https:// (or http://)';
}

/** A suggested id made from a bad one: lower case, ASCII letters and digits, hyphens. */
export function suggestId(value: string): string | undefined {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return s && s !== value ? s : undefined;
}
