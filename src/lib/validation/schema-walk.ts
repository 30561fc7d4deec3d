/**
 * Finding the zod schema that governs one place in a JSON value, so that a message can name
 * the fields known there ("did you mean adjustedBudget?") or recognise a building block
 * (an amount cell, a web address) and say how to fix its value.
 * Unions are resolved by the value itself: the option whose discriminator matches, else the
 * object option that knows most of the value's keys.
 */
import type { z } from 'astro/zod';

type Schema = z.core.$ZodType;
type Path = ReadonlyArray<PropertyKey>;

function asTypes(s: Schema): z.core.$ZodTypes {
  return s as z.core.$ZodTypes;
}

/** Optional, nullable, default, lazy … wrappers removed. */
export function unwrap(schema: Schema): Schema {
  let s = asTypes(schema);
  for (;;) {
    const def = s._zod.def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
        s = asTypes(def.innerType);
        break;
      case 'lazy':
        s = asTypes(def.getter());
        break;
      case 'pipe':
        s = asTypes(def.in);
        break;
      default:
        return s;
    }
  }
}

/** The object shape of a schema, if it is an object schema. */
export function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const s = asTypes(unwrap(schema));
  return s._zod.def.type === 'object' ? (s._zod.def.shape as Record<string, Schema>) : undefined;
}

/** The literal value(s) a field of an object option is fixed to (`kind: "group"`). */
function literalsOf(schema: Schema | undefined): unknown[] {
  if (!schema) return [];
  const s = asTypes(unwrap(schema));
  if (s._zod.def.type === 'literal') return [...s._zod.def.values];
  if (s._zod.def.type === 'enum') return Object.values(s._zod.def.entries);
  return [];
}

/**
 * The union option that the value evidently meant: its discriminator matches, else it knows
 * most of the value's keys and has no key of the value left over (`unknownKeys` aside).
 */
function pickOption(options: readonly Schema[], value: unknown, discriminator?: string, unknownKeys: readonly string[] = []): Schema | undefined {
  const obj = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  let best: Schema | undefined;
  let bestScore = -1;
  for (const option of options) {
    const shape = shapeOf(option);
    let score = 0;
    if (shape && obj) {
      for (const key of Object.keys(obj)) {
        if (key in shape) score += 1;
        else if (!unknownKeys.includes(key)) score -= 10_000;
      }
      for (const [key, field] of Object.entries(shape)) {
        if (key in obj && literalsOf(field).includes(obj[key])) score += key === discriminator ? 1000 : 100;
      }
    }
    if (best === undefined || score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

/** The options of a union schema, and its discriminator if it has one. */
export function unionOptions(schema: Schema): { options: readonly Schema[]; discriminator?: string } | undefined {
  const s = asTypes(unwrap(schema));
  if (s._zod.def.type !== 'union') return undefined;
  const discriminator = 'discriminator' in s._zod.def ? String(s._zod.def.discriminator) : undefined;
  return { options: s._zod.def.options, discriminator };
}

/** One step down: the schema of `key` inside a value governed by `schema`. */
function step(schema: Schema, value: unknown, key: PropertyKey): Schema | undefined {
  const resolved = resolveUnion(schema, value);
  const s = asTypes(unwrap(resolved));
  const def = s._zod.def;
  if (def.type === 'object') return (def.shape as Record<string, Schema>)[String(key)] ?? def.catchall;
  if (def.type === 'array') return def.element;
  if (def.type === 'tuple') return typeof key === 'number' ? (def.items[key] ?? def.rest ?? undefined) : undefined;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** A union resolved to the option the value meant; other schemas unchanged. */
export function resolveUnion(schema: Schema, value: unknown, unknownKeys: readonly string[] = []): Schema {
  let current = schema;
  for (let guard = 0; guard < 10; guard++) {
    const union = unionOptions(current);
    if (!union) return current;
    const option = pickOption(union.options, value, union.discriminator, unknownKeys);
    if (!option) return current;
    current = option;
  }
  return current;
}

/**
 * The schema that governs the value at `path` in `root`, or undefined when the path leaves the
 * schema. `unknownKeys` are keys of that value already known to be wrong: they do not count
 * against a union option.
 */
export function schemaAt(schema: Schema, root: unknown, path: Path, unknownKeys: readonly string[] = []): Schema | undefined {
  let current: Schema | undefined = schema;
  let value: unknown = root;
  for (const key of path) {
    if (!current) return undefined;
    current = step(current, value, key);
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current ? resolveUnion(current, value, unknownKeys) : undefined;
}

/** The field names an object at `path` may have, in schema order. */
export function knownKeysAt(schema: Schema, root: unknown, path: Path, unknownKeys: readonly string[] = []): string[] {
  const at = schemaAt(schema, root, path, unknownKeys);
  const shape = at ? shapeOf(at) : undefined;
  return shape ? Object.keys(shape) : [];
}
