/**
 * Worked examples for the methodology page, computed by the same modules the site uses, so
 * the page cannot say one thing while the code does another: rounding intervals (the three
 * cases of domain.md §3), an execution rate against the adjusted and the year-start budget,
 * and the execution-score rule.
 */
import { Dec, toDec } from '../decimal';
import { groupDigits } from '../format';
import { executionFigures } from '../funding-execution';
import { evaluateIndicator } from '../indicator-evaluation';
import { checkStated, checkSum, percentIntervals, publishedInterval, subtractIntervals } from '../rounding-interval';
import { EXECUTION_SCORE_TOLERANCE } from '../audit/rules/scores';

export interface RoundingExample {
  /** What is checked, in words. */
  what: string;
  /** The published figures. */
  inputs: string;
  /** 明账's exact computation on the published values. */
  computed: string;
  /** Where the true result lies given the precision of the inputs. */
  interval: string;
  stated: string;
  /** `在区间内：尾差` / `超出区间：不一致（相差 …）`. */
  verdict: string;
  consistent: boolean;
}

const fmt = (text: string, decimals: number, mode: 'down' | 'up' | 'half' = 'half') =>
  groupDigits(toDec(text).toFixed(decimals, mode === 'down' ? Dec.ROUND_DOWN : mode === 'up' ? Dec.ROUND_UP : Dec.ROUND_HALF_UP));

function sumExample(what: string, parts: string[], stated: string, decimals: number): RoundingExample {
  const check = checkSum(parts, stated);
  if (check.status === 'unknown') throw new Error(`methodology example "${what}": ${check.reason}`);
  return {
    what,
    inputs: `${parts.join(' + ')}`,
    computed: groupDigits(check.computed),
    interval: `${fmt(check.derived.low, decimals + 1, 'down')} 至 ${fmt(check.derived.high, decimals + 1, 'up')}`,
    stated,
    verdict: check.status === 'consistent' ? '所列数与区间相交：差额是四舍五入的尾差，不算问题' : `所列数的区间与之不相交，至少相差 ${groupDigits(check.gap)}：不一致`,
    consistent: check.status === 'consistent',
  };
}

/** 004: 149.39 万元, 较上年增加 146.11 万元, 增长 4451.22%. */
function yearOverYearExample(): RoundingExample {
  const current = publishedInterval('149.39');
  const change = publishedInterval('146.11');
  if (current.status !== 'known' || change.status !== 'known') throw new Error('methodology example: bad inputs');
  const previous = subtractIntervals(current.interval, change.interval);
  const rate = percentIntervals(change.interval, previous);
  if (rate.status !== 'known') throw new Error('methodology example: no rate interval');
  const computed = toDec('146.11').div(toDec('149.39').minus(toDec('146.11'))).times(100).toString();
  const check = checkStated('4451.22', rate.interval, computed);
  return {
    what: '宁德 2024 年决算说明：行政单位离退休 149.39 万元，较上年增加 146.11 万元，增长 4451.22%',
    inputs: `上年数 = 149.39 − 146.11 = 3.28（在 ${fmt(previous.low, 2)} 至 ${fmt(previous.high, 2)} 之间）；增长率 = 146.11 ÷ 3.28`,
    computed: `${fmt(computed, 2)}%`,
    interval: `${fmt(rate.interval.low, 2, 'down')}% 至 ${fmt(rate.interval.high, 2, 'up')}%`,
    stated: '4451.22%',
    verdict: check.status === 'consistent' ? '所列数在区间内：与直接相除的 4454.57% 不同，是上年数只有两位小数造成的，不算问题' : '所列数在区间外：不一致',
    consistent: check.status === 'consistent',
  };
}

export function roundingExamples(): RoundingExample[] {
  return [
    sumExample('宁强 2023 年决算说明：一般公共预算财政拨款年初预算 712.76 万元，五个功能分类项目之和', ['145.01', '0', '309.33', '258.43', '0'], '712.76', 2),
    yearOverYearExample(),
    sumExample('宁夏 2024 年项目绩效目标：上年结转资金 7.821491 万元，文中所列四项之和', ['0.82', '1.88', '0.82', '5.01'], '7.821491', 2),
  ];
}

/** 004's 提前下达 … 医疗服务与保障能力提升补助资金: the rates against A and against the year-start budget. */
export function executionExample(): { rateOfAdjusted: string; rateOfYearStart: string; unspent: string } {
  const f = executionFigures({ yearStartBudget: '240.00', adjustedBudget: '136.00', executed: '94.46' });
  if (f.rateOfAdjustedBudget.status !== 'known' || f.rateOfYearStartBudget.status !== 'known' || f.unspent.status !== 'known') throw new Error('methodology example: execution');
  return { rateOfAdjusted: `${f.rateOfAdjustedBudget.value}%`, rateOfYearStart: `${f.rateOfYearStartBudget.value}%`, unspent: f.unspent.value };
}

/** The execution-score rule on 004's three cases: rate × weight (capped at 100%) against the score given. */
export function executionScoreExamples(): Array<{ rate: string; weight: string; score: string; expected: string; verdict: string }> {
  const cases = [
    { rate: '69.46', weight: '10', score: '10' },
    { rate: '64.42', weight: '10', score: '10' },
    { rate: '99.63', weight: '10', score: '7' },
  ];
  return cases.map((c) => {
    const expected = Dec.min(toDec(c.rate), new Dec(100)).div(100).times(toDec(c.weight));
    const diff = toDec(c.score).minus(expected);
    const within = diff.abs().lte(new Dec(EXECUTION_SCORE_TOLERANCE));
    return {
      rate: `${c.rate}%`,
      weight: c.weight,
      score: c.score,
      expected: expected.toFixed(2, Dec.ROUND_HALF_UP),
      verdict: within ? '相称' : `${diff.isPositive() ? '多给' : '少给'} ${diff.abs().toFixed(2, Dec.ROUND_HALF_UP)} 分，列为发现`,
    };
  });
}

/** Indicator readings on the examples of domain.md §5, evaluated by the site's evaluator. */
export function indicatorExamples(): Array<{ name: string; group: string; target: string; actual: string; status: string; reason: string }> {
  const cases = [
    { name: '参保人数（人）', group: '数量指标', target: '≥4960000', actual: '4975007' },
    { name: '法律顾问年度服务费用', group: '成本指标', target: '7万元', actual: '6万元' },
    { name: '医保业务宣传费用', group: '数量指标', target: '≥35次', actual: '≥30次' },
    { name: '参保人政策范围内住院费用报销比例', group: '质量指标', target: '70%左右', actual: '74.26%' },
    { name: '重复参保人数（人）', group: '质量指标', target: '0', actual: '0' },
    { name: '提升公立医疗机构平台采购药品耗材比例', group: '数量指标', target: '药品网采率≥85%，高值医用耗材网采率≥75%', actual: '药品网采率为80.52%，高值医用耗材网采率为63.11%。' },
    { name: '参保群众政策知晓率', group: '政策知晓率', target: '普遍知晓', actual: '普遍知晓' },
    { name: '完成时限', group: '时效指标', target: '12月25日', actual: '年度内未完成' },
  ];
  const words = { met: '已达成', missed: '未达成', unknown: '无法判断' } as const;
  return cases.map((c) => {
    const e = evaluateIndicator({ name: c.name, groupPath: ['产出指标', c.group], target: c.target, actual: c.actual });
    return { name: c.name, group: c.group, target: c.target, actual: c.actual, status: words[e.status], reason: e.reason };
  });
}
