/**
 * Archived source texts (data/sources/): the text extracted from each agency PDF, kept
 * unchanged with its SHA-256 so provenance links and fidelity tests work without anything
 * outside the repository.
 */
import { z } from 'astro/zod';
import { id, isoDate, label, webUrl } from './common';

export const archivedSourceSchema = z.strictObject({
  /** Stable id of the archive (`ningde-2024-final-accounts-pdf`). */
  id,
  /** File name under data/sources/. */
  file: z.string().regex(/^[A-Za-z0-9._-]+\.txt$/, { message: 'a .txt file name in data/sources/' }),
  /** Number of lines in the file (provenance line ranges must fall inside it). */
  lineCount: z.number().int().min(1),
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '64 lower-case hex digits' }),
  /** What the source is, in Chinese. */
  title: label,
  /** The agency that published it. */
  agency: id,
  /** The date 明账 collected it. */
  collectedOn: isoDate,
  /** How the text was obtained (`text extracted from the published PDF`). */
  method: z.string().max(300),
  /** The original address, when known. */
  originalUrl: webUrl.optional(),
});

export const sourceRegistrySchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(archivedSourceSchema).min(1),
});

export type ArchivedSource = z.output<typeof archivedSourceSchema>;
