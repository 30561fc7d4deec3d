/**
 * The numbers behind one agency-year's final accounts, before anything is printed: spending
 * by function item (基本 / 项目), how it was funded (财政拨款, 其他收入), carry-overs, the
 * economic breakdown of basic spending and the "三公" lines. Every total is the sum of its
 * parts by construction; the printed tables only inject inconsistencies on purpose.
 *
 * The totals of a year depend only on (seed, agency, year), so the year-over-year sentences
 * of 2024 quote exactly what the 2023 accounts of the same agency print.
 */
import type { SynthAgency } from './regions';
import { ECONOMIC_CLASSES, FUNCTION_ITEMS, type FunctionItem } from './classifications';
import { type Cents, split, sum, wan } from './amounts';
import { Rng } from './prng';

/** Own spending (本年支出合计) of a bureau in its first year, by level, in 万元. */
const SCALE: Record<SynthAgency['level'], [number, number]> = {
  national: [40_000, 90_000],
  province: [2_500, 15_000],
  city: [1_200, 8_000],
  county: [250, 1_600],
};

export interface AccountsTotals {
  expenditure: Cents;
  income: Cents;
}

/** 本年支出合计 and 本年收入合计 of an agency-year (any year, also the one before the corpus starts). */
export function accountsTotals(seed: number, agency: SynthAgency, year: number): AccountsTotals {
  const base = Rng.derive(seed, agency.slug);
  const [lo, hi] = SCALE[agency.level];
  const start = base.logInt(lo, hi);
  const growth = 0.01 + base.next() * 0.06;
  const r = Rng.derive(seed, `${agency.slug}/${year}/totals`);
  const expenditure = wan(start * (1 + growth) ** (year - 2020) * (0.88 + r.next() * 0.24));
  const income = expenditure + Math.round(expenditure * (r.next() * 0.05 - 0.02));
  return { expenditure, income };
}

export interface ItemSpending {
  item: FunctionItem;
  basic: Cents;
  project: Cents;
  /** The part of project spending paid from 其他收入 (not 财政拨款). */
  otherFunded: Cents;
  /** 财政拨款收入 and 其他收入 booked under the item (公开02表). */
  fiscalIncome: Cents;
  otherIncome: Cents;
}

export interface AccountsModel {
  items: ItemSpending[];
  expenditure: Cents;
  basic: Cents;
  project: Cents;
  fiscalIncome: Cents;
  otherIncome: Cents;
  income: Cents;
  /** 年初结转和结余 / 年末结转和结余, of 财政拨款 and of the rest. */
  openingFiscal: Cents;
  closingFiscal: Cents;
  openingOther: Cents;
  closingOther: Cents;
  /** 公开06表: economic code → amount, and the two roll-ups. */
  economic: Map<string, Cents>;
  personnel: Cents;
  operating: Cents;
  threePublic: { overseas: Cents; carPurchase: Cents; carRunning: Cents; reception: Cents; total: Cents; budget: Cents };
  /** 机关运行经费. */
  runningCosts: Cents;
  previous: AccountsTotals;
}

