/**
 * Text normalisation for reading indicator targets and actuals. Only the *reading* is
 * normalised: the published text is always kept as it was.
 *
 * Sources mix full-width and half-width forms (`＞98%`, `100％`, `≧`), put spaces inside
 * figures (`≥ 1.85 倍`, `≤150 万元`) and end prose with `。`. None of that changes meaning.
 */
import { memoByText } from './memo';

const CHARACTER_FORMS: Readonly<Record<string, string>> = {
  '．': '.',
  '％': '%',
  '＞': '>',
  '＜': '<',
  '＝': '=',
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '＋': '+',
  '～': '~',
  '／': '/',
  '﹪': '%',
};

/** Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) to ASCII. */
function toHalfWidth(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCodePoint(code - 0xfee0);
  }
  return CHARACTER_FORMS[char] ?? char;
}

/**
 * The form an expression is read in: half-width digits and signs, `>=` as `≥`, white space
 * removed — except between two digits, where it stays as one space so that `0 0` (two
 * cells run together) does not become the number `00`.
 */
export function normaliseExpression(text: string): string {
  return normalised(text);
}

const normalised = memoByText((text: string): string => {
  const halfWidth = Array.from(text, toHalfWidth).join('');
  return halfWidth
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    .replace(/\s+/gu, (run: string, offset: number, whole: string) =>
      isNumeric(whole[offset - 1]) && isNumeric(whole[offset + run.length]) ? ' ' : '',
    );
});

function isNumeric(char: string | undefined): boolean {
  return char !== undefined && /[\d.]/.test(char);
}

/** Text for "the actual says the same as the target": normalised, trailing sentence punctuation dropped. */
export function comparableText(text: string): string {
  return normaliseExpression(text).replace(/[。；;，,、]+$/u, '');
}

/**
 * Splits a trailing parenthetical note off an expression: `≥1（每个县（区）至少开通1家…）`
 * → `{ body: '≥1', note: '每个县（区）至少开通1家…' }`. Nested brackets are matched; a
 * text that is all parenthesis keeps it.
 */
export function splitTrailingNote(text: string): { body: string; note: string | null } {
  const last = text.at(-1);
  if (last !== '）' && last !== ')') return { body: text, note: null };
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const char = text[i];
    if (char === '）' || char === ')') depth += 1;
    else if (char === '（' || char === '(') {
      depth -= 1;
      if (depth === 0) {
        if (i === 0) return { body: text, note: null };
        return { body: text.slice(0, i), note: text.slice(i + 1, -1) };
      }
    }
  }
  return { body: text, note: null };
}
