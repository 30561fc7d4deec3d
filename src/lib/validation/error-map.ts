/**
 * zod issues → problems in the one shape authors see: where, the bad value, what was
 * expected, how to fix. Union failures are narrowed to the branch the author evidently meant;
 * with the schema at hand, a message can also name the fields known at a place and recognise
 * the building blocks of common.ts (amount cells, web addresses …) to advise on the value.
 */
import type { z } from 'astro/zod';
import { amountCell, id as idSchema, lineRange, rateCell, webUrl } from '../../schemas/common';
import { closest } from './closest';
import { locate, rawText, type JsonSource } from './json-source';
import { jsonPath, showValue, type Problem } from './problem';
import { knownKeysAt, schemaAt, unwrap } from './schema-walk';
import { badCharacterAdvice, figureAdvice, suggestId, urlAdvice } from './value-advice';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

export interface ErrorMapOptions {
  /** The schema the value was parsed with: enables field-name suggestions and value advice. */
  schema?: z.core.$ZodType;
  /** Prepended to every issue path. */
  pathPrefix?: Path;
}

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
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  tuple: 'a list [ … ] of fixed length',
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

/** What the object at `path` is, for messages: `"indicator" item`, `item of "lines"`, `"funding" object`. */
function describeOwner(root: unknown, path: Path): string {
  const v = valueAt(root, path) as { kind?: unknown } | undefined;
  if (path.length === 0) return typeof v?.kind === 'string' ? `"${v.kind}" document` : 'file';
  if (v && typeof v.kind === 'string') return `"${v.kind}" item`;
  const last = path[path.length - 1];
  const name = [...path].reverse().find((p) => typeof p === 'string');
  if (typeof last === 'number' && name) return `item of "${String(name)}"`;
  return name ? `"${String(name)}" object` : 'object';
}

interface Context {
  src: JsonSource;
  path: Path;
  value: unknown;
  schema: z.core.$ZodType | undefined;
}

export function zodIssuesToProblems(src: JsonSource, issues: readonly Issue[], options: ErrorMapOptions = {}): Problem[] {
  const out: Problem[] = [];
  for (const raw of issues) {
    for (const issue of flatten(raw)) {
      const path = [...(options.pathPrefix ?? []), ...(issue.path as Path)];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) out.push(unknownField(src, path, key, issue.keys, options.schema));
        continue;
      }
      const value = valueAt(src.value, path);
      const owner = enclosingId(src.value, path);
      const { expected, fix } = explain(issue, { src, path, value, schema: options.schema });
      const raw = typeof value === 'number' ? rawText(src, path) : undefined;
      out.push({
        level: 'error',
        code: `schema/${issue.code}`,
        file: src.file,
        path: jsonPath(path),
        ...locate(src, path),
        value: raw ?? showValue(value),
        expected: owner && path[path.length - 1] !== 'id' ? `${expected} (in item "${owner}")` : expected,
        fix,
      });
    }
  }
  return out;
}

function unknownField(src: JsonSource, path: Path, key: string, unknownKeys: string[], schema: z.core.$ZodType | undefined): Problem {
  const known = schema ? knownKeysAt(schema, src.value, path, unknownKeys) : [];
  const present = valueAt(src.value, path) as Record<string, unknown> | undefined;
  const suggestion = closest(key, known.filter((k) => !(present && k in present)));
  const owner = describeOwner(src.value, path);
  const keyPath = [...path, key];
  return {
    level: 'error',
    code: 'schema/unknown-field',
    file: src.file,
    path: jsonPath(keyPath),
    ...locate(src, keyPath),
    value: showValue(key),
    expected: known.length > 0 ? `a field of this ${owner}: ${known.join(', ')}` : `only the fields this ${owner} defines`,
    fix: suggestion
      ? `did you mean "${suggestion}"? Rename "${key}" to "${suggestion}" (unknown fields are rejected so that a typo cannot silently drop data)`
      : `remove "${key}" or correct its spelling; unknown fields are rejected so that a typo cannot silently drop data`,
  };
}

