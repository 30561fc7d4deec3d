/**
 * The coverage page: agency × year × document kind, each cell 已转录 / 已公开未转录 / 未公开 /
 * 未知 with what is known and how. Built from the documents and data/coverage.json
 * (`src/lib/coverage/`); components only render it.
 */
import { agencyLevels } from '../../schemas/agency';
import { type DocumentKind, documentKinds } from '../../schemas/document';
import { type CellState, cellStateWords, type CoverageCell, coverageMatrix } from '../coverage/coverage';
import type { CoverageEntry } from '../../schemas/coverage';
import type { Agency } from '../../schemas/agency';
import type { ArchivedSource } from '../../schemas/source';
import type { DocumentSummary } from '../site/summary';
import { agencyPath, documentPath, withBase } from '../site/urls';
import { type SourceRef, sourceRef } from './document-cells';

export interface CoverageCellView {
  state: CellState;
  words: string;
  /** Transcribed documents, linked. */
  documents: Array<{ title: string; href: string }>;
  /** Tables of a transcribed document that are not in its archived text, said in words. */
  gaps: string[];
  note?: string;
  evidence: SourceRef[];
  url?: string;
  checkedOn?: string;
  /** Some of the kind transcribed, more published. */
  partial: boolean;
}

export interface CoverageRowView {
  /** Unique row anchor. */
  anchor: string;
  fiscalYear: number;
  cells: CoverageCellView[];
}

/** One agency's rows, one per year. */
export interface CoverageAgencyView {
  anchor: string;
  agency: { slug: string; name: string; shortName: string; href: string; levelWords: string };
  rows: CoverageRowView[];
}

export interface CoveragePageView {
  kinds: Array<{ key: DocumentKind; words: string }>;
  years: number[];
  agencies: CoverageAgencyView[];
  /** Agencies with no document and no entry: every cell 未知. */
  silent: Array<{ name: string; href: string }>;
  /** Cells per state. */
  counts: Record<CellState, number>;
  /** Every entry of data/coverage.json, for the list under the matrix. */
  notes: Array<{ anchor: string; agencyName: string; fiscalYear: number; kindWords: string; words: string; note: string; evidence: SourceRef[] }>;
}

/** What the coverage page needs: the catalogue of documents, the agency registry and the whole source registry (for evidence titles). */
export interface CoverageInput {
  documents: readonly DocumentSummary[];
  agencies: readonly Agency[];
  sourceById: ReadonlyMap<string, Pick<ArchivedSource, 'title'>>;
}

function gapsOf(cell: CoverageCell<DocumentSummary>): string[] {
  return cell.documents.flatMap((d) => (d.missingTables.length > 0 ? [`${d.missingTables.length} 张表在存档文本中没有文字，未能转录（详见该文件的转录说明）：${d.missingTables.join('、')}`] : []));
}

function evidenceOf(data: CoverageInput, entry: CoverageEntry | undefined): SourceRef[] {
  return (entry?.evidence ?? []).map((e) => {
    const ref = sourceRef(e.archive, e.lines);
    const title = data.sourceById.get(e.archive)?.title;
    return title ? { ...ref, label: `${title} ${ref.label}` } : ref;
  });
}

function cellView(data: CoverageInput, cell: CoverageCell<DocumentSummary>): CoverageCellView {
  const view: CoverageCellView = {
    state: cell.state,
    words: cell.partial ? '已转录（部分）' : cellStateWords[cell.state],
    documents: cell.documents.map((d) => ({ title: d.listTitle, href: withBase(documentPath(d)) })),
    gaps: gapsOf(cell),
    evidence: evidenceOf(data, cell.entry),
    partial: cell.partial,
  };
  if (cell.entry) {
    view.note = cell.entry.note;
    if (cell.entry.url) view.url = cell.entry.url;
    if (cell.entry.checkedOn) view.checkedOn = cell.entry.checkedOn;
  }
  return view;
}

export function coveragePageView(data: CoverageInput, entries: readonly CoverageEntry[]): CoveragePageView {
  const matrix = coverageMatrix({ agencies: data.agencies, sources: [], documents: data.documents }, entries);
  const counts: Record<CellState, number> = { transcribed: 0, 'published-not-transcribed': 0, 'not-published': 0, unknown: 0 };
  const agencies: CoverageAgencyView[] = matrix.agencies.map((agency) => ({
    anchor: agency.slug,
    agency: { slug: agency.slug, name: agency.name, shortName: agency.shortName ?? agency.name, href: withBase(agencyPath(agency.slug)), levelWords: agencyLevels[agency.level] },
    rows: matrix.years.map((year) => ({
      anchor: `${agency.slug}-${year}`,
      fiscalYear: year,
      cells: matrix.kinds.map((kind) => {
        const cell = matrix.cell(agency.slug, year, kind);
        counts[cell.state] += 1;
        return cellView(data, cell);
      }),
    })),
  }));
  return {
    kinds: matrix.kinds.map((key) => ({ key, words: documentKinds[key] })),
    years: matrix.years,
    agencies,
    silent: matrix.silent.map((a) => ({ name: a.name, href: withBase(agencyPath(a.slug)) })),
    counts,
    notes: entries.map((e) => ({
      anchor: `note-${e.agency}-${e.fiscalYear}-${e.kind}`,
      agencyName: data.agencies.find((a) => a.slug === e.agency)?.name ?? e.agency,
      fiscalYear: e.fiscalYear,
      kindWords: documentKinds[e.kind],
      words: cellStateWords[e.state],
      note: e.note,
      evidence: evidenceOf(data, e),
    })),
  };
}
