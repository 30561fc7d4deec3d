/**
 * The same figure in two places disagreeing: an evaluation report against the table of the
 * project it evaluates (total score, execution score and rate, the funding figures).
 */
import type { DisclosureDocument, DocumentOf } from '../../../schemas/document';
import type { ProjectEvaluation } from '../../../schemas/project';
import { toDec } from '../../decimal';
import { groupsOf, leavesOf } from '../../indicator-tree';
import { parseAmount } from '../../money';
import { findingId, type Finding, type ItemLocation } from '../finding';

const num = (t: string | undefined) => {
  if (t === undefined) return undefined;
  const r = parseAmount(t);
  return r.kind === 'number' ? r.value : undefined;
};

export function reportVsTable(report: DocumentOf<'evaluation-report'>, docs: DisclosureDocument[]): Finding[] {
  const out: Finding[] = [];
  let project: ProjectEvaluation | undefined;
  let projectDoc: DisclosureDocument | undefined;
  let projectIndex = -1;
  for (const d of docs) {
    if (d.kind !== 'project-evaluations') continue;
    const i = d.projects.findIndex((p) => p.id === report.report.project);
    if (i >= 0) {
      project = d.projects[i];
      projectDoc = d;
      projectIndex = i;
    }
  }
  if (!project || !projectDoc) return out;
  const r = report.report;
  const rloc: ItemLocation = { document: report.id, item: r.id, lines: r.source.lines, path: ['report'] };
  const ploc: ItemLocation = { document: projectDoc.id, item: project.id, lines: project.source.lines, path: ['projects', projectIndex] };
  const differ = (a: string | undefined, b: string | undefined) => num(a) !== undefined && num(b) !== undefined && !toDec(num(a)!).eq(toDec(num(b)!));
  if (differ(r.totalScore, project.totalScore)) {
    out.push({
      id: findingId('report-vs-table', rloc, 'total-score'),
      rule: 'report-vs-table',
      severity: 'high',
      title: `${report.documentNumber ?? r.documentNumber} 与自评表总分不一致：${r.totalScore} 对 ${project.totalScore}`,
      detail: `评价报告给出的总得分为 ${r.totalScore}，而同一项目的绩效自评表总分为 ${project.totalScore}。两处评的是同一个项目（${r.matchedBy}）。`,
      location: rloc,
      figures: [
        { label: `${r.documentNumber} 总得分`, text: r.totalScore!, location: rloc },
        { label: `自评表“${project.name}”总分`, text: project.totalScore!, location: ploc },
      ],
    });
  }
  // Funding figures the report states, against the table's total line.
  const line = project.funding.lines.find((l) => !l.parent);
  if (line) {
    const pairs = [
      ['actual', 'executed', '实际支出 / 全年执行数'],
      ['year-start-budget', 'yearStartBudget', '年初预算'],
    ] as const;
    for (const [basis, col, what] of pairs) {
      const f = r.figures.find((x) => x.topic === 'funding' && x.basis === basis && !x.parent);
      if (!f || !differ(f.value, line[col])) continue;
      const floc: ItemLocation = { document: report.id, item: r.id, sub: f.id, lines: f.source.lines, path: ['report', 'figures', r.figures.indexOf(f)] };
      out.push({
        id: findingId('report-vs-table', floc, basis),
        rule: 'report-vs-table',
        severity: 'high',
        title: `${r.documentNumber} 与自评表${what}不一致：${f.value} 对 ${line[col]}`,
        detail: `评价报告写“${f.quote}”，自评表同一项目的${what}为 ${line[col]}。`,
        location: floc,
        figures: [
          { label: `${r.documentNumber} ${f.label}`, text: f.value, location: floc },
          { label: `自评表 ${line.label} ${what}`, text: line[col]!, location: ploc },
        ],
      });
    }
  }
  // The execution criterion: a report that deducts for execution while the table gives full marks.
  const execution = [...groupsOf(r.dimensions).map((g) => g.group), ...leavesOf(r.dimensions).map((l) => l.indicator)].find((n) => /预算执行率|资金使用率|执行率/.test(n.name));
  if (execution && line && num(execution.weight) && num(execution.score) && num(line.weight) && num(line.score)) {
    const reportFull = toDec(num(execution.score)!).eq(toDec(num(execution.weight)!));
    const tableFull = toDec(num(line.score)!).eq(toDec(num(line.weight)!));
    if (reportFull !== tableFull) {
      const eloc: ItemLocation = { document: report.id, item: r.id, sub: execution.id, lines: execution.source.lines, path: ['report', 'dimensions'] };
      out.push({
        id: findingId('report-vs-table', eloc, 'execution'),
        rule: 'report-vs-table',
        severity: 'high',
        title: `${r.documentNumber} 对执行率${reportFull ? '给满分' : '扣分'}，自评表却${tableFull ? '给满分' : '扣分'}`,
        detail: `评价报告“${execution.name}”得 ${execution.score}/${execution.weight} 分；自评表执行率（${line.executionRate ?? '未列'}）得 ${line.score}/${line.weight} 分。同一执行率，两处评分不一致。`,
        location: eloc,
        figures: [
          { label: `${r.documentNumber} ${execution.name}`, text: `${execution.score}/${execution.weight}`, location: eloc },
          { label: '自评表 执行率得分', text: `${line.score}/${line.weight}`, location: ploc },
          ...(line.executionRate ? [{ label: '自评表 执行率', text: line.executionRate, location: ploc }] : []),
        ],
      });
    }
  }
  return out;
}

