/**
 * The four CSV tables of the downloads, built from validated documents: projects (every
 * funding line with 明账's execution figures), indicators (with met / missed / unknown),
 * final-accounts table cells, and audit findings. Each table carries its column list, which
 * the downloads page prints as the documentation, so the two cannot drift apart.
 *
 * Figures are the published cell text; computed figures come from funding-execution.ts and
 * indicator-evaluation.ts and are labelled `computed_*`.
 */
import type { Agency } from '../../schemas/agency';
import { documentKinds, type DisclosureDocument } from '../../schemas/document';
import type { Funding } from '../../schemas/funding';
import type { IndicatorNode } from '../../schemas/indicator';
import { auditDataset } from '../audit/audit';
import { severityLabels, type Finding } from '../audit/finding';
import { executionFigures, type ExecutionFigures } from '../funding-execution';
import { evaluateIndicator } from '../indicator-evaluation';
import { leavesOf } from '../indicator-tree';
import type { DerivedFigure } from '../money';
import { documentPath, projectPath } from '../site/urls';
import type { CsvColumn, CsvRow } from './csv';

export interface ExportContext {
  /** The release id, written into every row. */
  release: string;
  agencyBySlug: ReadonlyMap<string, Agency>;
  /** Absolute URL of a site path (`/agencies/…/`), with site and base. */
  url: (path: string) => string;
}

export interface ExportTable<Key extends string = string> {
  /** File stem: `projects`, `indicators`, `final-accounts`, `findings`. */
  name: TableName;
  /** What one row is, in Chinese. */
  rowIs: string;
  columns: readonly CsvColumn<Key>[];
  rows: CsvRow<Key>[];
}

export type TableName = 'projects' | 'indicators' | 'final-accounts' | 'findings';

const col = <K extends string>(key: K, kind: CsvColumn['kind'], description: string): CsvColumn<K> => ({ key, kind, description });

/** Columns every table starts with: which release, agency, year and document a row comes from. */
const documentColumns = [
  col('release', 'text', '数据版本号（见“更正记录”页）。同一版本的文件内容完全相同。'),
  col('agency', 'text', '机构代号（网址中的英文名），如 fujian-ningde。'),
  col('agency_name', 'text', '机构全称，如 宁德市医疗保障局。'),
  col('fiscal_year', 'text', '年度：文件所说的财政年度（不是发布年份）。'),
  col('document', 'text', '文件编号（明账给定，不会改变），也是文件网址的一部分。'),
  col('document_kind', 'text', '文件类型：部门决算、项目绩效目标、项目绩效自评、转移支付绩效自评、部门整体绩效自评、绩效评价报告。'),
] as const;
type DocumentKey = (typeof documentColumns)[number]['key'];

function documentCells(doc: DisclosureDocument, ctx: ExportContext): CsvRow<DocumentKey> {
  return {
    release: ctx.release,
    agency: doc.agency,
    agency_name: ctx.agencyBySlug.get(doc.agency)?.name ?? doc.agency,
    fiscal_year: String(doc.fiscalYear),
    document: doc.id,
    document_kind: documentKinds[doc.kind],
  };
}

const lines = (l: readonly [number, number]) => `${l[0]}-${l[1]}`;
const known = (f: DerivedFigure) => (f.status === 'known' ? f.value : '');
const unknownReasons = (figures: ExecutionFigures) =>
  [
    figures.rateOfAdjustedBudget.status === 'unknown' ? `执行率：${figures.rateOfAdjustedBudget.reason}` : '',
    figures.rateOfYearStartBudget.status === 'unknown' ? `占年初预算：${figures.rateOfYearStartBudget.reason}` : '',
    figures.unspent.status === 'unknown' ? `未执行：${figures.unspent.reason}` : '',
  ]
    .filter(Boolean)
    .join('；');

// ---------------------------------------------------------------- projects

