/**
 * Turning a file's bytes into JSON, with every problem located: byte-order marks, bytes that
 * are not UTF-8 (GBK is the usual culprit), syntax errors, truncation, duplicate keys.
 * Paths found later by the schema are mapped back to lines here.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from './problem';

export interface JsonSource {
  file: string;
  text: string;
  /** The parsed value, or undefined when the file is not usable JSON. */
  value: unknown;
  tree: Node | undefined;
  /** Offsets of line starts, for offset → line/column. */
  lineStarts: number[];
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function position(src: Pick<JsonSource, 'lineStarts'>, offset: number): { line: number; column: number } {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** Line and column of a JSON path, or of its nearest existing ancestor. */
export function locate(src: JsonSource, path: ReadonlyArray<string | number>): { line: number; column: number } | undefined {
  if (!src.tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(src.tree, path.slice(0, n) as (string | number)[]);
    if (node) {
      // For a property value, point at its key: that is where an editor's eye goes.
      const at = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent.offset : node.offset;
      return position(src, at);
    }
  }
  return undefined;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const s = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(s);
  } catch {
    return false;
  }
}

/** Decode and parse one file. Problems are appended to `problems`. */
export function readJsonSource(file: string, bytes: Uint8Array, problems: Problem[]): JsonSource {
  const empty: JsonSource = { file, text: '', value: undefined, tree: undefined, lineStarts: [0] };
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    problems.push({ level: 'error', code: 'encoding/utf16', file, path: '$', line: 1, value: 'bytes FF FE', expected: 'UTF-8 text', fix: 'the file is UTF-16; save it as UTF-8 (without BOM)' });
    return empty;
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    problems.push({ level: 'error', code: 'encoding/utf16', file, path: '$', line: 1, value: 'bytes FE FF', expected: 'UTF-8 text', fix: 'the file is UTF-16; save it as UTF-8 (without BOM)' });
    return empty;
  }
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    problems.push({
      level: 'error',
      code: 'encoding/bom',
      file,
      path: '$',
      line: 1,
      column: 1,
      value: 'bytes EF BB BF',
      expected: 'UTF-8 without a byte-order mark',
      fix: 'save the file as "UTF-8" (not "UTF-8 with BOM")',
    });
    body = bytes.subarray(3);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(body);
    const at = lossy.indexOf('\uFFFD');
    const src = { lineStarts: lineStartsOf(lossy) };
    const pos = position(src, Math.max(0, at));
    const gbk = looksLikeGbk(body);
    problems.push({
      level: 'error',
      code: 'encoding/not-utf8',
      file,
      path: '$',
      line: pos.line,
      column: pos.column,
      value: `bytes that are not UTF-8 (first at line ${pos.line})`,
      expected: 'UTF-8 text',
      fix: gbk
        ? 'the file looks like GBK/GB18030 (a common Chinese Windows encoding); re-save it as UTF-8'
        : 're-save the file as UTF-8',
    });
    return empty;
  }
  const lineStarts = lineStartsOf(text);
  if (text.trim() === '') {
    problems.push({ level: 'error', code: 'json/empty', file, path: '$', line: 1, value: '(empty file)', expected: 'a JSON object', fix: 'write the document as a JSON object, or remove the file' });
    return { ...empty, text, lineStarts };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const src = { lineStarts };
    const first = errors[0]!;
    const pos = position(src, first.offset);
    const atEnd = first.offset >= text.trimEnd().length - 1;
    problems.push({
      level: 'error',
      code: atEnd ? 'json/truncated' : 'json/syntax',
      file,
      path: '$',
      line: pos.line,
      column: pos.column,
      value: showContext(text, first.offset),
      expected: atEnd ? 'the JSON to be complete (the file ends early: truncated?)' : `valid JSON (${printParseErrorCode(first.error)})`,
      fix: atEnd
        ? 'the file stops in the middle of the data; restore the missing end (closing brackets) from the original'
        : 'fix the JSON syntax at this place (missing comma, quote or bracket; comments and trailing commas are not allowed)',
    });
    return { file, text, value: undefined, tree: undefined, lineStarts };
  }
  const value = JSON.parse(text) as unknown;
  const src: JsonSource = { file, text, value, tree, lineStarts };
  if (tree) findDuplicateKeys(src, tree, [], problems);
  return src;
}

function showContext(text: string, offset: number): string {
  const s = text.slice(Math.max(0, offset - 20), offset + 20).replace(/\s+/g, ' ');
  return JSON.stringify(s);
}

function findDuplicateKeys(src: JsonSource, node: Node, path: (string | number)[], problems: Problem[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      const valNode = prop.children?.[1];
      const key = String(keyNode?.value);
      if (seen.has(key)) {
        const pos = position(src, prop.offset);
        problems.push({
          level: 'error',
          code: 'json/duplicate-key',
          file: src.file,
          path: [...pathText(path), key].join('.'),
          line: pos.line,
          column: pos.column,
          value: JSON.stringify(key),
          expected: 'each key once per object',
          fix: `"${key}" appears twice here; JSON keeps only the last one, silently dropping the first: merge or remove one`,
        });
      }
      seen.add(key);
      if (valNode) findDuplicateKeys(src, valNode, [...path, key], problems);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((c, i) => findDuplicateKeys(src, c, [...path, i], problems));
  }
}

function pathText(path: (string | number)[]): string[] {
  let s = '$';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : `.${p}`;
  return [s];
}
