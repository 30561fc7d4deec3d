/**
 * Turning a file's text into JSON, with every problem located: syntax errors, truncation,
 * duplicate keys. Paths found later by the schema are mapped back to lines here.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { jsonPath, showValue, type Problem } from './problem';
import { decodeUtf8 } from './text-encoding';

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

/** The value at a path exactly as written in the file (`148.00`, which JSON.parse reads as 148). */
export function rawText(src: JsonSource, path: ReadonlyArray<string | number>): string | undefined {
  const node = src.tree ? findNodeAtLocation(src.tree, [...path]) : undefined;
  return node ? src.text.slice(node.offset, node.offset + node.length) : undefined;
}

/** A problem located at a JSON path of a parsed file. */
export function problemAt(src: JsonSource, path: ReadonlyArray<string | number>, code: string, value: unknown, expected: string, fix: string): Problem {
  return { level: 'error', code, file: src.file, path: jsonPath(path), ...locate(src, path), value: showValue(value), expected, fix };
}

/** Plain words for the parser's error codes. */
const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a badly written number',
  PropertyNameExpected: 'a field name in double quotes (a comma before "}" is not allowed)',
  ValueExpected: 'a value (a comma before "]" is not allowed)',
  ColonExpected: 'a colon ":" after the field name',
  CommaExpected: 'a comma "," between items',
  CloseBraceExpected: 'a closing "}"',
  CloseBracketExpected: 'a closing "]"',
  EndOfFileExpected: 'the end of the file (something follows the document)',
  InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'no comment (JSON has none)',
  UnexpectedEndOfString: 'the closing quote of a text',
  UnexpectedEndOfNumber: 'the rest of a number',
  InvalidUnicode: 'a valid \\u escape',
  InvalidEscapeCharacter: 'a valid escape after "\\" (write a backslash as "\\\\")',
  InvalidCharacter: 'no raw control character or line break inside a text (write "\\n" for a line break)',
};

/** How many "{" and "[" are still open at the end of the text (strings skipped). */
function openBrackets(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth;
}

function syntaxProblem(file: string, text: string, lineStarts: number[], errors: ParseError[]): Problem {
  const src = { lineStarts };
  const first = errors[0]!;
  const contentEnd = text.trimEnd().length;
  const lastLineStart = lineStarts[position(src, Math.max(0, contentEnd - 1)).line - 1] ?? 0;
  const firstChar = text.trimStart()[0];
  if (firstChar !== '{' && firstChar !== '[') {
    const at = text.length - text.trimStart().length;
    return {
      level: 'error', code: 'json/not-json', file, path: '$', ...position(src, at),
      value: showContext(text, at),
      expected: 'a JSON document: one object, starting with "{"',
      fix: 'this file is not JSON; write the document as a JSON object (see data/README.md and any file under data/disclosures/), or remove the file',
    };
  }
  if (openBrackets(text) > 0 && errors.every((e) => e.offset >= lastLineStart)) {
    return {
      level: 'error', code: 'json/truncated', file, path: '$', ...position(src, contentEnd),
      value: `the file ends with ${showValue(`…${text.slice(Math.max(0, contentEnd - 40), contentEnd).replace(/\s+/g, ' ')}`)}`,
      expected: 'the JSON to be complete (every "{" and "[" closed)',
      fix: 'the file stops in the middle of the data (a copy or save was cut short): restore the missing end from the original',
    };
  }
  const name = printParseErrorCode(first.error);
  return {
    level: 'error', code: 'json/syntax', file, path: '$', ...position(src, first.offset),
    value: showContext(text, first.offset),
    expected: SYNTAX_WORDS[name] ?? `valid JSON (${name})`,
    fix: 'fix the JSON at this place: a missing comma, quote or bracket; comments and trailing commas are not allowed',
  };
}

/** Decode and parse one file. Problems are appended to `problems`. */
export function readJsonSource(file: string, bytes: Uint8Array, problems: Problem[]): JsonSource {
  const empty: JsonSource = { file, text: '', value: undefined, tree: undefined, lineStarts: [0] };
  const text = decodeUtf8(file, bytes, problems);
  if (text === undefined) return empty;
  const lineStarts = lineStartsOf(text);
  if (text.trim() === '') {
    problems.push({ level: 'error', code: 'json/empty', file, path: '$', line: 1, column: 1, value: '(empty file)', expected: 'a JSON object', fix: 'write the document as a JSON object, or remove the file' });
    return { ...empty, text, lineStarts };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    problems.push(syntaxProblem(file, text, lineStarts, errors));
    return { file, text, value: undefined, tree: undefined, lineStarts };
  }
  const value = JSON.parse(text) as unknown;
  const src: JsonSource = { file, text, value, tree, lineStarts };
  if (tree) findDuplicateKeys(src, tree, [], problems);
  return src;
}

function showContext(text: string, offset: number): string {
  const s = text.slice(Math.max(0, offset - 20), offset + 20).replace(/\s+/g, ' ');
  return showValue(s);
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
          path: jsonPath([...path, key]),
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
