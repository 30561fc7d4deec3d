import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../site/dataset';
import { COVERAGE_FILE, coverageMatrix, parseCoverage } from './coverage';

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData();
});

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const entry = (over: Record<string, unknown> = {}) => ({ agency: 'ningxia', fiscalYear: 2022, kind: 'final-accounts', state: 'unknown', note: '未核实。', ...over });

describe('data/coverage.json', () => {
  it('validates against the schema and the bundled dataset', () => {
    const result = parseCoverage(COVERAGE_FILE, new Uint8Array(readFileSync(COVERAGE_FILE)), data);
    expect(result.problems).toEqual([]);
    expect(result.entries.length).toBeGreaterThan(0);
  });

  it('rejects a state other than unknown without evidence, saying where and how to fix it', () => {
    const { problems } = parseCoverage('c.json', bytes({ entries: [entry({ state: 'published-not-transcribed' })] }), data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'c.json', path: '$.entries[0].state', line: expect.any(Number) });
    expect(problems[0]!.expected).toMatch(/evidence/);
  });

  it('rejects "not-published" backed only by a web page without the date it was checked', () => {
    const { problems } = parseCoverage('c.json', bytes({ entries: [entry({ state: 'not-published', url: 'https://example.org/gk/' })] }), data);
    expect(problems.map((p) => p.path)).toEqual(['$.entries[0].checkedOn']);
  });

  it('rejects two entries for the same agency, year and kind', () => {
    const { problems } = parseCoverage('c.json', bytes({ entries: [entry(), entry()] }), data);
    expect(problems.map((p) => p.path)).toEqual(['$.entries[1]']);
  });

  it('collects every cross-check problem at once: unknown agency, unknown archive, lines out of range, a contradiction of the data', () => {
    const { problems, entries } = parseCoverage(
      'c.json',
      bytes({
        entries: [
          entry({ agency: 'nowhere' }),
          entry({ fiscalYear: 2021, state: 'published-not-transcribed', evidence: [{ archive: 'no-such-archive', lines: [1, 1] }] }),
          entry({ fiscalYear: 2020, state: 'published-not-transcribed', evidence: [{ archive: 'ningxia-2024-project-targets', lines: [1, 99999] }] }),
          entry({ fiscalYear: 2024, kind: 'project-targets', state: 'not-published', url: 'https://example.org/gk/', checkedOn: '2026-01-01' }),
        ],
      }),
      data,
    );
    expect(problems.map((p) => p.code)).toEqual(['coverage/unknown-agency', 'coverage/unknown-archive', 'coverage/lines-out-of-range', 'coverage/contradicts-data']);
    expect(entries).toEqual([]);
  });
});

describe('the coverage matrix', () => {
  it('reads “transcribed” from the documents only', () => {
    const m = coverageMatrix(data, []);
    const cell = m.cell('ningxia', 2024, 'project-targets');
    expect(cell.state).toBe('transcribed');
    expect(cell.documents.map((d) => d.id)).toEqual(['ningxia-2024-project-targets']);
  });

  it('says “unknown” for anything not transcribed and not listed', () => {
    const m = coverageMatrix(data, []);
    expect(m.cell('ningxia', 2024, 'project-evaluations').state).toBe('unknown');
    expect(m.cell('fujian-ningde', 2024, 'transfer-payment-evaluations').state).toBe('unknown');
  });

  it('takes the other states from entries, and marks a kind with more published than transcribed', () => {
    const m = coverageMatrix(data, [
      { agency: 'ningxia', fiscalYear: 2022, kind: 'final-accounts', state: 'not-published', note: 'x', checkedOn: '2026-01-01' },
      { agency: 'fujian-ningde', fiscalYear: 2024, kind: 'evaluation-report', state: 'published-not-transcribed', note: 'x', url: 'https://example.org/' },
    ]);
    expect(m.cell('ningxia', 2022, 'final-accounts').state).toBe('not-published');
    expect(m.cell('fujian-ningde', 2024, 'evaluation-report')).toMatchObject({ state: 'transcribed', partial: true });
    expect(m.years).toEqual([2022, 2023, 2024]);
  });

  it('lists agencies with nothing known apart, so their rows are not a wall of “unknown”', () => {
    const m = coverageMatrix(data, []);
    expect(m.agencies.map((a) => a.slug).sort()).toEqual(['fujian-ningde', 'ningxia', 'shaanxi-hanzhong-ningqiang']);
    expect(m.silent.map((a) => a.slug)).toContain('national');
  });
});
