/**
 * The corrections log (data/corrections.json): every change to the published data after its
 * first publication, with the date, what changed and why. It feeds the /corrections/ page,
 * its Atom feed, and the date part of the release id (src/lib/site/release.ts).
 */
import { z } from 'astro/zod';
import { id, isoDate, label, text } from './common';

/** What kind of change an entry records. */
export const correctionKinds = {
  /** A transcription mistake corrected: a figure, quote, name or line range now matches the source. */
  'transcription-fix': '转录更正',
  /** New documents or sources added to the dataset. */
  'data-added': '新增数据',
  /** A change in how 明账 computes or labels something (a rule of the audit, a derived figure). */
  'method-change': '方法调整',
} as const;
export type CorrectionKind = keyof typeof correctionKinds;

export const correctionSchema = z.strictObject({
  /** Stable id of the entry, chosen once (`ningde-2024-perf-rating-lines`). Anchor on /corrections/. */
  id,
  /** The date the change was made (YYYY-MM-DD). The newest date is the date of the release. */
  date: isoDate,
  /** The document changed (its id in data/disclosures/), when the change is about one document. */
  document: id.optional(),
  /**
   * Ids of the items changed inside that document (figures, year-over-year lines, projects,
   * table rows …). Several items are named when one fix touched them all.
   */
  items: z.array(id).min(1).optional(),
  /** Transcription fix, data added or method change. */
  kind: z.enum(Object.keys(correctionKinds) as [CorrectionKind, ...CorrectionKind[]]),
  /** What changed, one or two sentences in Chinese. */
  what: label,
  /** Why it changed, in Chinese. */
  why: text.refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
  /** The value before the change, as text (`原文第 585–585 行`). */
  before: text.optional(),
  /** The value after the change, as text (`原文第 581–585 行`). */
  after: text.optional(),
});

export const correctionsLogSchema = z
  .strictObject({
    /** Path to the JSON Schema, for editors. */
    $schema: z.string().optional(),
    /** The entries, newest last (the order they were made in). */
    corrections: z.array(correctionSchema).min(1),
  })
  .superRefine((log, ctx) => {
    const seen = new Set<string>();
    log.corrections.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['corrections', i, 'id'], input: c.id, message: `the id "${c.id}" is used twice; give each entry its own id` });
      seen.add(c.id);
      if (c.items && !c.document) ctx.addIssue({ code: 'custom', path: ['corrections', i, 'items'], input: c.items, message: 'items name ids inside a document: set "document" too' });
    });
  });

export type Correction = z.output<typeof correctionSchema>;
export type CorrectionsLog = z.output<typeof correctionsLogSchema>;
