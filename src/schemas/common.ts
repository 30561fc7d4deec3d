/**
 * Building blocks shared by every disclosure schema: ids, text, published figures,
 * provenance. Figures are never numbers here: they are the text as published, and
 * `src/lib/money.ts` turns them into decimals when something is computed.
 */
import { z } from 'astro/zod';

/** Longest free text we accept in one field (a whole report section fits; a runaway paste does not). */
export const MAX_TEXT = 20_000;
/** Longest label, name or cell. */
export const MAX_LABEL = 500;

// C0/C1 control characters other than tab, line feed and carriage return, and the
// Unicode replacement character that a wrong decoding (GBK read as UTF-8) leaves behind.
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFEFF]/u;

function textOf(max: number) {
  return z
    .string()
    .max(max, { message: `at most ${max} characters` })
    .refine((s) => !BAD_CHARS.test(s), {
      message:
        'contains a control character, a byte-order mark or U+FFFD (a sign of a wrong encoding); save the file as UTF-8 without BOM and retype the character',
    });
}

/** Free text as published (paragraphs, explanations). HTML in it is kept as text and rendered as text. */
export const text = textOf(MAX_TEXT);
/** A short label or name as published. Must not be empty. */
export const label = textOf(MAX_LABEL).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/**
 * A stable identifier: lower-case ASCII letters, digits and hyphens, starting with a letter or digit.
 * Ids are chosen once and never reused; URLs and anchors are made from them.
 */
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, {
    message: 'an id is 1–80 characters of a–z, 0–9 and "-", starting with a letter or digit',
  });

/** A fiscal year (年度). */
export const fiscalYear = z.number().int().min(1990).max(2100);

/** A calendar date as YYYY-MM-DD. */
export const isoDate = z.iso.date({ message: 'a date as YYYY-MM-DD' });

/** A web address. Only http and https are accepted: a `javascript:` or `data:` address is rejected. */
export const webUrl = z
  .string()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'an absolute http:// or https:// address' },
  );

/**
 * Published numbers: an optional sign, digits with optional thousands separators
 * (`7,152.33` is accepted as published; its value is 7152.33), optional decimals.
 * Full-width digits are not accepted: transcribe them as ASCII and note it.
 */
export const NUMBER_PATTERN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The ways a source leaves a cell without a figure (domain.md §3). */
export const EMPTY_MARKS = ['', '—', '-', '/', '无', '——', '－'] as const;

/**
 * A figure cell exactly as published: a number (`7,152.33`, `100.00`, `0`) or one of the
 * empty marks — blank `""`, `—`, `-`, `/`, `无`. Anything else (units, words, `%`) belongs in
 * a rate or an indicator value, not here.
 */
export const amountCell = z.string().refine((s) => NUMBER_PATTERN.test(s) || (EMPTY_MARKS as readonly string[]).includes(s), {
  message: 'a number as published (e.g. "7,152.33", "100.00", "-3.5") or an empty mark: "", "—", "-", "/", "无"',
});

/**
 * A rate cell as published: a number with or without a percent sign (`69.46`, `30.96%`,
 * `100％`), or an empty mark. The percent sign is not required because 004 prints rates bare.
 */
export const rateCell = z
  .string()
  .refine(
    (s) => (EMPTY_MARKS as readonly string[]).includes(s) || /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%％]?$/.test(s),
    { message: 'a rate as published (e.g. "69.46", "30.96%", "100％") or an empty mark' },
  );

/** A score or weight cell (分值, 得分) as published: a number or an empty mark. */
export const scoreCell = amountCell;

/** A line range of an archived source, 1-based and inclusive: [first, last]. */
export const lineRange = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([a, b]) => a <= b, { message: 'first line must not be after last line' });

/**
 * Where an item was transcribed from: lines of the archived source text of its document.
 * Every document, project, table and indicator carries one.
 */
export const provenance = z.strictObject({
  /** The line range in the document's archived source (data/sources/<id>.txt). */
  lines: lineRange,
});

/**
 * A note by the transcriber: how a scrambled table was rebuilt, an extraction artifact read
 * through, a typo in the source kept as published. Shown on the page next to the item.
 */
export const transcriptionNote = text.refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** Fields every transcribed item may carry. */
export const itemBase = {
  /** Stable id, unique within its container. */
  id,
  /** Where it was transcribed from. */
  source: provenance,
  /** Transcriber's notes on this item (artifacts read through, structure rebuilt). */
  notes: z.array(transcriptionNote).optional(),
};

/** Units of money used by the sources. 万元 = 10,000 yuan. */
export const moneyUnit = z.enum(['万元', '元', '亿元']);
