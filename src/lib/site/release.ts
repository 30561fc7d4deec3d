/**
 * The release id of the published data: `<YYYY-MM-DD>-<7 hex>`, shown in every page footer,
 * in every download and in every citation, so a reader can say exactly which data a figure
 * came from.
 *
 * - The date is the newest of the corrections log entries and the archived sources'
 *   collectedOn: the day the data last changed, and the access date of a citation.
 * - The hash is SHA-256 over the bytes of every file under data/, concatenated in sorted
 *   path order (code-point order of the `/`-separated path relative to data/). Anyone can
 *   recompute it without git: `cd data && find . -type f | LC_ALL=C sort | xargs cat | sha256sum`.
 *
 * Node only (build time). The parts that do not touch the file system are pure and exported
 * for tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { correctionsLogSchema, type CorrectionsLog } from '../../schemas/corrections';
import { sourceRegistrySchema } from '../../schemas/source';

export interface Release {
  /** `2026-11-23-1a2b3c4`. */
  id: string;
  /** The date part: the newest correction or collection date. */
  date: string;
  /** The full SHA-256 (hex) of data/. */
  sha256: string;
}

export interface DataFile {
  /** Path relative to data/, `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

/** Every regular file below `dir`, as `/`-separated paths relative to it, in code-point order. */
export function listDataFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.isFile()) out.push(relative(dir, p).replaceAll('\\', '/'));
    }
  };
  visit(dir);
  return out.sort(byCodePoint);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SHA-256 (hex) over the files' bytes in sorted path order. */
export function hashDataFiles(files: readonly DataFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => byCodePoint(a.path, b.path))) hash.update(f.bytes);
  return hash.digest('hex');
}

/** The newest of the dates (YYYY-MM-DD compares as text). */
export function newestDate(dates: readonly string[]): string {
  if (dates.length === 0) throw new Error('release date: no corrections and no archived sources to date the data by');
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** The release id from its date and hash. */
export function releaseIdOf(date: string, sha256: string): string {
  return `${date}-${sha256.slice(0, 7)}`;
}

/** The corrections log under `dataDir`, validated; a bad log fails the build with the zod message. */
export function readCorrections(dataDir: string): CorrectionsLog {
  const file = join(dataDir, 'corrections.json');
  const parsed = correctionsLogSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  at ${i.path.join('.') || '$'}: ${i.message}`).join('\n');
    throw new Error(`${file} does not validate:\n${issues}`);
  }
  return parsed.data;
}

/** Computes the release of the data in `dataDir`. */
export function computeRelease(dataDir: string): Release {
  // File by file (listDataFiles sorts): the same hash as hashDataFiles, with one file in memory at a time.
  const hash = createHash('sha256');
  for (const path of listDataFiles(dataDir)) hash.update(readFileSync(join(dataDir, path)));
  const sha256 = hash.digest('hex');
  const sources = sourceRegistrySchema.parse(JSON.parse(readFileSync(join(dataDir, 'sources', 'sources.json'), 'utf8'))).sources;
  const date = newestDate([...readCorrections(dataDir).corrections.map((c) => c.date), ...sources.map((s) => s.collectedOn)]);
  return { id: releaseIdOf(date, sha256), date, sha256 };
}

let cached: { dir: string; release: Release } | undefined;

/** The release of the bundled data (MINGZHANG_DATA or data/), computed once per process. */
export function release(dataDir: string = process.env.MINGZHANG_DATA ?? 'data'): Release {
  if (cached?.dir !== dataDir) cached = { dir: dataDir, release: computeRelease(dataDir) };
  return cached.release;
}

/** `2026-11-23-1a2b3c4`: the release id of the bundled data. */
export function releaseId(dataDir?: string): string {
  return release(dataDir).id;
}
