/**
 * The archived sources (data/sources/sources.json) against their files: each file present,
 * byte for byte the one archived (SHA-256), with the recorded number of lines.
 */
import type { ArchivedSource } from '../../schemas/source';
import type { ParsedFile } from './agency-checks';
import { closest } from './closest';
import { problemAt } from './json-source';
import type { Problem } from './problem';

/** An archived text: its bytes, or (validation that reads one file at a time) their SHA-256 and line count. */
export type SourceText = { file: string; bytes: Uint8Array } | { file: string; sha256: string; lineCount: number };

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.slice());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function countLines(text: string): number {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

/** `texts` is empty where the source files are not at hand (the browser validator): then only the registry is checked. */
export async function checkSources(reg: ParsedFile<{ sources: ArchivedSource[] }>, texts: Map<string, SourceText>, agencies: Set<string>): Promise<Problem[]> {
  const out: Problem[] = [];
  const ids = new Set<string>();
  for (const [i, s] of reg.data.sources.entries()) {
    if (ids.has(s.id)) out.push(problemAt(reg.src, ['sources', i, 'id'], 'ref/duplicate-id', s.id, 'a source id used once', 'give each archived source its own id'));
    ids.add(s.id);
    if (agencies.size > 0 && !agencies.has(s.agency)) {
      const guess = closest(s.agency, agencies);
      out.push(problemAt(reg.src, ['sources', i, 'agency'], 'ref/unknown-agency', s.agency, 'the slug of an agency in data/agencies.json', guess ? `did you mean "${guess}"?` : 'add the agency or correct the slug'));
    }
    if (texts.size === 0) continue;
    const text = texts.get(s.file);
    if (!text) {
      out.push(problemAt(reg.src, ['sources', i, 'file'], 'ref/missing-source-file', s.file, 'a file in data/sources/', 'add the archived text or correct the file name'));
      continue;
    }
    const hash = 'bytes' in text ? await sha256Hex(text.bytes) : text.sha256;
    if (hash !== s.sha256) {
      out.push(problemAt(reg.src, ['sources', i, 'sha256'], 'source/sha256-mismatch', s.sha256, `the SHA-256 of ${s.file} (${hash})`, 'archived sources are never edited; restore the original file, or, if a new text was archived on purpose, record it as a new source'));
    }
    const lines = 'bytes' in text ? countLines(new TextDecoder().decode(text.bytes)) : text.lineCount;
    if (lines !== s.lineCount) {
      out.push(problemAt(reg.src, ['sources', i, 'lineCount'], 'source/line-count', s.lineCount, `${lines}, the number of lines in ${s.file}`, `set "lineCount": ${lines}`));
    }
  }
  return out;
}
