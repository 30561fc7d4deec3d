/**
 * One shape for every problem found in author input, so an author sees every problem at
 * once, each saying where (file, JSON path, line), what (the bad value), what was expected
 * and how to fix it. Audit findings about the sources are warnings in the same shape.
 */

export type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  /** A short machine-readable code (`schema/invalid_type`, `ref/unknown-agency`, `json/syntax`). */
  code: string;
  /** The file, relative to the project root (or as given). */
  file: string;
  /** JSON path of the bad value, `$` for the whole file (`$.projects[2].funding.lines[0].executed`). */
  path: string;
  /** 1-based line of the bad value in the file, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The bad value as found, shortened for display (JSON text). */
  value?: string;
  /** What was expected there. */
  expected: string;
  /** How to fix it. */
  fix?: string;
}

/** JSON path text from a zod-style path. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

const MAX_VALUE_CHARS = 120;

/** The bad value as short JSON text. */
export function showValue(value: unknown): string {
  let s: string;
  if (value === undefined) return '(missing)';
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  if (s.length > MAX_VALUE_CHARS) {
    const full = typeof value === 'string' ? `${value.length} characters` : `${s.length} characters of JSON`;
    s = `${s.slice(0, MAX_VALUE_CHARS)}… (${full})`;
  }
  // Control and invisible characters (and U+FFFD) are shown escaped so they are visible in a terminal.
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Sort problems by file, then line, then path, errors before warnings. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.path.localeCompare(b.path) ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) ||
      a.code.localeCompare(b.code),
  );
}

/** Human-readable report of problems, one block each, then a count line. */
export function formatProblems(problems: Problem[]): string {
  const lines: string[] = [];
  for (const p of sortProblems(problems)) {
    const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
    lines.push(`${where}  ${p.level}  ${p.code}  at ${p.path}`);
    if (p.value !== undefined) lines.push(`  value:    ${p.value}`);
    lines.push(`  expected: ${p.expected}`);
    if (p.fix) lines.push(`  fix:      ${p.fix}`);
  }
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}
