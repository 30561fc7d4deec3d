/**
 * Coverage: which documents 明账 holds, per agency × fiscal year × document kind, and what is
 * known about the rest (data/coverage.json). Pure: the file's bytes and the validated dataset
 * in, problems and a matrix out. "Transcribed" comes only from the documents; every other
 * state only from an entry with its note; anything else is "unknown".
 */
import { type CoverageEntry, type CoverageFile, coverageFileSchema, type CoverageState } from '../../schemas/coverage';
import type { DisclosureDocument, DocumentKind } from '../../schemas/document';
import { documentKinds } from '../../schemas/document';
import type { Agency } from '../../schemas/agency';
import type { ArchivedSource } from '../../schemas/source';
import { zodIssuesToProblems } from '../validation/error-map';
import { problemAt, readJsonSource } from '../validation/json-source';
import type { Problem } from '../validation/problem';

/** The file the entries live in, relative to the project root. */
export const COVERAGE_FILE = 'data/coverage.json';

/** What coverage reads of a document. */
export type CoverageDocument = Pick<DisclosureDocument, 'id' | 'agency' | 'fiscalYear' | 'kind'>;

export interface CoverageContext<D extends CoverageDocument = CoverageDocument> {
  agencies: readonly Agency[];
  sources: readonly ArchivedSource[];
  documents: readonly D[];
}

export interface ParsedCoverage {
  entries: CoverageEntry[];
  problems: Problem[];
}

/** Parses and checks data/coverage.json against the schema and the dataset. Collects every problem. */
export function parseCoverage(file: string, bytes: Uint8Array, context: CoverageContext): ParsedCoverage {
  const problems: Problem[] = [];
  const src = readJsonSource(file, bytes, problems);
  if (src.value === undefined) return { entries: [], problems };
  const parsed = coverageFileSchema.safeParse(src.value);
  if (!parsed.success) {
    problems.push(...zodIssuesToProblems(src, parsed.error.issues, { schema: coverageFileSchema }));
    return { entries: [], problems };
  }
  const data: CoverageFile = parsed.data;
  const agencies = new Set(context.agencies.map((a) => a.slug));
  const sources = new Map(context.sources.map((s) => [s.id, s]));
  const transcribed = transcribedKinds(context.documents);
  data.entries.forEach((e, i) => {
    if (!agencies.has(e.agency)) {
      problems.push(problemAt(src, ['entries', i, 'agency'], 'coverage/unknown-agency', e.agency, `an agency slug of data/agencies.json (${[...agencies].join(', ')})`, 'correct the slug, or add the agency to data/agencies.json first'));
    }
    e.evidence?.forEach((ev, j) => {
      const source = sources.get(ev.archive);
      if (!source) {
        problems.push(problemAt(src, ['entries', i, 'evidence', j, 'archive'], 'coverage/unknown-archive', ev.archive, `an archive id of data/sources/sources.json (${[...sources.keys()].join(', ')})`, 'correct the id'));
      } else if (ev.lines[1] > source.lineCount) {
        problems.push(problemAt(src, ['entries', i, 'evidence', j, 'lines'], 'coverage/lines-out-of-range', ev.lines, `lines within 1–${source.lineCount} of ${source.file}`, 'find the lines with grep -n in data/sources/ and correct the range'));
      }
    });
    const held = transcribed.get(cellKey(e.agency, e.fiscalYear, e.kind)) ?? 0;
    if (held > 0 && e.state !== 'published-not-transcribed') {
      problems.push(
        problemAt(src, ['entries', i, 'state'], 'coverage/contradicts-data', e.state, `no entry for ${e.agency} ${e.fiscalYear} ${e.kind}: data/disclosures/ holds ${held} such document(s), so the state is "transcribed"`, 'remove the entry; only "published-not-transcribed" may sit beside transcribed documents (more of the kind published than transcribed)'),
      );
    }
  });
  return { entries: problems.length > 0 ? [] : data.entries, problems };
}

export function cellKey(agency: string, year: number, kind: DocumentKind): string {
  return `${agency}|${year}|${kind}`;
}

/** How many transcribed documents each agency × year × kind has. */
export function transcribedKinds(documents: readonly CoverageDocument[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of documents) {
    const key = cellKey(d.agency, d.fiscalYear, d.kind);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** A cell's state: the three of the file plus `transcribed`. */
export type CellState = CoverageState | 'transcribed';

export const cellStateWords: Record<CellState, string> = {
  transcribed: '已转录',
  'published-not-transcribed': '已公开未转录',
  'not-published': '未公开',
  unknown: '未知',
};

export interface CoverageCell<D extends CoverageDocument = DisclosureDocument> {
  agency: string;
  fiscalYear: number;
  kind: DocumentKind;
  state: CellState;
  /** The transcribed documents of this cell, in id order. */
  documents: D[];
  /** The entry of data/coverage.json for this cell, when there is one. */
  entry?: CoverageEntry;
  /** More of this kind published than transcribed (an entry `published-not-transcribed` beside documents). */
  partial: boolean;
}

export interface CoverageMatrix<D extends CoverageDocument = DisclosureDocument> {
  kinds: DocumentKind[];
  years: number[];
  /** Agencies with at least one document or entry, in registry order. */
  agencies: Agency[];
  /** Agencies of the registry with neither: every cell unknown. */
  silent: Agency[];
  cell(agency: string, year: number, kind: DocumentKind): CoverageCell<D>;
}

/** The matrix over every year that has a document or an entry, from the first to the last. */
export function coverageMatrix<D extends CoverageDocument>(context: CoverageContext<D>, entries: readonly CoverageEntry[]): CoverageMatrix<D> {
  const kinds = Object.keys(documentKinds) as DocumentKind[];
  const byCell = new Map<string, D[]>();
  for (const d of [...context.documents].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = cellKey(d.agency, d.fiscalYear, d.kind);
    byCell.set(key, [...(byCell.get(key) ?? []), d]);
  }
  const entryOf = new Map(entries.map((e) => [cellKey(e.agency, e.fiscalYear, e.kind), e]));
  const yearsSeen = [...context.documents.map((d) => d.fiscalYear), ...entries.map((e) => e.fiscalYear)];
  const years: number[] = [];
  if (yearsSeen.length > 0) for (let y = Math.min(...yearsSeen); y <= Math.max(...yearsSeen); y += 1) years.push(y);
  const active = new Set([...context.documents.map((d) => d.agency), ...entries.map((e) => e.agency)]);
  return {
    kinds,
    years,
    agencies: context.agencies.filter((a) => active.has(a.slug)),
    silent: context.agencies.filter((a) => !active.has(a.slug)),
    cell(agency, year, kind) {
      const key = cellKey(agency, year, kind);
      const documents = byCell.get(key) ?? [];
      const entry = entryOf.get(key);
      const state: CellState = documents.length > 0 ? 'transcribed' : (entry?.state ?? 'unknown');
      const cell: CoverageCell<D> = { agency, fiscalYear: year, kind, state, documents, partial: documents.length > 0 && entry?.state === 'published-not-transcribed' };
      if (entry) cell.entry = entry;
      return cell;
    },
  };
}
