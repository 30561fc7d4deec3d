/**
 * The audit's findings on the bundled data are reviewed by hand, one by one, against the
 * archived sources (data/findings-review.json). A finding that appears or vanishes — new data,
 * a changed rule, a corrected transcription — fails here until someone checks it in the source
 * and records a disposition.
 *
 * The examples of domain.md §6 ("things the sources get wrong") must all be found.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDataset } from '../../../src/lib/audit/audit';
import type { Finding } from '../../../src/lib/audit/finding';
import { readDataset } from '../../../src/lib/dataset/read-files';
import { evaluateIndicator } from '../../../src/lib/indicator-evaluation';
import { leavesOf } from '../../../src/lib/indicator-tree';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';

interface ReviewEntry {
  id: string;
  rule: string;
  title: string;
  disposition: 'source-inconsistency' | 'transcription-error-fixed' | 'not-a-problem';
  sourceLines: string;
  checkedBy: string;
  note: string;
}

const review = JSON.parse(readFileSync('data/findings-review.json', 'utf8')) as { $comment: string; findings: ReviewEntry[] };
const { inputs } = readDataset(process.cwd(), 'data');
const result = await validateDataset(inputs);
const documents = result.documents.map((d) => d.data);
const findings = auditDataset(documents);
const archives = new Set(result.sources.map((s) => s.id));

const UPDATE = 'open the archived source at the lines of every figure in the finding, check it by hand, and update data/findings-review.json';

describe('the findings review (data/findings-review.json)', () => {
  it('lists exactly the findings the audit reports on data/', () => {
    const reviewed = new Set(review.findings.map((f) => f.id));
    const current = new Set(findings.map((f) => f.id));
    const unreviewed = findings.filter((f) => !reviewed.has(f.id)).map((f) => `  ${f.id} — ${f.title}`);
    const vanished = review.findings.filter((f) => !current.has(f.id)).map((f) => `  ${f.id} — ${f.title}`);
    expect(unreviewed, `new audit findings, not reviewed: ${UPDATE} (add an entry with a disposition):\n${unreviewed.join('\n')}`).toEqual([]);
    expect(vanished, `reviewed findings the audit no longer reports: ${UPDATE} (remove the entry, or find out why it vanished):\n${vanished.join('\n')}`).toEqual([]);
    expect(review.findings).toHaveLength(new Set(review.findings.map((f) => f.id)).size);
  });

  it('gives every entry its rule, a disposition, source lines in an archive and a note', () => {
    const rules = new Map(findings.map((f) => [f.id, f.rule]));
    for (const entry of review.findings) {
      expect(entry.rule, entry.id).toBe(rules.get(entry.id));
      expect(['source-inconsistency', 'transcription-error-fixed', 'not-a-problem'], entry.id).toContain(entry.disposition);
      expect(entry.checkedBy, entry.id).toBe('hand');
      expect(entry.note.trim().length, `${entry.id} has no note`).toBeGreaterThan(20);
      const ranges = entry.sourceLines.split(/,\s*/);
      expect(ranges.length, entry.id).toBeGreaterThan(0);
      for (const range of ranges) {
        const m = /^([a-z0-9-]+):(\d+)-(\d+)$/.exec(range);
        expect(m, `${entry.id}: "${range}" is not <archive id>:<first>-<last>`).not.toBeNull();
        expect(archives, `${entry.id}: unknown archive ${m![1]}`).toContain(m![1]);
        expect(Number(m![2]), `${entry.id}: ${range}`).toBeLessThanOrEqual(Number(m![3]));
      }
    }
  });
});

