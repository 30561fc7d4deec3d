/**
 * 第三部分 情况说明 and 第四部分 名词解释 of the synthetic final accounts: sentences that state
 * totals, their parts and shares, year-over-year changes, 三公经费 against budget, 机关运行经费,
 * 政府采购 and assets — each sentence on one line, transcribed as stated figures whose quote is
 * that line (like 004's text, figures and quotes are found in their provenance range).
 */
import type { StatedFigure, YearOverYear } from '../../src/schemas/stated-figure';
import type { AccountsModel } from './accounts-model';
import { type Cents, money, rate, split } from './amounts';
import { type AgencyYear, inject } from './context';
import { at } from './source-text';

const INCREASE_REASONS = ['人员调整及工资标准提高，人员经费相应增加', '医保信息化建设及经办服务项目支出增加', '上年结转项目本年执行'];
const DECREASE_REASONS = ['厉行节约，压减一般性支出', '部分项目已于上年完成，本年支出减少', '机构改革后部分支出调整至其他科目列支'];

export function explanatoryText(ctx: AgencyYear, m: AccountsModel, fiscalSpending: Cents): { figures: StatedFigure[]; yearOverYear: YearOverYear[] } {
  const { text: t, year, rng } = ctx;
  const figures: StatedFigure[] = [];
  const yearOverYear: YearOverYear[] = [];
  const f = (fig: Omit<StatedFigure, 'unit'> & { unit?: string }) => figures.push({ unit: '万元', ...fig });

  /** One sentence with a year-over-year change: 比上年决算数增加 x 万元，增长 y%。主要原因是…… */
  const changeSentence = (id: string, label: string, current: Cents, previous: Cents): string => {
    const up = current >= previous;
    const change = Math.abs(current - previous);
    let changeRate = rate(change, previous);
    if (inject(ctx, 'year-over-year-rate', 0.04)) changeRate = (Number(changeRate.replace('.', '')) + rng.int(150, 900)).toString().replace(/(\d\d)$/, '.$1');
    const reason = rng.pick(up ? INCREASE_REASONS : DECREASE_REASONS);
    const sentence = `${year} 年度${label} ${money(current, true)} 万元，比上年决算数${up ? '增加' : '减少'} ${money(change, true)} 万元，${up ? '增长' : '下降'} ${changeRate}%。主要原因是${reason}。`;
    const n = t.line(sentence);
    yearOverYear.push({ id, source: at(n), label, current: money(current, true), change: money(change, true), direction: up ? '增加' : '减少', changeRate: `${changeRate}%`, unit: '万元', reason: `${reason}。`, quote: sentence });
    return sentence;
  };

  t.line(`第三部分 ${year} 年度部门决算情况说明`);
  t.line('一、收入决算情况说明');
  const incomeQuote = changeSentence('yoy-income', '本年收入合计', m.income, m.previous.income);
  f({ id: 'income', source: at(t.lineCount), topic: 'income', label: '本年收入合计', value: money(m.income, true), basis: 'actual', quote: incomeQuote });
  const incomeParts = `其中：一般公共预算财政拨款收入 ${money(m.fiscalIncome, true)} 万元，占 ${rate(m.fiscalIncome, m.income)}%；其他收入 ${money(m.otherIncome, true)} 万元，占 ${rate(m.otherIncome, m.income)}%。`;
  const ip = t.line(incomeParts);
  f({ id: 'income-general', source: at(ip), topic: 'income', label: '一般公共预算财政拨款收入', value: money(m.fiscalIncome, true), parent: 'income', basis: 'actual', rate: `${rate(m.fiscalIncome, m.income)}%`, rateOf: 'income', quote: incomeParts });
  f({ id: 'income-other', source: at(ip), topic: 'income', label: '其他收入', value: money(m.otherIncome, true), parent: 'income', basis: 'actual', rate: `${rate(m.otherIncome, m.income)}%`, rateOf: 'income', quote: incomeParts });

  t.line('二、支出决算情况说明');
  const spendQuote = changeSentence('yoy-expenditure', '本年支出合计', m.expenditure, m.previous.expenditure);
  f({ id: 'expenditure', source: at(t.lineCount), topic: 'expenditure', label: '本年支出合计', value: money(m.expenditure, true), basis: 'actual', quote: spendQuote });
  const spendParts = `其中：基本支出 ${money(m.basic, true)} 万元，占 ${rate(m.basic, m.expenditure)}%；项目支出 ${money(m.project, true)} 万元，占 ${rate(m.project, m.expenditure)}%。`;
  const sp = t.line(spendParts);
  f({ id: 'expenditure-basic', source: at(sp), topic: 'basic-expenditure', label: '基本支出', value: money(m.basic, true), parent: 'expenditure', basis: 'actual', rate: `${rate(m.basic, m.expenditure)}%`, rateOf: 'expenditure', quote: spendParts });
  f({ id: 'expenditure-project', source: at(sp), topic: 'project-expenditure', label: '项目支出', value: money(m.project, true), parent: 'expenditure', basis: 'actual', rate: `${rate(m.project, m.expenditure)}%`, rateOf: 'expenditure', quote: spendParts });
  const basicParts = `基本支出中，人员经费 ${money(m.personnel, true)} 万元，公用经费 ${money(m.operating, true)} 万元。`;
  const bp = t.line(basicParts);
  f({ id: 'basic-personnel', source: at(bp), topic: 'basic-expenditure', label: '人员经费', value: money(m.personnel, true), parent: 'expenditure-basic', basis: 'actual', quote: basicParts });
  f({ id: 'basic-public', source: at(bp), topic: 'basic-expenditure', label: '公用经费', value: money(m.operating, true), parent: 'expenditure-basic', basis: 'actual', quote: basicParts });

  t.line('三、一般公共预算财政拨款支出决算情况说明');
  const general = `${year} 年度一般公共预算财政拨款支出 ${money(fiscalSpending, true)} 万元，具体情况如下：`;
  const g = t.line(general);
  f({ id: 'general-budget-expenditure', source: at(g), topic: 'appropriation', label: '一般公共预算财政拨款支出', value: money(fiscalSpending, true), basis: 'actual', quote: general });
  m.items.forEach((s, i) => {
    const amount = s.basic + s.project - s.otherFunded;
    const sentence = `（${i + 1}）${s.item.code} ${s.item.label} ${money(amount, true)} 万元，占一般公共预算财政拨款支出的 ${rate(amount, fiscalSpending)}%。`;
    const n = t.line(sentence);
    f({ id: `item-${s.item.code}`, source: at(n), topic: 'function-item', label: `${s.item.code} ${s.item.label}`, value: money(amount, true), parent: 'general-budget-expenditure', basis: 'actual', rate: `${rate(amount, fiscalSpending)}%`, rateOf: 'general-budget-expenditure', quote: sentence });
  });

  t.line('四、“三公”经费支出决算情况说明');
  const tp = m.threePublic;
  const budgetSentence = `${year} 年度一般公共预算财政拨款“三公”经费全年预算数 ${money(tp.budget, true)} 万元。`;
  const b = t.line(budgetSentence);
  f({ id: 'three-public-budget', source: at(b), topic: 'three-public', label: '“三公”经费全年预算数', value: money(tp.budget, true), basis: 'budget', quote: budgetSentence });
  const total = `${year} 年度一般公共预算财政拨款“三公”经费支出 ${money(tp.total, true)} 万元，完成全年预算的 ${rate(tp.total, tp.budget)}%。`;
  const tl = t.line(total);
  f({ id: 'three-public', source: at(tl), topic: 'three-public', label: '“三公”经费支出', value: money(tp.total, true), basis: 'actual', rate: `${rate(tp.total, tp.budget)}%`, rateOf: 'three-public-budget', quote: total });
  for (const [id, label, amount, parent] of [
    ['three-public-overseas', '因公出国（境）费支出', tp.overseas, 'three-public'],
    ['three-public-vehicles', '公务用车购置及运行维护费支出', tp.carPurchase + tp.carRunning, 'three-public'],
    ['three-public-vehicle-purchase', '公务用车购置费支出', tp.carPurchase, 'three-public-vehicles'],
    ['three-public-vehicle-operation', '公务用车运行维护费支出', tp.carRunning, 'three-public-vehicles'],
    ['three-public-reception', '公务接待费支出', tp.reception, 'three-public'],
  ] as const) {
    const sentence = `${label} ${money(amount, true)} 万元。`;
    f({ id, source: at(t.line(sentence)), topic: 'three-public', label, value: money(amount, true), parent, basis: 'actual', quote: sentence });
  }
  const batches = rng.int(3, 60);
  const guests = batches * rng.int(3, 9);
  const reception = `${year} 年度国内公务接待 ${batches} 批次，${guests} 人次。`;
  const rl = t.line(reception);
  f({ id: 'reception-batches', source: at(rl), topic: 'reception', label: '国内公务接待批次', value: String(batches), unit: '批次', basis: 'count', quote: reception });
  f({ id: 'reception-guests', source: at(rl), topic: 'reception', label: '国内公务接待人次', value: String(guests), unit: '人次', basis: 'count', quote: reception });

  t.line('五、机关运行经费支出情况说明');
  const running = `${year} 年度机关运行经费支出 ${money(m.runningCosts, true)} 万元。`;
  f({ id: 'operating-costs', source: at(t.line(running)), topic: 'operating-costs', label: '机关运行经费支出', value: money(m.runningCosts, true), basis: 'actual', quote: running });

  t.line('六、政府采购支出情况说明');
  const procurement = Math.round(m.project * (0.05 + rng.next() * 0.3));
  const [goods, works, services] = split(rng, procurement, 3, [3, 0.3, 5]);
  const buy = `${year} 年度政府采购支出总额 ${money(procurement, true)} 万元，其中：政府采购货物支出 ${money(goods!, true)} 万元、政府采购工程支出 ${money(works!, true)} 万元、政府采购服务支出 ${money(services!, true)} 万元。`;
  const pl = t.line(buy);
  f({ id: 'procurement', source: at(pl), topic: 'procurement', label: '政府采购支出总额', value: money(procurement, true), basis: 'actual', quote: buy });
  for (const [id, label, v] of [['procurement-goods', '政府采购货物支出', goods!], ['procurement-works', '政府采购工程支出', works!], ['procurement-services', '政府采购服务支出', services!]] as const) {
    f({ id, source: at(pl), topic: 'procurement', label, value: money(v, true), parent: 'procurement', basis: 'actual', quote: buy });
  }

  t.line('七、国有资产占用情况说明');
  const vehicles = rng.int(0, ctx.agency.level === 'county' ? 3 : 8);
  const assets = `截至 ${year} 年 12 月 31 日，本部门共有车辆 ${vehicles} 辆。`;
  f({ id: 'vehicles', source: at(t.line(assets)), topic: 'assets', label: '车辆', value: String(vehicles), unit: '辆', basis: 'count', quote: assets });

  t.blank();
  t.line('第四部分 名词解释');
  t.line('一、财政拨款收入：指本级财政当年拨付的资金。');
  t.line('二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  t.line('三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。');
  t.line('四、“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。');
  return { figures, yearOverYear };
}
