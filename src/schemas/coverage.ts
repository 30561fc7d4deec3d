/**
 * What 明账 knows about disclosures it has NOT transcribed (data/coverage.json): whether a
 * document of an agency, year and kind was published but not yet transcribed, was not
 * published, or is simply unknown. "Transcribed" is never written here: it is read from
 * data/disclosures/. Anything not listed is "unknown" — a gap in 明账 is not a gap in
 * disclosure, and the coverage page says so.
 */
import { z } from 'astro/zod';
import { documentKindSchema } from './document';
import { fiscalYear, id, isoDate, lineRange, text, webUrl } from './common';

/** The states an entry can state, with their words on the coverage page. */
export const coverageStates = {
  /** 已公开未转录 — the agency published it (evidence required), 明账 has not transcribed it yet. */
  'published-not-transcribed': '已公开未转录',
  /** 未公开 — evidence that it was not published (a checked disclosure page, a statement). */
  'not-published': '未公开',
  /** 未知 — listed only to attach a note (what is known, what is not). The default for anything unlisted. */
  unknown: '未知',
} as const;
export type CoverageState = keyof typeof coverageStates;

/** A place in an archived source text (data/sources/) that is evidence for an entry. */
export const coverageEvidenceSchema = z.strictObject({
  /** The archived source's id (data/sources/sources.json). */
  archive: id,
  /** The line range where the evidence is printed, 1-based and inclusive. */
  lines: lineRange,
});

const note = text.refine((s) => s.trim().length > 0, { message: 'must not be empty: say in Chinese what is known and how' });

/** What is known about one agency × fiscal year × document kind. */
export const coverageEntrySchema = z
  .strictObject({
    /** The agency's slug (data/agencies.json). */
    agency: id,
    /** 年度 — the fiscal year the document would be about (not the year of publication). */
    fiscalYear,
    /** The kind of document (the kinds of src/schemas/document.ts: `final-accounts` …). */
    kind: documentKindSchema,
    /** What is known. `transcribed` is not a value here: it is read from data/disclosures/. */
    state: z.enum(Object.keys(coverageStates) as [CoverageState, ...CoverageState[]]),
    /** How it is known, in Chinese, shown on the page beside the state. Required. */
    note,
    /** Lines of archived sources that are evidence (a document that mentions another one). */
    evidence: z.array(coverageEvidenceSchema).optional(),
    /** The agency's page where the document was found, or looked for and not found. */
    url: webUrl.optional(),
    /** The date someone checked the agency's disclosure page (YYYY-MM-DD). */
    checkedOn: isoDate.optional(),
  })
  .refine((e) => e.state === 'unknown' || (e.evidence?.length ?? 0) > 0 || e.url !== undefined, {
    message: 'a state other than "unknown" needs evidence: archived source lines ("evidence") or the agency page checked ("url")',
    path: ['state'],
  })
  .refine((e) => e.state !== 'not-published' || e.checkedOn !== undefined || (e.evidence?.length ?? 0) > 0, {
    message: '"not-published" needs the date the disclosure page was checked ("checkedOn") or a statement in a source ("evidence")',
    path: ['checkedOn'],
  });

/** data/coverage.json. */
export const coverageFileSchema = z
  .strictObject({
    /** Path to the JSON Schema, for editors. Ignored. */
    $schema: z.string().optional(),
    /** The entries, in any order; at most one per agency × fiscal year × kind. */
    entries: z.array(coverageEntrySchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.entries.forEach((e, i) => {
      const key = `${e.agency} ${e.fiscalYear} ${e.kind}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i],
          input: key,
          message: `a second entry for ${key} (the first is entries[${first}]); merge them into one`,
        });
      } else seen.set(key, i);
    });
  });

export type CoverageEntry = z.output<typeof coverageEntrySchema>;
export type CoverageFile = z.output<typeof coverageFileSchema>;
