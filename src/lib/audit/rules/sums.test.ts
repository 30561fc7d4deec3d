import { describe, expect, it } from 'vitest';
import {
  codeRow,
  departmentEvaluationDoc,
  figure,
  finalAccountsDoc,
  findingsOf,
  funding,
  line,
  projectEvaluation,
  projectEvaluationsDoc,
  projectTarget,
  projectTargetsDoc,
  publishedTexts,
  row,
  table,
  task,
} from '../../../../test/fixtures/audit/build';

const evaluation = (lines: Parameters<typeof funding>[0]) => projectEvaluationsDoc('fx-evals', [projectEvaluation('fx-p01', { funding: funding(lines) })]);

describe('funding lines and their parts', () => {
  it('does not report parts that differ from the total only by rounding (712.77 against 712.76, five parts at two decimals)', () => {
    const doc = evaluation([
      line('total', 'total', { yearStartBudget: '712.76' }),
      ...['145.01', '0.00', '309.33', '258.43', '0.00'].map((v, i) => line(`part${i}`, 'current-appropriation', { parent: 'total', yearStartBudget: v })),
    ]);
    expect(findingsOf([doc], 'parts-total')).toEqual([]);
  });

  it('reports parts beyond rounding, with the total, every part and the computed sum (001: 8.53 against 7.821491)', () => {
    const doc = projectTargetsDoc('fx-targets', [
      projectTarget('fx-p05', {
        name: '上年结转资金',
        funding: funding([
          line('carry-over', 'prior-year-carry-over', { label: '结余结转资金', amount: '7.821491' }),
          line('tax', 'prior-year-carry-over', { parent: 'carry-over', amount: '0.82' }),
          line('dues', 'prior-year-carry-over', { parent: 'carry-over', amount: '1.88' }),
          line('interest', 'prior-year-carry-over', { parent: 'carry-over', amount: '0.82' }),
          line('social', 'prior-year-carry-over', { parent: 'carry-over', amount: '5.01' }),
        ]),
      }),
    ]);
    const [finding, ...rest] = findingsOf([doc], 'parts-total');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'parts-total:fx-targets:fx-p05:carry-over:amount', severity: 'high', location: { sub: 'carry-over', path: ['projects', 0, 'funding', 'lines', 0] } });
    expect(finding!.figures.map((f) => f.text)).toEqual(['7.821491', '0.82', '1.88', '0.82', '5.01', '8.53']);
    expect(finding!.figures.at(-1)).toMatchObject({ computed: true });
  });

  it('does not treat 年度资金总额 as a part of a multi-year 项目总额, but checks its own parts', () => {
    const lines = (transferDown: string) =>
      funding([
        line('total', 'total', { label: '项目总额', amount: '65000' }),
        line('annual-total', 'annual-total', { parent: 'total', amount: '55646' }),
        line('own-level', 'own-level', { parent: 'annual-total', amount: '0' }),
        line('transfer-down', 'transfer-down', { parent: 'annual-total', amount: transferDown }),
      ]);
    expect(findingsOf([projectTargetsDoc('fx-targets', [projectTarget('fx-p02', { funding: lines('55646') })])])).toEqual([]);
    expect(findingsOf([projectTargetsDoc('fx-targets', [projectTarget('fx-p02', { funding: lines('55000') })])], 'parts-total').map((f) => f.location.sub)).toEqual(['annual-total']);
  });

  it('reads a blank part as nothing when other parts carry figures, and skips a column no part fills', () => {
    const doc = evaluation([
      line('total', 'total', { adjustedBudget: '330399.22', executed: '330399.22' }),
      line('central', 'central', { parent: 'total', adjustedBudget: '256442', executed: '' }),
      line('local', 'local', { parent: 'total', adjustedBudget: '73957.22', executed: '' }),
      line('other', 'other', { parent: 'total', adjustedBudget: '', executed: '' }),
    ]);
    expect(findingsOf([doc])).toEqual([]);
  });
});

