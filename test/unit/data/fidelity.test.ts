/**
 * Fidelity: every figure in data/ is printed in the archived source, inside its item's
 * provenance line range and after its row label or indicator name. A bare "100" found
 * anywhere else in the file does not count.
 *
 * Comparison ignores whitespace and reads LaTeX as symbols (src/lib/source-text.ts).
 * Items whose label was rebuilt from another table (noted in their `notes`) are checked by
 * code instead of label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-files';
import { normaliseForComparison as norm, sourceLines } from '../../../src/lib/source-text';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';
import { EMPTY_MARKS } from '../../../src/schemas/common';

const { inputs } = readDataset(process.cwd(), 'data');
const result = await validateDataset(inputs);
const sourceText = new Map(result.sources.map((s) => [s.id, readFileSync(join('data', 'sources', s.file), 'utf8')]));

interface Check {
  where: string;
  field: string;
  value: string;
  /** Text that must come before the value inside the range (a label or name), when known. */
  after?: string;
  lines: readonly [number, number];
}

const isEmpty = (v: string) => (EMPTY_MARKS as readonly string[]).includes(v);

/** Walk every item with provenance and list the figures it must be found with. */
function checksOf(doc: (typeof result.documents)[number]['data'], file: string): Check[] {
  const checks: Check[] = [];
  const add = (where: string, lines: readonly [number, number], field: string, value: unknown, after?: string) => {
    if (typeof value !== 'string' || value === '' || isEmpty(value)) return;
    checks.push({ where: `${file} ${where}`, field, value, after, lines });
  };
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const lines = (o.source as { lines?: [number, number] } | undefined)?.lines;
    const where = `${path}${typeof o.id === 'string' ? ` (${o.id})` : ''}`;
    if (lines && path !== '$') {
      const rebuilt = Array.isArray(o.notes) && o.notes.some((n) => typeof n === 'string' && /重建|取自|rebuilt|补/.test(n));
      if (o.kind === 'indicator') {
        const name = o.placeholder ? undefined : (o.name as string);
        add(where, lines, 'name', name);
        for (const f of ['target', 'actual', 'weight', 'score'] as const) add(where, lines, f, o[f], o.placeholder ? undefined : name);
      } else if (o.kind === 'group') {
        for (const f of ['weight', 'score'] as const) add(where, lines, f, o[f]);
      } else if ('values' in o && Array.isArray(o.values)) {
        const key = typeof o.code === 'string' ? o.code : rebuilt ? undefined : (o.label as string);
        (o.values as string[]).forEach((v, i) => add(where, lines, `values[${i}]`, v, key));
      } else if ('role' in o) {
        for (const f of ['yearStartBudget', 'adjustedBudget', 'executed', 'executionRate', 'weight', 'score', 'amount'] as const) add(where, lines, f, o[f]);
      } else if ('quote' in o && typeof o.quote === 'string') {
        add(where, lines, 'quote', o.quote);
        for (const f of ['value', 'rate', 'current', 'previous', 'change', 'changeRate'] as const) {
          const v = o[f];
          if (typeof v === 'string' && !isEmpty(v)) {
            // A figure stated in text must be inside its quoted sentence.
            if (!norm(o.quote).includes(norm(v))) checks.push({ where: `${file} ${where}`, field: `${f} in quote`, value: v, lines: [0, 0] });
          }
        }
      } else if ('budget' in o || 'executed' in o) {
        for (const f of ['budget', 'executed', 'executionRate'] as const) add(where, lines, f, o[f], o.name as string);
      } else if ('amount' in o) {
        add(where, lines, 'amount', o.amount);
      }
      if ('totalScore' in o) add(where, lines, 'totalScore', o.totalScore);
      if ('totalWeight' in o) add(where, lines, 'totalWeight', o.totalWeight);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'source' && k !== 'notes') visit(v, `${path}.${k}`);
  };
  visit(doc, '$');
  return checks;
}

function failures(): string[] {
  const out: string[] = [];
  for (const { file, data } of result.documents) {
    const text = sourceText.get(data.archive)!;
    for (const c of checksOf(data, file)) {
      if (c.lines[0] === 0) {
        out.push(`${c.where} ${c.field} "${c.value}" is not in its quote`);
        continue;
      }
      const range = norm(sourceLines(text, c.lines));
      const value = norm(c.value);
      const at = range.indexOf(value);
      if (at < 0) {
        out.push(`${c.where} ${c.field} "${c.value}" not found in lines ${c.lines[0]}–${c.lines[1]}`);
        continue;
      }
      if (c.after) {
        const label = norm(c.after);
        const labelAt = range.indexOf(label);
        if (labelAt < 0) {
          out.push(`${c.where} label "${c.after}" of ${c.field} not found in lines ${c.lines[0]}–${c.lines[1]}`);
        } else if (range.indexOf(value, labelAt + label.length) < 0 && c.field !== 'name') {
          out.push(`${c.where} ${c.field} "${c.value}" is not after "${c.after}" in lines ${c.lines[0]}–${c.lines[1]}`);
        }
      }
    }
  }
  return out;
}

describe('bundled data fidelity', () => {
  it('validates without errors', () => {
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('finds every figure, name and quote in the archived source, inside its provenance range and after its label', () => {
    expect(failures()).toEqual([]);
  });

  it('checks a meaningful number of figures', () => {
    const total = result.documents.reduce((n, d) => n + checksOf(d.data, d.file).length, 0);
    expect(total).toBeGreaterThan(2000);
  });
});
