/**
 * Normalising archived source text and transcribed values to compare them: the extraction
 * breaks lines inside words and cells, spaces digits apart and writes some symbols as LaTeX.
 * Used by the fidelity tests; documented on the methodology page.
 */

const LATEX: Array<[RegExp, string]> = [
  [/\\geq?(?![a-z])/g, '≥'],
  [/\\leq?(?![a-z])/g, '≤'],
  [/\\%/g, '%'],
  [/\\times/g, '×'],
  [/\\sim/g, '~'],
  [/\\text\{([^}]*)\}/g, '$1'],
  [/\\mathrm\{([^}]*)\}/g, '$1'],
  [/\\left|\\right/g, ''],
  [/[${}]/g, ''],
];

/**
 * What is compared: no whitespace at all (line and cell breaks are extraction artifacts),
 * LaTeX read as the symbols it prints, the Markdown table rule dropped.
 * Thousands separators are kept: `7,152.33` must be found as published.
 */
export function normaliseForComparison(text: string): string {
  let s = text;
  for (const [re, to] of LATEX) s = s.replace(re, to);
  s = s.replace(/\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?/g, '');
  return s.replace(/[\s\u3000]+/g, '');
}

/** Lines first..last (1-based, inclusive) of a text. */
export function sourceLines(text: string, [first, last]: readonly [number, number]): string {
  return text.split('\n').slice(first - 1, last).join('\n');
}
