/**
 * Mutation test of the audit: a consistent disclosure set has no findings; change any one
 * published figure in it and the audit must report a finding that shows that figure, at its
 * place. A figure no rule can catch is listed in EXEMPT with the reason, so a gap in the audit
 * is a decision written down, not an accident.
 */
import { describe, expect, it } from 'vitest';
import { consistentSet } from '../../../test/fixtures/audit/consistent-set';
import { disclosureDocumentSchema, type DisclosureDocument } from '../../schemas/document';
import { parseAmount, parseRate } from '../money';
import { auditDataset } from './audit';
import type { Finding } from './finding';

/** Fields that hold a published amount, rate or score (`values` is a row's cells). */
const FIGURE_FIELDS = new Set(['values', 'yearStartBudget', 'adjustedBudget', 'executed', 'executionRate', 'weight', 'score', 'amount', 'value', 'rate', 'current', 'previous', 'change', 'changeRate', 'totalScore', 'totalWeight', 'budget']);

type Path = (string | number)[];

interface Mutation {
  document: string;
  path: Path;
  from: string;
  to: string;
}

/** Every published figure of a document, with its JSON path. */
function figuresOf(doc: DisclosureDocument): { path: Path; text: string }[] {
  const out: { path: Path; text: string }[] = [];
  const visit = (node: unknown, path: Path, field: string | undefined) => {
    if (typeof node === 'string') {
      if (field !== undefined && FIGURE_FIELDS.has(field) && (parseAmount(node).kind === 'number' || parseRate(node).kind === 'rate')) out.push({ path, text: node });
    } else if (Array.isArray(node)) node.forEach((n, i) => visit(n, [...path, i], field === 'values' ? 'values' : undefined));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, [...path, k], k);
  };
  visit(doc, [], undefined);
  return out;
}

/**
 * Adds 100 units of the figure's last printed digit, keeping its format: `136.00` → `137.00`,
 * `9.5` → `19.5`, `10` → `110`, `30.96%` → `31.96%`, `100％` → `200％`, `7,472.98` → `7,473.98`.
 */
function mutate(text: string): string {
  const m = /^(-?)([\d,]+)(?:\.(\d+))?(\s*[%％]?)$/.exec(text);
  if (!m) throw new Error(`not a figure: ${text}`);
  const [, sign = '', int = '', frac = '', suffix = ''] = m;
  const digits = `${int.replaceAll(',', '')}${frac}`;
  const scaled = (BigInt(`${sign}${digits}`) + 100n).toString();
  const negative = scaled.startsWith('-');
  const abs = (negative ? scaled.slice(1) : scaled).padStart(frac.length + 1, '0');
  const newInt = abs.slice(0, abs.length - frac.length);
  const grouped = int.includes(',') ? newInt.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : newInt;
  return `${negative ? '-' : ''}${grouped}${frac ? `.${abs.slice(-frac.length)}` : ''}${suffix}`;
}

function setAt(doc: unknown, path: Path, value: string): void {
  let node = doc as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

const key = (document: string, path: Path) => `${document}:${path.join('.')}`;

/**
 * Figures no rule can check, and why. Keyed by document and JSON path.
 */
const EXEMPT: Record<string, string> = {
  [key('fx-targets', ['projects', 0, 'funding', 'lines', 0, 'amount'])]:
    '项目总额 of a multi-year project spans several years; 年度资金总额 below it is one year, not a breakdown (001: 65000 over 55646), so nothing adds up to it.',
  [key('fx-dept', ['evaluation', 'funding', 'lines', 2, 'executionRate'])]: 'a rate on a line whose budget and spending are 0.00: B/A is 0/0, so there is nothing to compare it with.',
  [key('fx-report', ['report', 'figures', 1, 'value'])]: 'a single 其中 part (其中：市级财政资金 148 of 累计安排资金 148): “of which” need not be the whole, so one part has nothing to add up to.',
  [key('fx-report', ['report', 'figures', 4, 'value'])]: '资金到位率: the self-evaluation table has no 到位 (funds received) column, and the report states no received amount to divide.',
};

const isPrefix = (prefix: readonly (string | number)[], path: readonly (string | number)[]) => prefix.length <= path.length && prefix.every((step, i) => step === path[i]);

/** Does the finding show the mutated figure, at its place? */
function shows(finding: Finding, m: Mutation): boolean {
  return finding.figures.some((f) => !f.computed && f.location?.document === m.document && isPrefix(f.location.path, m.path) && f.text.includes(m.to));
}

function auditWith(documents: DisclosureDocument[], m: Mutation): Finding[] {
  const mutated = documents.map((d) => {
    if (d.id !== m.document) return d;
    const copy = structuredClone(d);
    setAt(copy, m.path, m.to);
    return disclosureDocumentSchema.parse(copy);
  });
  return auditDataset(mutated);
}

const documents = consistentSet();
const mutations: Mutation[] = documents.flatMap((d) => figuresOf(d).map(({ path, text }) => ({ document: d.id, path, from: text, to: mutate(text) })));
const checked = mutations.filter((m) => !(key(m.document, m.path) in EXEMPT));

describe('mutation of a consistent disclosure set', () => {
  it('starts from a set in which the audit finds nothing', () => {
    expect(auditDataset(documents)).toEqual([]);
  });

  it('mutates figures in every document and keeps the exemptions short', () => {
    expect(new Set(mutations.map((m) => m.document))).toEqual(new Set(documents.map((d) => d.id)));
    expect(mutations.length).toBeGreaterThan(150);
    expect(Object.keys(EXEMPT).length).toBeLessThanOrEqual(4);
  });

  it('lists as exempt only figures that exist and that no rule catches', () => {
    for (const exempt of Object.keys(EXEMPT)) {
      const m = mutations.find((x) => key(x.document, x.path) === exempt);
      expect(m, `${exempt} is not a figure of the fixture`).toBeDefined();
      expect(auditWith(documents, m!), `${exempt} is caught after all: remove it from EXEMPT`).toEqual([]);
    }
  });

  it.each(checked.map((m) => [`${key(m.document, m.path)} ${m.from} → ${m.to}`, m] as const))('reports %s', (_name, m) => {
    const findings = auditWith(documents, m);
    expect(findings.length, 'no finding at all').toBeGreaterThan(0);
    expect(
      findings.some((f) => shows(f, m)),
      `no finding shows ${m.to} at ${m.path.join('.')}:\n${findings.map((f) => `  ${f.id}: ${f.figures.map((x) => `${x.text}@${x.location?.path.join('.') ?? '-'}`).join(', ')}`).join('\n')}`,
    ).toBe(true);
  });

  it('reports the 三公 control rate of the department evaluation against the accounts text when either changes', () => {
    const m: Mutation = { document: 'fx-dept', path: ['evaluation', 'indicators', 0, 'children', 0, 'actual'], from: '100.00', to: '101.00' };
    expect(auditWith(documents, m).some((f) => f.rule === 'report-vs-table' && shows(f, m))).toBe(true);
  });
});

describe('mutate', () => {
  it('adds 100 units of the last printed digit and keeps the format', () => {
    expect(['136.00', '9.5', '10', '0', '0.00', '30.96%', '100％', '7,472.98', '7.821491', '999.50'].map(mutate)).toEqual([
      '137.00',
      '19.5',
      '110',
      '100',
      '1.00',
      '31.96%',
      '200％',
      '7,473.98',
      '7.821591',
      '1000.50',
    ]);
  });
});