describe('final-accounts tables', () => {
  const columns: [string, string][] = [
    ['total', '本年支出合计'],
    ['basic', '基本支出'],
    ['project', '项目支出'],
  ];
  const functionTable = (rows2101502: string[], columnSums = true) =>
    table(
      't03',
      columns,
      [
        row('r01', '合计', ['871.93', '714.44', '157.49'], { total: true }),
        codeRow('208', '社会保障和就业支出', ['100.00', '100.00', '0.00']),
        codeRow('210', '卫生健康支出', ['771.93', '614.44', '157.49']),
        codeRow('21015', '医疗保障管理事务', ['771.93', '614.44', '157.49']),
        codeRow('2101501', '行政运行', ['614.44', '614.44', '0.00']),
        codeRow('2101502', '一般行政管理事务', rows2101502),
      ],
      columnSums ? { columnSums: [{ total: 'total', parts: ['basic', 'project'] }] } : {},
    );

  it('does not report a table whose codes, total row and columns add up', () => {
    expect(findingsOf([finalAccountsDoc('fx-accounts', { tables: [functionTable(['157.49', '0.00', '157.49'])] })])).toEqual([]);
  });

  it('adds up a code’s children (2101501 + 2101502 against 21015), column by column', () => {
    const findings = findingsOf([finalAccountsDoc('fx-accounts', { tables: [functionTable(['167.49', '0.00', '167.49'], false)] })], 'parts-total');
    expect(findings.map((f) => f.id).sort()).toEqual(['parts-total:fx-accounts:t03:c21015:project', 'parts-total:fx-accounts:t03:c21015:total']);
    const total = findings.find((f) => f.id.endsWith(':total'))!;
    expect(publishedTexts(total)).toEqual(['771.93', '614.44', '167.49']);
    expect(total.figures.map((f) => f.location?.sub)).toEqual(['c21015', 'c2101501', 'c2101502', undefined]);
  });

  it('adds up the top-level codes to the one total row', () => {
    const doc = finalAccountsDoc('fx-accounts', {
      tables: [table('t03', columns.slice(0, 1), [row('r01', '合计', ['880.00'], { total: true }), codeRow('208', '社会保障和就业支出', ['100.00']), codeRow('210', '卫生健康支出', ['771.93'])])],
    });
    expect(findingsOf([doc], 'parts-total').map((f) => f.id)).toEqual(['parts-total:fx-accounts:t03:r01:total']);
  });

  it('does not guess which total the top-level codes add up to when there are two total rows', () => {
    const doc = finalAccountsDoc('fx-accounts', {
      tables: [
        table(
          't06',
          [['amount', '金额']],
          [
            codeRow('301', '工资福利支出', ['4,655.59']),
            codeRow('302', '商品和服务支出', ['312.21']),
            codeRow('303', '对个人和家庭的补助', ['845.37']),
            row('r01', '人员经费合计', ['5,500.96'], { total: true }),
            row('r02', '公用经费合计', ['312.21'], { total: true }),
          ],
          { number: '公开06表', standard: 6, classification: 'economic' },
        ),
      ],
    });
    expect(findingsOf([doc])).toEqual([]);
  });

  it('adds up rows that name their parent (其中 lines without codes)', () => {
    const doc = (reception: string) =>
      finalAccountsDoc('fx-accounts', {
        tables: [
          table(
            't07',
            [['actual', '决算数']],
            [row('r01', '合计', ['13.45'], { total: true }), row('r02', '因公出国（境）费', ['0.00'], { parent: 'r01' }), row('r06', '公务接待费', [reception], { parent: 'r01' })],
            { classification: 'none' },
          ),
        ],
      });
    expect(findingsOf([doc('13.45')])).toEqual([]);
    expect(findingsOf([doc('3.45')], 'parts-total').map((f) => f.location.sub)).toEqual(['r01']);
  });

  it('checks every row against the column sums the table declares', () => {
    const findings = findingsOf([finalAccountsDoc('fx-accounts', { tables: [functionTable(['157.49', '1.00', '157.49'])] })], 'column-sum');
    expect(findings.map((f) => f.id)).toEqual(['column-sum:fx-accounts:t03:c2101502:cols-total']);
    expect(publishedTexts(findings[0]!)).toEqual(['157.49', '1.00', '157.49']);
  });

  it('skips a 行次 column: line numbers are not amounts', () => {
    const doc = finalAccountsDoc('fx-accounts', {
      tables: [
        table(
          't07',
          [
            ['line', '行次'],
            ['actual', '决算数'],
          ],
          [row('r01', '合计', ['1', '13.45'], { total: true }), row('r02', '因公出国（境）费', ['2', '0.00'], { parent: 'r01' }), row('r06', '公务接待费', ['6', '13.45'], { parent: 'r01' })],
          { classification: 'none' },
        ),
      ],
    });
    expect(findingsOf([doc])).toEqual([]);
  });

  it('does not check a table published empty', () => {
    const doc = finalAccountsDoc('fx-accounts', {
      tables: [table('t08', columns, [row('r01', '合计', ['0.00', '0.00', '0.00'], { total: true }), codeRow('208', '社会保障和就业支出', ['0.00', '', ''])], { status: 'published-empty' })],
    });
    expect(findingsOf([doc])).toEqual([]);
  });
});