function explain(issue: Issue, ctx: Context): { expected: string; fix: string } {
  const { value, path } = ctx;
  const field = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) {
        return {
          expected: `${want} — "${String(field)}" is required in this ${describeOwner(ctx.src.value, path.slice(0, -1))}`,
          fix: `add "${String(field)}"`,
        };
      }
      if (issue.expected === 'string' && typeof value === 'number') {
        const raw = rawText(ctx.src, path) ?? String(value);
        return { expected: want, fix: `write figures as text exactly as published, in quotes ("${String(field)}": "${raw}"), so that no digit such as a trailing zero is lost` };
      }
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
        const written = typeof field === 'number' ? value.trim() : `"${String(field)}": ${value.trim()}`;
        return { expected: want, fix: `write the number without quotes (${written})` };
      }
      const got = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
      if (value === null) return { expected: want, fix: 'leave an optional field out instead of writing null; a required one needs a value' };
      return { expected: want, fix: `replace the ${got} with ${want}` };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const guess = typeof value === 'string' ? closest(value, issue.values.filter((v): v is string => typeof v === 'string')) : undefined;
      return {
        expected: allowed.length === 1 ? allowed[0]! : `one of ${allowed.join(', ')}`,
        fix: guess ? `did you mean "${guess}"? The allowed values are case-sensitive` : 'use one of the allowed values exactly (they are case-sensitive)',
      };
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = ('options' in issue ? (issue.options ?? []) : []).map(String);
        const guess = typeof value === 'string' ? closest(value, options) : undefined;
        return {
          expected: `"${issue.discriminator}" one of ${options.map((o) => JSON.stringify(o)).join(', ')}`,
          fix: guess ? `did you mean "${guess}"?` : `set "${issue.discriminator}" to one of these (see data/README.md for what each holds)`,
        };
      }
      return { expected: issue.message, fix: 'make the value match one of the allowed shapes' };
    }
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return {
          expected: `at most ${String(issue.maximum)} characters (this has ${value.length})`,
          fix: 'shorten the text: a field this long is almost certainly a paste error; a long passage of the source belongs in its own section',
        };
      }
      if (issue.origin === 'array') return { expected: `at most ${String(issue.maximum)} items`, fix: 'remove the extra items' };
      return { expected: `at most ${String(issue.maximum)}`, fix: 'correct the number' };
    case 'too_small':
      if (issue.origin === 'string') return { expected: `at least ${String(issue.minimum)} character(s)`, fix: 'fill in the text, or leave an optional field out' };
      if (issue.origin === 'array') return { expected: `at least ${String(issue.minimum)} item(s)`, fix: 'add the missing items, or leave an optional list out' };
      return { expected: `at least ${String(issue.minimum)}`, fix: 'correct the number' };
    case 'invalid_format':
      return explainFormat(issue, ctx);
    case 'custom':
      return explainCustom(issue, ctx);
    default:
      return { expected: cleanMessage(issue.message), fix: 'correct the value' };
  }
}

function leafOf(ctx: Context): z.core.$ZodType | undefined {
  const at = ctx.schema ? schemaAt(ctx.schema, ctx.src.value, ctx.path) : undefined;
  return at ? unwrap(at) : undefined;
}

function explainFormat(issue: Extract<Issue, { code: 'invalid_format' }>, ctx: Context): { expected: string; fix: string } {
  const value = ctx.value;
  if (issue.format === 'date') {
    return { expected: 'a date as YYYY-MM-DD', fix: 'write the date with four-digit year and two-digit month and day, e.g. "2025-03-31" for 2025年3月31日' };
  }
  const expected = cleanMessage(issue.message);
  if (leafOf(ctx) === idSchema && typeof value === 'string') {
    const id = suggestId(value);
    return { expected, fix: id ? `use lower-case ASCII with hyphens, e.g. "${id}" (ids are part of URLs)` : 'choose an id of lower-case ASCII letters, digits and hyphens' };
  }
  return { expected, fix: 'correct the value to the form described' };
}

function explainCustom(issue: Extract<Issue, { code: 'custom' }>, ctx: Context): { expected: string; fix: string } {
  const { value } = ctx;
  const message = cleanMessage(issue.message);
  const leaf = leafOf(ctx);
  if (typeof value === 'string') {
    const bad = badCharacterAdvice(value);
    if (bad) return bad;
    if (leaf === amountCell) return { expected: message, fix: figureAdvice(value, 'amount') };
    if (leaf === rateCell) return { expected: message, fix: figureAdvice(value, 'rate') };
    if (leaf === webUrl) return { expected: message, fix: urlAdvice(value) };
  }
  if (leaf === lineRange && Array.isArray(value)) {
    return { expected: message, fix: `give the first line first: [${String(value[1])}, ${String(value[0])}]` };
  }
  if (value === undefined) return { expected: message, fix: `add "${String(ctx.path[ctx.path.length - 1])}"` };
  if (typeof value === 'string' && value.trim() === '') {
    return { expected: 'text that is not empty or only spaces', fix: 'write the text as published; an optional field with nothing in it is left out' };
  }
  // Schema messages may carry their own advice after a semicolon: "what is wrong; what to do".
  const at = message.indexOf('; ');
  if (at > 0) return { expected: message.slice(0, at), fix: message.slice(at + 2) };
  return { expected: message, fix: 'change the value so that it meets the rule above (data/README.md explains the rules)' };
}

function cleanMessage(m: string): string {
  return m.replace(/^Invalid (string|input): /, '');
}