/**
 * The department-wide evaluation's 三公经费 indicator against the final-accounts text on the
 * same money. The two may use different bases (控制率 is often actual ÷ a ceiling set
 * differently from the budget); the finding says so instead of guessing which is right.
 */
export function departmentVsAccounts(dept: DocumentOf<'department-evaluation'>, docs: readonly DisclosureDocument[]): Finding[] {
  const accounts = docs.find((d): d is DocumentOf<'final-accounts'> => d.kind === 'final-accounts' && d.agency === dept.agency && d.fiscalYear === dept.fiscalYear);
  if (!accounts) return [];
  const stated = accounts.finalAccounts.figures.find((f) => f.topic === 'three-public' && f.rate !== undefined && !f.parent);
  if (!stated) return [];
  const out: Finding[] = [];
  for (const leaf of leavesOf(dept.evaluation.indicators)) {
    const ind = leaf.indicator;
    if (!/三公/.test(ind.name) || !/率/.test(ind.name) || num(ind.actual) === undefined) continue;
    const rate = stated.rate!.replace(/[%％]/, '');
    if (num(rate) === undefined || toDec(num(rate)!).eq(toDec(num(ind.actual)!))) continue;
    const loc: ItemLocation = { document: dept.id, item: dept.evaluation.id, sub: ind.id, lines: ind.source.lines, path: ['evaluation', 'indicators', ...leaf.path] };
    const floc: ItemLocation = { document: accounts.id, sub: stated.id, lines: stated.source.lines, path: ['finalAccounts', 'figures', accounts.finalAccounts.figures.indexOf(stated)] };
    out.push({
      id: findingId('report-vs-table', loc, 'three-public'),
      rule: 'report-vs-table',
      severity: 'low',
      title: `${ind.name} ${ind.actual}，决算说明却称“三公”经费完成预算的 ${stated.rate}`,
      detail: `部门整体绩效自评表中“${ind.name}”实际完成值为 ${ind.actual}（目标 ${ind.target ?? '未列'}）；同一年的部门决算说明写“${stated.quote}”。两处口径可能不同（控制率的分母未说明），明账不判断哪一处正确，只指出二者不一致。`,
      location: loc,
      figures: [
        { label: `部门整体自评 ${ind.name}`, text: ind.actual!, location: loc },
        { label: `决算说明 ${stated.label}`, text: stated.rate!, location: floc },
      ],
    });
  }
  return out;
}
