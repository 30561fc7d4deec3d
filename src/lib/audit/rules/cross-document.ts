/**
 * The same figure in two places disagreeing: an evaluation report against the table of the
 * project it evaluates (total score, execution score and rate, the funding figures: budget,
 * year-start budget, spending).
 */
import type { DisclosureDocument, DocumentOf } from '../../../schemas/document';
import type { IndicatorNode } from '../../../schemas/indicator';
import type { ProjectEvaluation } from '../../../schemas/project';
import { toDec } from '../../decimal';
import { groupsOf, leavesOf } from '../../indicator-tree';
import { amountValue, rateValue } from '../../money';
import { findingId, type Finding, type ItemLocation } from '../finding';

const num = amountValue;
const rateNum = rateValue;

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
        { label: `${r.documentNumber} 总得分`, text: r.totalScore!, location: { ...rloc, path: [...rloc.path, 'totalScore'] } },
        { label: `自评表“${project.name}”总分`, text: project.totalScore!, location: { ...ploc, path: [...ploc.path, 'totalScore'] } },
      ],
    });
  }
  // Funding figures the report states, against the table's total line.
  const lineIndex = project.funding.lines.findIndex((l) => !l.parent);
  const line = project.funding.lines[lineIndex];
  const lineLoc: ItemLocation | undefined = line && { ...ploc, sub: line.id, lines: line.source.lines, path: [...ploc.path, 'funding', 'lines', lineIndex] };
  const figureLoc = (f: (typeof r.figures)[number]): ItemLocation => ({ document: report.id, item: r.id, sub: f.id, lines: f.source.lines, path: ['report', 'figures', r.figures.indexOf(f)] });
  if (line && lineLoc) {
    const pairs = [
      ['actual', 'executed', '实际支出 / 全年执行数'],
      ['year-start-budget', 'yearStartBudget', '年初预算'],
      ['budget', 'adjustedBudget', '安排资金 / 全年预算数'],
    ] as const;
    for (const [basis, col, what] of pairs) {
      for (const f of r.figures.filter((x) => x.topic === 'funding' && x.basis === basis && !x.parent)) {
        if (!differ(f.value, line[col])) continue;
        const floc = figureLoc(f);
        out.push({
          id: findingId('report-vs-table', floc, basis),
          rule: 'report-vs-table',
          severity: 'high',
          title: `${r.documentNumber} 与自评表${what}不一致：${f.value} 对 ${line[col]}`,
          detail: `评价报告写“${f.quote}”，自评表同一项目的${what}为 ${line[col]}。`,
          location: floc,
          figures: [
            { label: `${r.documentNumber} ${f.label}`, text: f.value, location: floc },
            { label: `自评表 ${line.label} ${what}`, text: line[col]!, location: lineLoc },
          ],
        });
      }
    }
    // The execution rate the report states (预算执行率 / 资金使用率), against the table's 执行率.
    const tableRate = rateNum(line.executionRate);
    for (const f of r.figures.filter((x) => x.topic === 'funding' && !x.parent && /^[%％]$/.test(x.unit) && /执行率|使用率/.test(x.label))) {
      if (tableRate === undefined || num(f.value) === undefined || toDec(num(f.value)!).eq(toDec(tableRate))) continue;
      const floc = figureLoc(f);
      out.push({
        id: findingId('report-vs-table', floc, 'execution-rate'),
        rule: 'report-vs-table',
        severity: 'high',
        title: `${r.documentNumber} 与自评表执行率不一致：${f.value}% 对 ${line.executionRate}`,
        detail: `评价报告写“${f.quote}”，自评表同一项目的执行率为 ${line.executionRate}。`,
        location: floc,
        figures: [
          { label: `${r.documentNumber} ${f.label}`, text: `${f.value}${f.unit}`, location: floc },
          { label: `自评表 ${line.label} 执行率`, text: line.executionRate!, location: lineLoc },
        ],
      });
    }
  }
  // The execution criterion: a report that deducts for execution while the table gives full marks.
  const execution = [...groupsOf(r.dimensions).map((g) => ({ node: g.group as IndicatorNode, path: g.path })), ...leavesOf(r.dimensions).map((l) => ({ node: l.indicator as IndicatorNode, path: l.path }))].find((n) => /预算执行率|资金使用率|执行率/.test(n.node.name));
  if (execution && line && lineLoc && num(execution.node.weight) && num(execution.node.score) && num(line.weight) && num(line.score)) {
    const node = execution.node;
    const reportFull = toDec(num(node.score)!).eq(toDec(num(node.weight)!));
    const tableFull = toDec(num(line.score)!).eq(toDec(num(line.weight)!));
    if (reportFull !== tableFull) {
      const eloc: ItemLocation = { document: report.id, item: r.id, sub: node.id, lines: node.source.lines, path: ['report', 'dimensions', ...execution.path] };
      out.push({
        id: findingId('report-vs-table', eloc, 'execution'),
        rule: 'report-vs-table',
        severity: 'high',
        title: `${r.documentNumber} 对执行率${reportFull ? '给满分' : '扣分'}，自评表却${tableFull ? '给满分' : '扣分'}`,
        detail: `评价报告“${node.name}”得 ${node.score}/${node.weight} 分；自评表执行率（${line.executionRate ?? '未列'}）得 ${line.score}/${line.weight} 分。同一执行率，两处评分不一致。`,
        location: eloc,
        figures: [
          { label: `${r.documentNumber} ${node.name}`, text: `${node.score}/${node.weight}`, location: eloc },
          { label: '自评表 执行率得分', text: `${line.score}/${line.weight}`, location: lineLoc },
          ...(line.executionRate ? [{ label: '自评表 执行率', text: line.executionRate, location: lineLoc }] : []),
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
