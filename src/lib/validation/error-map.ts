/**
 * zod issues → problems in the one shape authors see: where, the bad value, what was
 * expected, how to fix. Union failures are narrowed to the branch the author evidently meant.
 */
import type { z } from 'astro/zod';
import { locate, type JsonSource } from './json-source';
import { jsonPath, showValue, type Problem } from './problem';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

function valueAt(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Nearest enclosing item id, so a message can say "in indicator i07" as well as the path. */
function enclosingId(root: unknown, path: Path): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const v = valueAt(root, path.slice(0, n));
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { id?: unknown }).id === 'string') {
      return (v as { id: string }).id;
    }
  }
  return undefined;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  literal: 'a fixed value',
};

/** Flatten union issues: keep the branch with the fewest issues, preferring one whose `kind` matched. */
function flatten(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || issue.errors.length === 0) return [issue];
  const branches = issue.errors as Issue[][];
  const kindMismatch = (b: Issue[]) => b.some((i) => i.code === 'invalid_value' && i.path[i.path.length - 1] === 'kind');
  const notStructural = (b: Issue[]) => b.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  const ranked = [...branches].sort(
    (a, b) => Number(kindMismatch(a)) - Number(kindMismatch(b)) || Number(notStructural(a)) - Number(notStructural(b)) || a.length - b.length,
  );
  const best = ranked[0]!;
  return best.flatMap((i) => flatten({ ...i, path: [...issue.path, ...i.path] } as Issue));
}

export function zodIssuesToProblems(src: JsonSource, issues: readonly Issue[], pathPrefix: Path = []): Problem[] {
  const out: Problem[] = [];
  for (const raw of issues) {
    for (const issue of flatten(raw)) {
      const path = [...pathPrefix, ...(issue.path as Path)];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          const loc = locate(src, keyPath);
          out.push({
            level: 'error',
            code: 'schema/unknown-field',
            file: src.file,
            path: jsonPath(keyPath),
            ...loc,
            value: showValue(key),
            expected: `only the fields this ${describeOwner(src.value, path)} defines`,
            fix: `remove "${key}" or correct its spelling; unknown fields are rejected so that a typo cannot silently drop data`,
          });
        }
        continue;
      }
      const value = valueAt(src.value, path);
      const loc = locate(src, path);
      const owner = enclosingId(src.value, path);
      const { expected, fix } = explain(issue, value);
      out.push({
        level: 'error',
        code: `schema/${issue.code}`,
        file: src.file,
        path: jsonPath(path),
        ...loc,
        value: showValue(value),
        expected: owner ? `${expected} (in item "${owner}")` : expected,
        fix,
      });
    }
  }
  return out;
}

function describeOwner(root: unknown, path: Path): string {
  const v = valueAt(root, path) as { kind?: unknown } | undefined;
  if (v && typeof v.kind === 'string') return `"${v.kind}" object`;
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return last ? `"${String(last)}" object` : 'object';
}

function explain(issue: Issue, value: unknown): { expected: string; fix?: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return { expected: `${TYPE_WORDS[issue.expected] ?? issue.expected} (a required field)`, fix: 'add this field; it is required' };
      }
      const got = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      const hint =
        issue.expected === 'string' && got === 'number'
          ? 'write figures as text exactly as published, in quotes ("100.00", not 100), so no digit is lost'
          : `replace the ${got} with ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      return { expected: TYPE_WORDS[issue.expected] ?? issue.expected, fix: hint };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { expected: `one of ${allowed}`, fix: 'use one of the allowed values exactly (they are case-sensitive)' };
    }
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        return { expected: `a known "${String((issue as { discriminator?: string }).discriminator ?? 'kind')}" value`, fix: 'set "kind" to one of the document kinds listed in the data guide' };
      }
      return { expected: issue.message, fix: undefined };
    }
    case 'too_big':
      return {
        expected: issue.origin === 'string' ? `at most ${String(issue.maximum)} characters` : issue.origin === 'array' ? `at most ${String(issue.maximum)} items` : `at most ${String(issue.maximum)}`,
        fix: issue.origin === 'string' ? 'shorten the text; a field this long is almost certainly a paste error' : undefined,
      };
    case 'too_small':
      return {
        expected: issue.origin === 'string' ? `at least ${String(issue.minimum)} characters` : issue.origin === 'array' ? `at least ${String(issue.minimum)} item(s)` : `at least ${String(issue.minimum)}`,
      };
    case 'invalid_format':
    case 'custom':
    default:
      return { expected: cleanMessage(issue.message) };
  }
}

function cleanMessage(m: string): string {
  return m.replace(/^Invalid (string|input): /, '');
}