export const projectColumns = [
  ...documentColumns,
  col('project', 'text', '项目（或转移支付、部门整体评价）编号，在全部数据中唯一。'),
  col('project_name', 'text', '项目名称，照原文。同一文件中可能有同名的不同项目，请按编号区分。'),
  col('program', 'text', '项目族代号：把不同机构、不同年度的同一资金归为一类（如 medical-service-capacity = 医疗服务与保障能力提升补助资金）；没有则空。'),
  col('unit', 'text', '金额单位，通常是 万元。'),
  col('line', 'text', '资金行编号（在该项目内唯一）；部门整体评价的“年度主要任务”以 task: 开头。'),
  col('line_label', 'text', '资金行名称，照原文，如“年度资金总额”“其中：当年财政拨款”。'),
  col('line_role', 'text', '资金行的性质：total 总额、annual-total 年度资金总额、current-appropriation 当年财政拨款、prior-year-carry-over 上年结转、other 其他资金、central 中央资金、local 地方资金、own-level 本级资金、transfer-down 转移下级资金、task 年度主要任务。'),
  col('line_parent', 'text', '这一行是哪一行的“其中”（上级资金行编号）；总额行为空。不要把上级行和它的“其中”行相加。'),
  col('year_start_budget', 'figure', '年初预算数，照原文。'),
  col('adjusted_budget', 'figure', '全年预算数（A，调整后预算），照原文；执行率的分母。'),
  col('executed', 'figure', '全年执行数（B），照原文。'),
  col('execution_rate', 'figure', '表中公布的执行率，照原文（可能带 % 或不带）。'),
  col('weight', 'figure', '执行率的分值，照原文。'),
  col('score', 'figure', '执行率的得分，照原文。'),
  col('amount', 'figure', '只有一列金额的表（绩效目标表的“资金总额”）中的金额，照原文。'),
  col('computed_execution_rate', 'computed', '明账计算：B ÷ A × 100，四舍五入到两位小数（百分数，不带 %）。无法计算时为空，原因见 computed_note。'),
  col('computed_rate_of_year_start', 'computed', '明账计算：B ÷ 年初预算数 × 100，两位小数。年中调减预算会使公布的执行率偏高，这一列可以看出来。'),
  col('computed_unspent', 'computed', '明账计算：A − B（未执行金额），单位同 unit；负数表示支出超过预算。'),
  col('computed_note', 'text', '明账计算的数字为空时的原因。'),
  col('source_lines', 'text', '原文行号范围（存档原文第几行到第几行），如 120-134。'),
  col('url', 'text', '该项目在明账上的网页地址。'),
] as const;
type ProjectKey = (typeof projectColumns)[number]['key'];

interface FundedItem {
  id: string;
  name: string;
  program?: string | undefined;
  funding?: Funding | undefined;
}

function fundingRows(doc: DisclosureDocument, item: FundedItem, href: string, ctx: ExportContext): CsvRow<ProjectKey>[] {
  if (!item.funding) return [];
  const unit = item.funding.unit;
  return item.funding.lines.map((l) => {
    const figures = executionFigures(l);
    return {
      ...documentCells(doc, ctx),
      project: item.id,
      project_name: item.name,
      program: item.program ?? '',
      unit,
      line: l.id,
      line_label: l.label,
      line_role: l.role,
      line_parent: l.parent ?? '',
      year_start_budget: l.yearStartBudget ?? '',
      adjusted_budget: l.adjustedBudget ?? '',
      executed: l.executed ?? '',
      execution_rate: l.executionRate ?? '',
      weight: l.weight ?? '',
      score: l.score ?? '',
      amount: l.amount ?? '',
      computed_execution_rate: known(figures.rateOfAdjustedBudget),
      computed_rate_of_year_start: known(figures.rateOfYearStartBudget),
      computed_unspent: known(figures.unspent),
      computed_note: unknownReasons(figures),
      source_lines: lines(l.source.lines),
      url: href,
    };
  });
}