export function accountsModel(seed: number, agency: SynthAgency, year: number, rng: Rng): AccountsModel {
  const { expenditure, income } = accountsTotals(seed, agency, year);
  const previous = accountsTotals(seed, agency, year - 1);
  const chosen = FUNCTION_ITEMS.filter((i) => i.share >= 1 || rng.chance(i.share));
  if (!chosen.some((i) => i.kind === 'project')) chosen.push(FUNCTION_ITEMS.find((i) => i.code === '2101502')!);
  chosen.sort((a, b) => a.code.localeCompare(b.code));
  const basicItems = chosen.filter((i) => i.kind === 'basic');
  const projectItems = chosen.filter((i) => i.kind === 'project');

  const basic = Math.round(expenditure * (0.7 + rng.next() * 0.2));
  const project = expenditure - basic;
  const basicParts = split(rng, basic, basicItems.length, basicItems.map((i) => i.weight * (0.6 + rng.next() * 0.8)));
  const projectParts = split(rng, project, projectItems.length, projectItems.map((i) => i.weight * (0.4 + rng.next() * 1.2)));
  const items: ItemSpending[] = chosen.map((item) => {
    const b = item.kind === 'basic' ? basicParts[basicItems.indexOf(item)]! : 0;
    const p = item.kind === 'project' ? projectParts[projectItems.indexOf(item)]! : 0;
    return { item, basic: b, project: p, otherFunded: 0, fiscalIncome: 0, otherIncome: 0 };
  });

  // Some bureaus have 其他收入 paying part of one project item.
  const largestProject = items.filter((s) => s.project > 0).sort((a, b) => b.project - a.project)[0]!;
  if (rng.chance(0.3)) largestProject.otherFunded = Math.round(largestProject.project * (0.05 + rng.next() * 0.3));
  const otherFunded = sum(items.map((s) => s.otherFunded));
  const otherIncome = otherFunded === 0 ? 0 : otherFunded + Math.round(otherFunded * (rng.next() * 0.2 - 0.1));
  const openingOther = Math.max(0, otherFunded - otherIncome) + (otherFunded > 0 && rng.chance(0.3) ? wan(rng.next() * 5) : 0);
  const closingOther = openingOther + otherIncome - otherFunded;

  // 财政拨款: income differs from spending by the change in carry-over, never leaving a negative balance.
  const fiscalSpending = expenditure - otherFunded;
  const fiscalIncome = income - otherIncome;
  const openingFiscal = Math.max(Math.round(expenditure * rng.next() * 0.05), fiscalSpending - fiscalIncome);
  const closingFiscal = openingFiscal + fiscalIncome - fiscalSpending;
  for (const s of items) {
    s.fiscalIncome = s.basic + s.project - s.otherFunded;
    s.otherIncome = s.otherFunded;
  }
  const anchor = items.find((s) => s.item.code === '2101501')!;
  anchor.fiscalIncome += fiscalIncome - fiscalSpending;
  largestProject.otherIncome += otherIncome - otherFunded;

  // Economic breakdown of basic spending (all of it 财政拨款 here); 三公 lines are carved out first.
  const reception = wan(0.3 + rng.next() * (agency.level === 'county' ? 4 : 18));
  const carRunning = rng.chance(0.5) ? wan(rng.next() * 12) : 0;
  const carPurchase = rng.chance(0.1) ? wan(15 + rng.next() * 15) : 0;
  const overseas = agency.level !== 'county' && rng.chance(0.1) ? wan(rng.next() * 10) : 0;
  const fixed: Record<string, Cents> = { '30212': overseas, '30217': reception, '30231': carRunning, '31013': carPurchase };
  const fixedTotal = sum(Object.values(fixed));
  const operating = Math.max(Math.round(basic * (0.04 + rng.next() * 0.08)), fixedTotal + wan(5));
  const personnel = basic - operating;
  const economic = new Map<string, Cents>();
  for (const side of ['personnel', 'operating'] as const) {
    const classes = ECONOMIC_CLASSES.filter((c) => c.side === side);
    const free = side === 'personnel' ? personnel : operating - fixedTotal;
    const flat = classes.flatMap((c) => c.items.filter(([code]) => fixed[code] === undefined));
    const parts = split(rng, free, flat.length, flat.map(([, , w]) => (rng.chance(0.15) ? 0 : w * (0.5 + rng.next()))));
    flat.forEach(([code], i) => economic.set(code, parts[i]!));
    if (side === 'operating') for (const [code, v] of Object.entries(fixed)) economic.set(code, v);
    for (const c of classes) economic.set(c.code, sum(c.items.map(([code]) => economic.get(code) ?? 0)));
  }
  const total3 = overseas + carPurchase + carRunning + reception;
  const threePublic = { overseas, carPurchase, carRunning, reception, total: total3, budget: Math.round(total3 / (0.65 + rng.next() * 0.35)) };
  return {
    items, expenditure, basic, project, fiscalIncome, otherIncome, income: fiscalIncome + otherIncome,
    openingFiscal, closingFiscal, openingOther, closingOther, economic, personnel, operating, threePublic,
    runningCosts: operating - carPurchase, previous,
  };
}
