/**
 * The synthetic corpus (scripts/synth): a small one validates with no error, is byte-identical
 * for the same seed, puts every figure on the lines its provenance names, and carries the
 * inconsistencies it injects where the audit finds them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type Manifest } from '../../../scripts/synth/corpus';
import type { FaultKind } from '../../../scripts/synth/context';
import { auditDataset } from '../../../src/lib/audit/audit';
import type { RuleId } from '../../../src/lib/audit/finding';
import { listFiles, readDataset } from '../../../src/lib/dataset/read-files';
import { normaliseForComparison as norm, sourceLines } from '../../../src/lib/source-text';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';

const scratch = mkdtempSync(join(tmpdir(), 'mingzhang-synth-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function corpus(name: string, seed: number, size = 5): { dir: string; manifest: Manifest } {
  const dir = join(scratch, name);
  return { dir, manifest: generateCorpus(size, dir, seed) };
}

/** Every file of a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = listFiles(dir, ['.json', '.txt']);
  return new Map(files.map((f) => [relative(dir, f), readFileSync(f)]));
}

const a = corpus('a', 20240601);
const b = corpus('b', 20240601);
const other = corpus('other', 20240602);
const { inputs } = readDataset(process.cwd(), a.dir);
const result = await validateDataset(inputs);

describe('synthetic corpus', () => {
  it('has five agency-years of one agency, each with final accounts and project self-evaluations', () => {
    expect(a.manifest.agencyYears).toBe(5);
    expect(readdirSync(join(a.dir, 'disclosures'))).toHaveLength(1);
    expect(result.documents.filter((d) => d.data.kind === 'final-accounts')).toHaveLength(5);
    expect(result.documents.filter((d) => d.data.kind === 'project-evaluations')).toHaveLength(5);
    for (const d of result.documents) {
      if (d.data.kind !== 'project-evaluations') continue;
      expect(d.data.projects.length).toBeGreaterThanOrEqual(10);
      expect(d.data.projects.length).toBeLessThanOrEqual(25);
    }
  });

  it('validates with zero errors', () => {
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('is byte-identical for the same seed and different for another', () => {
    const first = snapshot(a.dir);
    const second = snapshot(b.dir);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)!.equals(bytes), path).toBe(true);
    expect(readFileSync(join(other.dir, 'agencies.json')).equals(first.get('agencies.json')!)).toBe(false);
  });

  it('prints every table value, funding figure, indicator target and actual, and quote on the lines its provenance names', () => {
    const texts = new Map(result.sources.map((s) => [s.id, readFileSync(join(a.dir, 'sources', s.file), 'utf8')]));
    const misses: string[] = [];
    let checked = 0;
    const visit = (node: unknown, text: string, path: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, text, `${path}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const lines = (o.source as { lines?: [number, number] } | undefined)?.lines;
      if (lines) {
        const range = norm(sourceLines(text, lines));
        const values = [
          ...(Array.isArray(o.values) ? (o.values as string[]) : []),
          ...['yearStartBudget', 'adjustedBudget', 'executed', 'executionRate', 'target', 'actual', 'weight', 'score', 'quote', 'name'].map((k) => o[k]),
          // Row and funding-line labels are printed; a stated figure's label is 明账's own.
          ...('values' in o || 'role' in o ? [o.label] : []),
        ].filter((v): v is string => typeof v === 'string' && v !== '' && v !== '—');
        for (const v of values) {
          checked += 1;
          if (!range.includes(norm(v))) misses.push(`${path}: "${v}" not in lines ${lines.join('–')}`);
        }
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'source') visit(v, text, `${path}.${k}`);
    };
    for (const d of result.documents) visit(d.data, texts.get(d.data.archive)!, d.file);
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(5_000);
  });

  it('injects inconsistencies that the audit reports', () => {
    const rules: Record<FaultKind, RuleId[]> = {
      'table-sum': ['column-sum', 'parts-total'],
      'year-over-year-rate': ['year-over-year'],
      'stated-execution-rate': ['stated-rate'],
      'funding-parts': ['parts-total'],
      'execution-score': ['execution-score'],
      'full-score-missed': ['full-score-missed'],
      'missed-no-explanation': ['missed-no-explanation'],
      'not-equal-typo': ['source-typo'],
      'score-total': ['score-total'],
    };
    const findings = auditDataset(result.documents.map((d) => d.data));
    const injected = Object.entries(a.manifest.faults) as [FaultKind, number][];
    expect(injected.length).toBeGreaterThan(0);
    for (const [kind, count] of injected) {
      const found = findings.filter((f) => rules[kind].includes(f.rule)).length;
      expect(found, kind).toBeGreaterThanOrEqual(kind === 'table-sum' || kind === 'funding-parts' ? 1 : count);
    }
  });
});