describe('figures stated in text', () => {
  const parts = (total: string) => [
    figure('plan-policy', '医疗保障政策管理', total, { topic: 'funding', basis: 'budget' }),
    ...[
      ['training', '52.28'],
      ['inspection', '44.47'],
      ['remote', '31.82'],
      ['third-party', '47.73'],
    ].map(([id, v]) => figure(id!, id!, v!, { topic: 'funding', parent: 'plan-policy', basis: 'budget' })),
  ];

  it('reports named parts that do not add up to their figure (000: 156.42 stated, parts add to 176.3)', () => {
    const doc = projectEvaluationsDoc('fx-evals', [projectEvaluation('fx-p01', { funding: funding([line('total', 'total')]), figures: parts('156.42') })]);
    const [finding] = findingsOf([doc], 'parts-total');
    expect(finding).toMatchObject({ id: 'parts-total:fx-evals:fx-p01:plan-policy:figures', severity: 'high' });
    expect(finding!.figures.map((f) => f.text)).toEqual(['156.42', '52.28', '44.47', '31.82', '47.73', '176.3']);
  });

  it('does not report parts that add up', () => {
    expect(findingsOf([finalAccountsDoc('fx-accounts', { figures: parts('176.3') })])).toEqual([]);
  });

  it('does not add up shares, parts in another unit, or a single 其中 part', () => {
    const doc = finalAccountsDoc('fx-accounts', {
      figures: [
        figure('expenditure', '本年支出合计', '871.93'),
        figure('basic', '基本支出', '714.44', { parent: 'expenditure', basis: 'share' }),
        figure('project', '项目支出', '157.49', { parent: 'expenditure', basis: 'share' }),
        figure('staff', '人数', '42', { unit: '人', parent: 'expenditure' }),
        figure('budget', '累计安排资金', '136'),
        figure('central', '其中：中央财政资金', '100', { parent: 'budget' }),
      ],
    });
    expect(findingsOf([doc])).toEqual([]);
  });
});

describe('department tasks', () => {
  const doc = (task5: string) =>
    departmentEvaluationDoc('fx-dept', {
      funding: funding([line('total', 'total', { adjustedBudget: '871.93', executed: '871.93' })]),
      tasksTotalLine: 'total',
      tasks: [task('t1', '任务 1', { budget: '634.03', executed: '634.03' }), task('t5', '任务 5', { budget: task5, executed: '237.9' })],
    });

  it('does not report tasks that add up to the line they name', () => {
    expect(findingsOf([doc('237.9')])).toEqual([]);
  });

  it('reports tasks whose budgets do not add up to that line', () => {
    const [finding, ...rest] = findingsOf([doc('247.9')], 'parts-total');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'parts-total:fx-dept:evaluation:total:tasks-budget' });
    expect(publishedTexts(finding!)).toEqual(['871.93', '634.03', '247.9']);
  });
});