export function projectRows(docs: readonly DisclosureDocument[], ctx: ExportContext): CsvRow<ProjectKey>[] {
  return docs.flatMap((doc) => {
    switch (doc.kind) {
      case 'project-targets':
      case 'project-evaluations':
        return doc.projects.flatMap((p) => fundingRows(doc, p, ctx.url(projectPath(doc, p.id)), ctx));
      case 'transfer-payment-evaluations':
        return doc.evaluations.flatMap((e) => fundingRows(doc, e, ctx.url(projectPath(doc, e.id)), ctx));
      case 'department-evaluation': {
        const e = doc.evaluation;
        const href = ctx.url(documentPath(doc));
        const item = { id: e.id, name: e.title, funding: e.funding };
        const tasks: CsvRow<ProjectKey>[] = e.tasks.map((t) => {
          const figures = executionFigures({ adjustedBudget: t.budget, executed: t.executed, yearStartBudget: undefined });
          return {
            ...documentCells(doc, ctx),
            project: e.id,
            project_name: e.title,
            program: '',
            unit: e.unit ?? e.funding?.unit ?? '',
            line: `task:${t.id}`,
            line_label: t.name,
            line_role: 'task',
            line_parent: '',
            year_start_budget: '',
            adjusted_budget: t.budget ?? '',
            executed: t.executed ?? '',
            execution_rate: t.executionRate ?? '',
            weight: '',
            score: '',
            amount: '',
            computed_execution_rate: known(figures.rateOfAdjustedBudget),
            computed_rate_of_year_start: '',
            computed_unspent: known(figures.unspent),
            computed_note: [
              figures.rateOfAdjustedBudget.status === 'unknown' ? `执行率：${figures.rateOfAdjustedBudget.reason}` : '',
              figures.unspent.status === 'unknown' ? `未执行：${figures.unspent.reason}` : '',
            ]
              .filter(Boolean)
              .join('；'),
            source_lines: lines(t.source.lines),
            url: href,
          };
        });
        return [...fundingRows(doc, item, href, ctx), ...tasks];
      }
      default:
        return [];
    }
  });
}

// ---------------------------------------------------------------- indicators

export const indicatorColumns = [
  ...documentColumns,
  col('project', 'text', '指标所属项目（或转移支付、部门整体评价）的编号。'),
  col('project_name', 'text', '项目名称，照原文。'),
  col('indicator', 'text', '指标编号（在该项目内唯一）。'),
  col('groups', 'text', '指标所在的各级分组，从一级到二级，用“ > ”隔开，如“产出指标 > 数量指标”。'),
  col('name', 'text', '三级指标名称，照原文。'),
  col('target', 'text', '年度指标值（目标），照原文（文字，可能含单位、符号）。'),
  col('actual', 'text', '实际完成值，照原文；绩效目标表没有这一列，为空。'),
  col('weight', 'figure', '指标分值，照原文。'),
  col('score', 'figure', '自评得分，照原文。'),
  col('explanation', 'text', '偏差原因分析及改进措施，照原文。'),
  col('placeholder', 'text', '原文用“0 0”等占位、并不是真实指标的行为 yes，否则为空。'),
  col('status', 'text', '明账判断：met 已达成、missed 未达成、unknown 无法判断。与机构的自评得分无关。'),
  col('status_label', 'text', '判断结果的中文：已达成、未达成、无法判断。'),
  col('rule', 'text', '明账用来判断的规则代号（见方法说明），如 comparison、cost-ceiling、approximate。'),
  col('reason', 'text', '判断的理由（中文）。'),
  col('computed_ratio', 'computed', '明账计算：实际 ÷ 目标 × 100，两位小数；只在两者都是同一单位的单个数字时给出。'),
  col('source_lines', 'text', '原文行号范围。'),
  col('url', 'text', '该项目在明账上的网页地址。'),
] as const;
type IndicatorKey = (typeof indicatorColumns)[number]['key'];

const statusLabels = { met: '已达成', missed: '未达成', unknown: '无法判断' } as const;

