/**
 * A synthetic department final accounts (部门决算): the cover and 部门概况, tables 公开01–09
 * printed line by line into the agency-year's source text, then the explanatory text
 * (accounts-text.ts). Shapes follow 004 (宁德 2024): the same tables, columns, row kinds and
 * column sums; values come from the agency-year's accounts model.
 */
import type { DocumentOf } from '../../src/schemas/document';
import type { FinalAccountsTable, TableRow } from '../../src/schemas/final-accounts';
import { type AccountsModel, accountsModel } from './accounts-model';
import { explanatoryText } from './accounts-text';
import { type Cents, money, sum } from './amounts';
import { CHINESE_ORDINALS, ECONOMIC_CLASSES, FUNCTION_CLASSES, FUNCTION_LABELS } from './classifications';
import { type AgencyYear, inject } from './context';
import { at } from './source-text';

type RowSpec = Omit<TableRow, 'source'>;

interface TableSpec {
  id: string;
  number: string;
  name: string;
  standard: number;
  classification: FinalAccountsTable['classification'];
  columns: [string, string][];
  rows: RowSpec[];
  columnSums?: FinalAccountsTable['columnSums'];
  footnotes: string[];
  emptyStatement?: string;
}

/** Prints a table (heading, header, one line per row, footnotes) and returns it with provenance. */
function printTable(ctx: AgencyYear, heading: string, spec: TableSpec): FinalAccountsTable {
  const t = ctx.text;
  const rows: TableRow[] = [];
  const lines = t.span(() => {
    t.line(heading);
    t.blank();
    t.line(spec.name);
    t.line(spec.number);
    t.line('单位：万元');
    t.line(`编制单位：${ctx.agency.name}`);
    t.line(...(spec.classification === 'none' ? ['项目'] : ['科目编码', '科目名称']), ...spec.columns.map(([, label]) => label));
    for (const r of spec.rows) {
      const n = r.code ? t.line(r.code, r.label, ...r.values) : t.line(r.label, ...r.values);
      rows.push({ ...r, source: at(n) });
    }
    t.blank();
    spec.footnotes.forEach((f) => t.line(f));
  });
  return {
    id: spec.id,
    source: { lines },
    number: spec.number,
    name: spec.name,
    standard: spec.standard,
    status: spec.emptyStatement ? 'published-empty' : 'published',
    ...(spec.emptyStatement ? { emptyStatement: spec.emptyStatement } : {}),
    unit: '万元',
    classification: spec.classification,
    columns: spec.columns.map(([id, label]) => ({ id, label })),
    rows,
    ...(spec.columnSums ? { columnSums: spec.columnSums } : {}),
    footnotes: spec.footnotes,
  };
}

/** Rows by function classification: 类, 款 and 项 in code order, each the sum of the items under it. */
function functionRows(m: AccountsModel, values: (codes: string[]) => Cents[], fmt: (c: Cents) => string): RowSpec[] {
  const codes = m.items.map((s) => s.item.code);
  const prefixes = [...new Set(codes.flatMap((c) => [c.slice(0, 3), c.slice(0, 5), c]))].sort();
  return prefixes.map((code) => {
    const under = codes.filter((c) => c.startsWith(code));
    const label = code.length === 7 ? m.items.find((s) => s.item.code === code)!.item.label : FUNCTION_LABELS[code]!;
    return { id: `c${code}`, code, label, values: values(under).map(fmt) };
  });
}

