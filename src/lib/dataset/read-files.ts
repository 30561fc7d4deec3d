/**
 * The file-system side of validation (Node only): which files make up the dataset, read as
 * bytes. The browser validator passes its own files to the same `validateDataset`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { InputFile } from '../validation/validate-dataset';

/** Every file below a folder, sorted, optionally filtered by extension. */
export function listFiles(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (exts.some((e) => entry.name.endsWith(e))) out.push(p);
    }
  };
  visit(dir);
  return out;
}

export interface DatasetFiles {
  /** Files to validate, with bytes. */
  inputs: InputFile[];
  /** The files the caller asked about (problems elsewhere are context only). */
  requested: Set<string>;
}

/**
 * The dataset under `dataDir` (registries, archived sources, documents), plus any extra paths.
 * An extra path that holds an agency or source registry replaces the bundled one.
 */
export function readDataset(root: string, dataDir: string, extraPaths: string[] = []): DatasetFiles {
  const rel = (p: string) => relative(root, resolve(root, p)).replaceAll('\\', '/');
  const extra: string[] = [];
  for (const p of extraPaths) {
    const abs = resolve(root, p);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new Error(`no such file or folder: ${p}`);
    }
    if (isDir) extra.push(...listFiles(abs, ['.json']));
    else extra.push(abs);
  }
  const requested = new Set(extra.map(rel));
  const read = (abs: string): InputFile => ({ file: rel(abs), bytes: new Uint8Array(readFileSync(abs)) });
  const extraInputs = extra.map(read);
  const replacesAgencies = extraInputs.some((f) => /"agencies"\s*:/.test(new TextDecoder().decode(f.bytes.subarray(0, 4000))));
  const replacesSources = extraInputs.some((f) => /"sources"\s*:/.test(new TextDecoder().decode(f.bytes.subarray(0, 4000))));
  const base: string[] = [];
  if (!replacesAgencies) base.push(join(dataDir, 'agencies.json'));
  if (!replacesSources) base.push(join(dataDir, 'sources', 'sources.json'));
  base.push(...listFiles(join(dataDir, 'sources'), ['.txt']));
  base.push(...listFiles(join(dataDir, 'disclosures'), ['.json']));
  const seen = new Set(extra.map((p) => resolve(p)));
  const inputs = [...base.filter((p) => !seen.has(resolve(p))).map(read), ...extraInputs];
  return { inputs, requested };
}
