/**
 * Careful reading of raw JSON values, for checks that also run on documents that failed
 * their schema: nothing is assumed about a value's type until it is looked at.
 */

export type Path = (string | number)[];

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `[first, last]` of a `source` object, when it is a valid range (a bad one is the schema's to report). */
export function lineRangeOf(source: unknown): [number, number] | undefined {
  const lines = isObject(source) ? source.lines : undefined;
  if (!Array.isArray(lines) || lines.length !== 2) return undefined;
  const [first, last] = lines as unknown[];
  return Number.isInteger(first) && Number.isInteger(last) && (first as number) >= 1 && (first as number) <= (last as number) ? [first as number, last as number] : undefined;
}

/** Visit every object in a value, depth first, with its path. */
export function walk(value: unknown, path: Path, visit: (obj: Record<string, unknown>, path: Path) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (isObject(value)) {
    visit(value, path);
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  }
}