describe('the examples of domain.md §6 on the bundled data', () => {
  const found = (id: string): Finding => {
    const f = findings.find((x) => x.id === id);
    expect(f, `${id} is not found`).toBeDefined();
    return f!;
  };
  const texts = (f: Finding) => f.figures.map((x) => x.text);

  it('004 p03: execution 69.46% scored 10 of 10, while report 1 deducts a point for it', () => {
    expect(texts(found('execution-score:ningde-2024-project-evaluations:ningde-2024-p03:total'))).toEqual(expect.arrayContaining(['69.46%', '10']));
    expect(texts(found('report-vs-table:ningde-2024-report-1:report:i08:execution'))).toEqual(['2/3', '10/10', '69.46']);
  });

  it('004 p20: execution 64.42% scored 10 of 10', () => {
    expect(found('execution-score:ningde-2024-project-evaluations:ningde-2024-p20:total')).toMatchObject({ severity: 'high', figures: expect.arrayContaining([expect.objectContaining({ text: '64.42%' })]) });
  });

  it('004 医保经办机构业务经费: report 4 total 99.89 against the table’s 99.84', () => {
    expect(texts(found('report-vs-table:ningde-2024-report-4:report:total-score'))).toEqual(['99.89', '99.84']);
  });

  it('001 上年结转资金: 0.82 + 1.88 + 0.82 + 5.01 = 8.53 against 7.821491', () => {
    expect(texts(found('parts-total:ningxia-2024-project-targets:ningxia-2024-p5:own-carry-over:amount'))).toEqual(['7.821491', '0.82', '1.88', '0.82', '5.01', '8.53']);
  });

  it('000 专项业务费 “≥35次” against “≥30次”: a missed indicator in the source’s eyes, but unknown to the evaluation (an actual that is itself a range), so no finding', () => {
    const project = documents.find((d) => d.id === 'ningxia-2023-project-evaluations');
    expect(project?.kind).toBe('project-evaluations');
    const leaf = project?.kind === 'project-evaluations' ? leavesOf(project.projects[0]!.indicators).find((l) => l.indicator.target === '≥35次') : undefined;
    expect(leaf?.indicator).toMatchObject({ id: 'i08', actual: '≥30次', weight: '2', score: '1.5' });
    const evaluation = evaluateIndicator({ name: leaf!.indicator.name, groupPath: leaf!.groups, target: leaf!.indicator.target, actual: leaf!.indicator.actual });
    expect(evaluation.status).toBe('unknown');
    expect(findings.filter((f) => f.location.document === 'ningxia-2023-project-evaluations' && f.location.sub === 'i08')).toEqual([]);
  });

  it('000 网采率: 80.52% against ≥85% and 63.11% against ≥75%, missed with the explanation column empty', () => {
    expect(texts(found('missed-no-explanation:ningxia-2023-transfer-payment-evaluations:ningxia-2023-tp2:i09'))).toEqual(['药品网采率≥85%，高值医用耗材网采率≥75%', '药品网采率为80.52%，高值医用耗材网采率为63.11%。']);
  });

  it('000 专项业务费: 156.42 stated for 医疗保障政策管理, its four parts add to 176.3', () => {
    expect(texts(found('parts-total:ningxia-2023-project-evaluations:ningxia-2023-p1:plan-policy:figures'))).toEqual(['156.42', '52.28', '44.47', '31.82', '47.73', '176.3']);
  });

  it('003: 15 is said to be 1.72% of 项目支出 (it is 9.52% of 157.49), and the execution score is 100 against a weight of 10', () => {
    expect(texts(found('share-rate:ningqiang-2023-final-accounts:perf-transfer-amount:share'))).toEqual(['1.72%', '15万元', '157.49万元', '9.52%']);
    expect(texts(found('score-above-weight:ningqiang-2023-project-evaluations:ningqiang-2023-p2:total'))).toEqual(['10', '100']);
  });

  it('004 p17: execution 99.63% scored only 7 of 10', () => {
    expect(found('execution-score:ningde-2024-project-evaluations:ningde-2024-p17:total')).toMatchObject({ severity: 'low', figures: expect.arrayContaining([expect.objectContaining({ text: '7' })]) });
  });

  it('004: 三公经费控制率 64.04 in the department-wide evaluation, against 100.00% of budget in the accounts text', () => {
    expect(texts(found('report-vs-table:ningde-2024-department-evaluation:evaluation:i01:three-public'))).toEqual(['64.04', '100.00%']);
  });

  it('and not the rounding of §3: 003’s 712.77 against 712.76, 004’s 4451.22% on a previous 3.28', () => {
    expect(findings.filter((f) => f.location.sub === 'gpb-year-start-budget' || f.location.sub === 'yoy-item-2080501')).toEqual([]);
  });
});
