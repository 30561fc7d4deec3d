/**
 * A file's bytes as UTF-8 text, or the reason they are not: UTF-16, a byte-order mark, bytes
 * that are not UTF-8 (GBK, the usual Chinese Windows encoding, is recognised and named).
 */
import { showValue, type Problem } from './problem';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

function decodeGbk(bytes: Uint8Array): string | undefined {
  try {
    const s = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(s) ? s : undefined;
  } catch {
    return undefined;
  }
}

function notUtf8(file: string, body: Uint8Array): Problem {
  const at = Math.max(0, firstInvalidUtf8(body));
  let lineStart = at;
  while (lineStart > 0 && body[lineStart - 1] !== 10) lineStart--;
  let lineEnd = at;
  while (lineEnd < body.length && body[lineEnd] !== 10) lineEnd++;
  const line = body.subarray(0, at).filter((b) => b === 10).length + 1;
  const hex = [...body.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  const gbk = decodeGbk(body);
  const asGbk = gbk !== undefined ? new TextDecoder('gbk').decode(body.subarray(lineStart, lineEnd)).trim() : undefined;
  return {
    level: 'error',
    code: 'encoding/not-utf8',
    file,
    path: '$',
    line,
    column: at - lineStart + 1,
    value: `bytes ${hex}${asGbk ? ` (this line read as GBK: ${showValue(asGbk)})` : ''}`,
    expected: 'UTF-8 text',
    fix: gbk !== undefined
      ? 'the file is GBK/GB18030 (the usual Chinese Windows encoding): re-save it as UTF-8 ("UTF-8", not "ANSI" or "GB2312")'
      : 're-save the file as UTF-8',
  };
}

/** The text of the bytes, or undefined when they are not UTF-8. A byte-order mark is reported and skipped. */
export function decodeUtf8(file: string, bytes: Uint8Array, problems: Problem[]): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const bom = bytes[0] === 0xff ? 'FF FE' : 'FE FF';
    problems.push({ level: 'error', code: 'encoding/utf16', file, path: '$', line: 1, column: 1, value: `bytes ${bom}`, expected: 'UTF-8 text', fix: 'the file is UTF-16; save it as UTF-8 (without BOM)' });
    return undefined;
  }
  let body = bytes;
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
      fix: 'save the file as "UTF-8" (not "UTF-8 with BOM"); the rest of the file was still checked',
    });
    body = bytes.subarray(3);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    problems.push(notUtf8(file, body));
    return undefined;
  }
}