export function finalAccounts(ctx: AgencyYear): DocumentOf<'final-accounts'> {
  const { agency, year, text: t, rng } = ctx;
  const m = accountsModel(ctx.seed, agency, year, rng);
  const fmt = (c: Cents) => money(c, ctx.grouped);
  const zero = fmt(0);
  const item = (code: string) => m.items.find((s) => s.item.code === code)!;
  const pick = (codes: string[], f: (s: AccountsModel['items'][number]) => Cents) => sum(codes.map((c) => f(item(c))));
  const title = `${year} 年度${agency.name}部门决算`;

  const first = t.line(title);
  t.blank();
  t.line('目录');
  for (const part of ['第一部分 部门概况', `第二部分 ${year} 年度部门决算表`, `第三部分 ${year} 年度部门决算情况说明`, '第四部分 名词解释', '第五部分 附件']) t.line(part);
  t.blank();
  t.line('第一部分 部门概况');
  const dutiesHeading = t.line('一、部门主要职责');
  const duties = `${agency.name}的主要职责是：贯彻执行国家有关医疗保险、生育保险、医疗救助等医疗保障法律法规和政策规定，拟订本地区医疗保障政策、规划和标准并组织实施；负责医疗保障基金监督管理，依法查处医疗保障领域违法违规行为；组织实施药品、医用耗材价格和医疗服务项目收费政策，推进药品、医用耗材集中带量采购；负责医疗保障经办管理和公共服务体系建设。`;
  const dutiesLine = t.line(duties);
  const unitsHeading = t.line('二、部门决算单位基本情况');
  const offices = rng.int(3, agency.level === 'county' ? 6 : 12);
  const unitNames = [`${agency.name}本级`, ...(rng.chance(0.7) ? [`${agency.name.replace(/局$/, '')}事务中心`] : []), ...(agency.level !== 'county' && rng.chance(0.5) ? [`${agency.name.replace(/医疗保障局$/, '')}医疗保障基金稽核中心`] : [])];
  const unitsSentence = `从决算单位构成看，${agency.name}部门包括 ${offices} 个机关行政处（科、股）室及 ${unitNames.length - 1} 个下属单位，其中：列入 ${year} 年部门决算编制范围的单位详细情况见下表：`;
  const unitsLine = t.line(unitsSentence);
  t.line('单位名称', '单位性质', '在职人数');
  const units = unitNames.map((name, i) => {
    const kind = i === 0 ? '行政单位' : '公益一类事业单位';
    const staff = rng.int(agency.level === 'county' ? 5 : 15, agency.level === 'county' ? 40 : 160);
    const n = t.line(name, kind, String(staff));
    return { id: `u0${i + 1}`, source: at(n), name, kind, staff, line: `${name}\t${kind}\t${staff}` };
  });

  t.blank();
  t.line(`第二部分 ${year} 年度部门决算表`);
  const classes = FUNCTION_CLASSES.map((c) => (c.code ? pick(m.items.filter((s) => s.item.code.startsWith(c.code!)).map((s) => s.item.code), (s) => s.basic + s.project) : 0));
  const fiscalClasses = FUNCTION_CLASSES.map((c) => (c.code ? pick(m.items.filter((s) => s.item.code.startsWith(c.code!)).map((s) => s.item.code), (s) => s.basic + s.project - s.otherFunded) : 0));
  const opening = m.openingFiscal + m.openingOther;
  const closing = m.closingFiscal + m.closingOther;
  const t01 = printTable(ctx, '一、收入支出决算总表', {
    id: 't01', number: '公开01表', name: '收入支出决算总表', standard: 1, classification: 'none', columns: [['actual', '决算数']],
    rows: [
      ...['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((label, i) => ({
        id: `r0${i + 1}`, label: `${CHINESE_ORDINALS[i]}、${label}`, group: '收入', parent: 'r09', values: [i === 0 ? fmt(m.fiscalIncome) : i === 7 ? fmt(m.otherIncome) : zero],
      })),
      { id: 'r09', label: '本年收入合计', group: '收入', parent: 'r12', total: true, values: [fmt(m.income)] },
      { id: 'r10', label: '使用非财政拨款结余（含专用结余）', group: '收入', parent: 'r12', values: [zero] },
      { id: 'r11', label: '年初结转和结余', group: '收入', parent: 'r12', values: [fmt(opening)] },
      { id: 'r12', label: '总计', group: '收入', total: true, values: [fmt(m.income + opening)] },
      ...FUNCTION_CLASSES.map((c, i) => ({ id: `r${13 + i}`, label: `${CHINESE_ORDINALS[i]}、${c.label}`, group: '支出', parent: 'r39', values: [fmt(classes[i]!)] })),
      { id: 'r39', label: '本年支出合计', group: '支出', parent: 'r42', total: true, values: [fmt(m.expenditure)] },
      { id: 'r40', label: '结余分配', group: '支出', parent: 'r42', values: [zero] },
      { id: 'r41', label: '年末结转和结余', group: '支出', parent: 'r42', values: [fmt(closing)] },
      { id: 'r42', label: '总计', group: '支出', total: true, values: [fmt(m.expenditure + closing)] },
    ],
    footnotes: ['注：1. 本表反映部门本年度的总收支和年末结转结余情况。', '2. 本套报表金额单位转换时可能存在尾数误差。'],
  });

  const t02 = printTable(ctx, '二、收入决算表', {
    id: 't02', number: '公开02表', name: '收入决算表', standard: 2, classification: 'function',
    columns: [['total', '本年收入合计'], ['fiscal', '财政拨款收入'], ['superior', '上级补助收入'], ['business', '事业收入'], ['operating', '经营收入'], ['affiliated', '附属单位上缴收入'], ['other', '其他收入']],
    columnSums: [{ total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] }],
    rows: [
      { id: 'r01', label: '合计', total: true, values: [m.income, m.fiscalIncome, 0, 0, 0, 0, m.otherIncome].map(fmt) },
      ...functionRows(m, (codes) => { const f = pick(codes, (s) => s.fiscalIncome); const o = pick(codes, (s) => s.otherIncome); return [f + o, f, 0, 0, 0, 0, o]; }, fmt),
    ],
    footnotes: ['注：本表反映部门本年度取得的各项收入情况。'],
  });

  const spending = functionRows(m, (codes) => { const b = pick(codes, (s) => s.basic); const p = pick(codes, (s) => s.project); return [b + p, b, p, 0, 0, 0]; }, fmt);
  if (inject(ctx, 'table-sum', 0.06)) {
    // A 项 row whose total is mistyped: it no longer equals 基本 + 项目, nor adds up into its 款.
    const leaf = rng.pick(spending.filter((r) => r.code!.length === 7));
    const original = leaf.values[0]!.replaceAll(',', '');
    leaf.values[0] = fmt(Math.round(Number(original) * 100) + (rng.chance(0.5) ? 1 : -1) * rng.int(100, 9_900));
  }
  const t03 = printTable(ctx, '三、支出决算表', {
    id: 't03', number: '公开03表', name: '支出决算表', standard: 3, classification: 'function',
    columns: [['total', '本年支出合计'], ['basic', '基本支出'], ['project', '项目支出'], ['remit', '上缴上级支出'], ['operating', '经营支出'], ['subsidy', '对附属单位补助支出']],
    columnSums: [{ total: 'total', parts: ['basic', 'project', 'remit', 'operating', 'subsidy'] }],
    rows: [{ id: 'r01', label: '合计', total: true, values: [m.expenditure, m.basic, m.project, 0, 0, 0].map(fmt) }, ...spending],
    footnotes: ['注：本表反映部门本年度各项支出情况。'],
  });

  const fiscalSpending = m.expenditure - sum(m.items.map((s) => s.otherFunded));
  const t04 = printTable(ctx, '四、财政拨款收入支出决算总表', {
    id: 't04', number: '公开04表', name: '财政拨款收入支出决算总表', standard: 4, classification: 'none',
    columns: [['amount', '金额'], ['total', '合计'], ['general', '一般公共预算财政拨款'], ['fund', '政府性基金预算财政拨款'], ['soe', '国有资本经营预算财政拨款']],
    columnSums: [{ total: 'total', parts: ['general', 'fund', 'soe'] }],
    rows: [
      { id: 'r01', label: '一、一般公共预算财政拨款', group: '收入', parent: 'r04', values: [fmt(m.fiscalIncome), '', '', '', ''] },
      { id: 'r02', label: '二、政府性基金预算财政拨款', group: '收入', parent: 'r04', values: [zero, '', '', '', ''] },
      { id: 'r03', label: '三、国有资本经营预算财政拨款', group: '收入', parent: 'r04', values: [zero, '', '', '', ''] },
      { id: 'r04', label: '本年收入合计', group: '收入', parent: 'r09', total: true, values: [fmt(m.fiscalIncome), '', '', '', ''] },
      { id: 'r05', label: '年初财政拨款结转和结余', group: '收入', parent: 'r09', values: [fmt(m.openingFiscal), '', '', '', ''] },
      { id: 'r06', label: '一、一般公共预算财政拨款', group: '收入', parent: 'r05', values: [fmt(m.openingFiscal), '', '', '', ''] },
      { id: 'r07', label: '二、政府性基金预算财政拨款', group: '收入', parent: 'r05', values: [zero, '', '', '', ''] },
      { id: 'r08', label: '三、国有资本经营预算财政拨款', group: '收入', parent: 'r05', values: [zero, '', '', '', ''] },
      { id: 'r09', label: '总计', group: '收入', total: true, values: [fmt(m.fiscalIncome + m.openingFiscal), '', '', '', ''] },
      ...FUNCTION_CLASSES.map((c, i) => ({ id: `r${10 + i}`, label: `${CHINESE_ORDINALS[i]}、${c.label}`, group: '支出', parent: 'r36', values: ['', fmt(fiscalClasses[i]!), fmt(fiscalClasses[i]!), zero, zero] })),
      { id: 'r36', label: '本年支出合计', group: '支出', parent: 'r38', total: true, values: ['', fmt(fiscalSpending), fmt(fiscalSpending), zero, zero] },
      { id: 'r37', label: '年末财政拨款结转和结余', group: '支出', parent: 'r38', values: ['', fmt(m.closingFiscal), fmt(m.closingFiscal), zero, zero] },
      { id: 'r38', label: '总计', group: '支出', total: true, values: ['', fmt(fiscalSpending + m.closingFiscal), fmt(fiscalSpending + m.closingFiscal), zero, zero] },
    ],
    footnotes: ['注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。'],
  });

  const t05 = printTable(ctx, '五、一般公共预算财政拨款支出决算表', {
    id: 't05', number: '公开05表', name: '一般公共预算财政拨款支出决算表', standard: 5, classification: 'function',
    columns: [['subtotal', '小计'], ['basic', '基本支出'], ['project', '项目支出']],
    columnSums: [{ total: 'subtotal', parts: ['basic', 'project'] }],
    rows: [
      { id: 'r01', label: '合计', total: true, values: [fiscalSpending, m.basic, fiscalSpending - m.basic].map(fmt) },
      ...functionRows(m, (codes) => { const b = pick(codes, (s) => s.basic); const p = pick(codes, (s) => s.project - s.otherFunded); return [b + p, b, p]; }, fmt),
    ],
    footnotes: ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
  });

  const eco = (code: string) => fmt(m.economic.get(code) ?? 0);
  const t06 = printTable(ctx, '六、一般公共预算财政拨款基本支出决算表', {
    id: 't06', number: '公开06表', name: '一般公共预算财政拨款基本支出决算表', standard: 6, classification: 'economic', columns: [['amount', '决算数']],
    rows: [
      ...ECONOMIC_CLASSES.flatMap((c) => [{ id: `c${c.code}`, code: c.code, label: c.label, values: [eco(c.code)] }, ...c.items.map(([code, label]) => ({ id: `c${code}`, code, label, values: [eco(code)] }))]),
      { id: 'r01', label: '人员经费合计', total: true, values: [fmt(m.personnel)] },
      { id: 'r02', label: '公用经费合计', total: true, values: [fmt(m.operating)] },
    ],
    footnotes: ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  });

  const tp = m.threePublic;
  const t07 = printTable(ctx, '七、一般公共预算财政拨款“三公”经费支出决算表', {
    id: 't07', number: '公开07表', name: '一般公共预算财政拨款“三公”经费支出决算表', standard: 7, classification: 'none', columns: [['line', '行次'], ['actual', '决算数']],
    rows: [
      { id: 'r01', label: '合计', total: true, values: ['1', fmt(tp.total)] },
      { id: 'r02', label: '1. 因公出国（境）费', parent: 'r01', values: ['2', fmt(tp.overseas)] },
      { id: 'r03', label: '2. 公务用车购置及运行维护费', parent: 'r01', values: ['3', fmt(tp.carPurchase + tp.carRunning)] },
      { id: 'r04', label: '其中：（1）公务用车购置费', parent: 'r03', values: ['4', fmt(tp.carPurchase)] },
      { id: 'r05', label: '（2）公务用车运行维护费', parent: 'r03', values: ['5', fmt(tp.carRunning)] },
      { id: 'r06', label: '3. 公务接待费', parent: 'r01', values: ['6', fmt(tp.reception)] },
    ],
    footnotes: ['注：1. 本表反映部门本年度“三公”经费支出决算情况，包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。'],
  });

  const noFund = `本部门 ${year} 年度没有使用政府性基金预算财政拨款安排的收支`;
  const t08 = printTable(ctx, '八、政府性基金预算财政拨款收入支出决算表', {
    id: 't08', number: '公开08表', name: '政府性基金预算财政拨款收入支出决算表', standard: 8, classification: 'function', emptyStatement: noFund,
    columns: [['opening', '年初结转和结余'], ['income', '本年收入'], ['subtotal', '小计'], ['basic', '基本支出'], ['project', '项目支出'], ['closing', '年末结转和结余']],
    columnSums: [{ total: 'subtotal', parts: ['basic', 'project'] }],
    rows: [{ id: 'r01', label: '合计', total: true, values: Array(6).fill('0.00') }],
    footnotes: ['注：1. 本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。', `2. ${noFund}`],
  });
  const noSoe = `本部门 ${year} 年度没有使用国有资本经营预算财政拨款安排的支出`;
  const t09 = printTable(ctx, '九、国有资本经营预算财政拨款支出决算表', {
    id: 't09', number: '公开09表', name: '国有资本经营预算财政拨款支出决算表', standard: 9, classification: 'function', emptyStatement: noSoe,
    columns: [['total', '合计'], ['basic', '基本支出'], ['project', '项目支出']],
    columnSums: [{ total: 'total', parts: ['basic', 'project'] }],
    rows: [{ id: 'r01', label: '合计', total: true, values: Array(3).fill('0.00') }],
    footnotes: ['注：1. 本表反映部门本年度国有资本经营预算财政拨款支出情况。', `2. ${noSoe}`],
  });

  t.blank();
  const explained = explanatoryText(ctx, m, fiscalSpending);
  const unitFigures = [
    { id: 'units-offices', source: at(unitsLine), topic: 'units' as const, label: '机关行政处（科、股）室', value: String(offices), unit: '个', basis: 'count' as const, quote: unitsSentence },
    { id: 'units-subordinate', source: at(unitsLine), topic: 'units' as const, label: '下属单位', value: String(unitNames.length - 1), unit: '个', basis: 'count' as const, quote: unitsSentence },
    ...units.map((u, i) => ({ id: `staff-u0${i + 1}`, source: u.source, topic: 'staff' as const, label: `${u.name} 在职人数`, value: String(u.staff), unit: '人', basis: 'count' as const, quote: u.line })),
  ];
  const last = t.lineCount;
  return {
    id: ctx.archive,
    kind: 'final-accounts',
    agency: agency.slug,
    fiscalYear: year,
    title,
    published: { notStated: true, collectedOn: ctx.collectedOn },
    archive: ctx.archive,
    source: { lines: [first, last] },
    summary: `${agency.name} ${year} 年度部门决算（合成测试数据，不是真实公开文件）：本年收入合计 ${money(m.income, true)} 万元，本年支出合计 ${money(m.expenditure, true)} 万元，其中基本支出 ${money(m.basic, true)} 万元、项目支出 ${money(m.project, true)} 万元。`,
    finalAccounts: {
      tables: [t01, t02, t03, t04, t05, t06, t07, t08, t09],
      figures: [...unitFigures, ...explained.figures],
      yearOverYear: explained.yearOverYear,
      sections: [
        { id: 'duties', source: at(dutiesHeading, dutiesLine), heading: '一、部门主要职责', body: duties },
        { id: 'units', source: at(unitsHeading, unitsLine), heading: '二、部门决算单位基本情况', body: unitsSentence },
      ],
      units: units.map(({ id, source, name, kind }) => ({ id, source, name, kind })),
    },
  };
}