function indicatorRowsOf(doc: DisclosureDocument, item: { id: string; name: string }, tree: readonly IndicatorNode[], href: string, ctx: ExportContext): CsvRow<IndicatorKey>[] {
  return leavesOf(tree).map(({ indicator: i, groups }) => {
    const evaluation = evaluateIndicator({ name: i.name, groupPath: groups, target: i.target, actual: i.actual, placeholder: i.placeholder });
    return {
      ...documentCells(doc, ctx),
      project: item.id,
      project_name: item.name,
      indicator: i.id,
      groups: groups.join(' > '),
      name: i.name,
      target: i.target ?? '',
      actual: i.actual ?? '',
      weight: i.weight ?? '',
      score: i.score ?? '',
      explanation: i.explanation ?? '',
      placeholder: i.placeholder ? 'yes' : '',
      status: evaluation.status,
      status_label: statusLabels[evaluation.status],
      rule: evaluation.rule,
      reason: evaluation.reason,
      computed_ratio: evaluation.ratio ?? '',
      source_lines: lines(i.source.lines),
      url: href,
    };
  });
}

export function indicatorRows(docs: readonly DisclosureDocument[], ctx: ExportContext): CsvRow<IndicatorKey>[] {
  return docs.flatMap((doc) => {
    switch (doc.kind) {
      case 'project-targets':
      case 'project-evaluations':
        return doc.projects.flatMap((p) => indicatorRowsOf(doc, p, p.indicators, ctx.url(projectPath(doc, p.id)), ctx));
      case 'transfer-payment-evaluations':
        return doc.evaluations.flatMap((e) => indicatorRowsOf(doc, e, e.indicators, ctx.url(projectPath(doc, e.id)), ctx));
      case 'department-evaluation':
        return indicatorRowsOf(doc, { id: doc.evaluation.id, name: doc.evaluation.title }, doc.evaluation.indicators, ctx.url(documentPath(doc)), ctx);
      default:
        return [];
    }
  });
}

// ---------------------------------------------------------------- final accounts

export const finalAccountsColumns = [
  ...documentColumns,
  col('table', 'text', '报表编号（明账给定，在文件内唯一）。'),
  col('table_number', 'text', '报表的公开编号，照原文，如 公开01表（各地编号不同）。'),
  col('table_name', 'text', '报表名称，照原文，如 收入支出决算总表。'),
  col('table_status', 'text', '报表状态：published 已公开（有数字）、published-empty 已公开空表（按规定公开、没有数字）、not-available 原文未包含此表。后两种只有一行，行和列为空。'),
  col('unit', 'text', '金额单位。'),
  col('row', 'text', '行编号（有科目编码的用 c+编码）。'),
  col('code', 'text', '科目编码：功能分类 3 位为类、5 位为款、7 位为项；经济分类 3 位或 5 位。没有则空。'),
  col('label', 'text', '行名称（科目名称），照原文。'),
  col('group', 'text', '两栏式报表中这一行属于哪一栏（收入 / 支出）。'),
  col('row_parent', 'text', '没有编码的“其中”行所属的上级行编号。'),
  col('row_total', 'text', '合计、总计行为 yes。'),
  col('column', 'text', '列编号（在报表内唯一）。'),
  col('column_label', 'text', '列名称，照原文，如 本年支出合计、基本支出。'),
  col('value', 'figure', '单元格中的数字，照原文（空白为空）。'),
  col('source_lines', 'text', '这一行的原文行号范围。'),
  col('url', 'text', '该文件在明账上的网页地址。'),
] as const;
type FinalAccountsKey = (typeof finalAccountsColumns)[number]['key'];

export function finalAccountsRows(docs: readonly DisclosureDocument[], ctx: ExportContext): CsvRow<FinalAccountsKey>[] {
  return docs.flatMap((doc) => {
    if (doc.kind !== 'final-accounts') return [];
    const href = ctx.url(documentPath(doc));
    return doc.finalAccounts.tables.flatMap((t) => {
      const table = { ...documentCells(doc, ctx), table: t.id, table_number: t.number, table_name: t.name, table_status: t.status, unit: t.unit, url: href };
      const empty = { row: '', code: '', label: '', group: '', row_parent: '', row_total: '', column: '', column_label: '', value: '' };
      if (t.rows.length === 0 || t.columns.length === 0) return [{ ...table, ...empty, source_lines: lines(t.source.lines) }];
      return t.rows.flatMap((r) =>
        t.columns.map((c, i) => ({
          ...table,
          row: r.id,
          code: r.code ?? '',
          label: r.label,
          group: r.group ?? '',
          row_parent: r.parent ?? '',
          row_total: r.total ? 'yes' : '',
          column: c.id,
          column_label: c.label,
          value: r.values[i] ?? '',
          source_lines: lines(r.source.lines),
        })),
      );
    });
  });
}

