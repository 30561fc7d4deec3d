/**
 * A citation of a page or an item of 明账 (the “引用” block): what, who, where (an absolute
 * permalink and the source lines), and which data (release id, access date = release date),
 * with one line of text in the GB/T 7714 electronic-resource style to copy.
 */

export interface CitationInput {
  /** What is cited: the document title, or an item with its document (`提前下达… — 宁德市医疗保障局2024年度项目支出绩效自评表`). */
  title: string;
  /** The issuing agency's full name. */
  agency: string;
  /** 文号, when the document has one. */
  documentNumber?: string | undefined;
  /** Absolute permalink (site, base, path and anchor). */
  url: string;
  /** Where it is printed in the archived source, when known. */
  source?: { href: string; label: string } | undefined;
  /** Release id of the data. */
  release: string;
  /** The release date, which is the access date of the citation. */
  accessDate: string;
}

export interface CitationView extends CitationInput {
  /** The citation as one line of plain text. */
  text: string;
}

/** `宁德市医疗保障局. 题名（文号）[EB/OL]. 明账，数据版本 2026-11-23-5b8bc26. [2026-11-23]. https://…` */
export function citation(input: CitationInput): CitationView {
  const number = input.documentNumber ? `（${input.documentNumber}）` : '';
  const text = `${input.agency}. ${input.title}${number}[EB/OL]. 明账，数据版本 ${input.release}. [${input.accessDate}]. ${input.url}`;
  return { ...input, text };
}

/** `原文第 12–15 行` / `原文第 12 行`. */
export function linesLabel(lines: readonly [number, number]): string {
  return lines[0] === lines[1] ? `原文第 ${lines[0]} 行` : `原文第 ${lines[0]}–${lines[1]} 行`;
}
