/**
 * CSV for the downloads: UTF-8 with a byte-order mark (so spreadsheet programs read the
 * Chinese correctly), quoting by papaparse, and text cells neutralised against formula
 * injection. Figure columns hold the published text (`7,152.33`, `100％`) or a computed
 * decimal, and are never altered: the schema admits only numbers and empty marks there.
 */
import Papa from 'papaparse';

/** What a column holds, which decides whether it is neutralised and how the page documents it. */
export type ColumnKind =
  /** Free text from the documents or from 明账 (names, quotes, reasons): neutralised. */
  | 'text'
  /** A figure exactly as published (`7,152.33`, `69.46`, `100％`, `—`): never altered. */
  | 'figure'
  /** A figure computed by 明账 (plain decimal text such as `69.46`), or empty when it cannot be computed. */
  | 'computed';

export interface CsvColumn<Key extends string = string> {
  /** Header of the column (ASCII, stable: scripts read columns by it). */
  key: Key;
  kind: ColumnKind;
  /** What the column holds, in Chinese, for the downloads page. */
  description: string;
}

/** A row: one cell per column key. */
export type CsvRow<Key extends string = string> = Record<Key, string>;

export const BOM = '\uFEFF';

/** Characters a spreadsheet reads as the start of a formula (and tab / CR, which hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: one that starts like a formula gets an
 * apostrophe in front (`=SUM(A1)` → `'=SUM(A1)`), which spreadsheets show as text.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The CSV text (with BOM) of rows under the given columns. */
export function toCsv<Key extends string>(columns: readonly CsvColumn<Key>[], rows: readonly CsvRow<Key>[]): string {
  const data = rows.map((row) => columns.map((c) => (c.kind === 'text' ? neutraliseFormula(row[c.key]) : row[c.key])));
  return BOM + Papa.unparse({ fields: columns.map((c) => c.key), data }, { newline: '\r\n', escapeFormulae: false }) + '\r\n';
}