// ---------------------------------------------------------------- findings

export const findingColumns = [
  ...documentColumns,
  col('finding', 'text', '发现的编号（由规则和位置组成，数据不变时不变）。'),
  col('rule', 'text', '核对规则代号，如 parts-total（分项之和与合计不符）、stated-rate（公布的比率与计算不符）、full-score-missed（未达成却给满分）。'),
  col('severity', 'text', '程度：high、medium、low。'),
  col('severity_label', 'text', '程度的中文：重要、值得注意、提示。'),
  col('title', 'text', '一句话说明。'),
  col('detail', 'text', '详细说明，含两边的数字。'),
  col('item', 'text', '涉及的项目、报表或报告的编号。'),
  col('sub_item', 'text', '涉及的行、指标、资金行或数字的编号。'),
  col('figures', 'text', '两边的数字：名称 数字，“（计算）”表示明账算出的数；多个用“；”隔开。'),
  col('source_lines', 'text', '原文行号范围。'),
  col('url', 'text', '该文件在明账上的网页地址。'),
] as const;
type FindingKey = (typeof findingColumns)[number]['key'];

export function findingRows(findings: readonly Finding[], docById: ReadonlyMap<string, DisclosureDocument>, ctx: ExportContext): CsvRow<FindingKey>[] {
  return findings.flatMap((f) => {
    const doc = docById.get(f.location.document);
    if (!doc) return [];
    return [
      {
        ...documentCells(doc, ctx),
        finding: f.id,
        rule: f.rule,
        severity: f.severity,
        severity_label: severityLabels[f.severity],
        title: f.title,
        detail: f.detail,
        item: f.location.item ?? '',
        sub_item: f.location.sub ?? '',
        figures: f.figures.map((x) => `${x.label} ${x.text}${x.computed ? '（计算）' : ''}`).join('；'),
        source_lines: f.location.lines ? lines(f.location.lines) : '',
        url: ctx.url(documentPath(doc)),
      },
    ];
  });
}

/**
 * The four tables for a selection of documents. Findings are audited over `all` documents
 * (some rules compare documents) and kept for the selected ones.
 */
export function exportTables(
  selected: readonly DisclosureDocument[],
  all: readonly DisclosureDocument[] | ReadonlyMap<string, DisclosureDocument>,
  ctx: ExportContext,
  findings: readonly Finding[] = auditDataset(Array.isArray(all) ? all : [...all.values()]),
): ExportTable[] {
  const ids = new Set(selected.map((d) => d.id));
  // A site-wide build passes its id index, so a scope costs what its own documents cost.
  const docById: ReadonlyMap<string, DisclosureDocument> = Array.isArray(all) ? new Map(all.map((d) => [d.id, d])) : (all as ReadonlyMap<string, DisclosureDocument>);
  return [
    { name: 'projects', rowIs: '一个项目（或转移支付、部门整体评价）的一行资金', columns: projectColumns, rows: projectRows(selected, ctx) },
    { name: 'indicators', rowIs: '一个三级绩效指标', columns: indicatorColumns, rows: indicatorRows(selected, ctx) },
    { name: 'final-accounts', rowIs: '部门决算报表的一个单元格（一行 × 一列）', columns: finalAccountsColumns, rows: finalAccountsRows(selected, ctx) },
    { name: 'findings', rowIs: '明账核对发现的一处数字不一致', columns: findingColumns, rows: findingRows(findings.filter((f) => ids.has(f.location.document)), docById, ctx) },
  ];
}
