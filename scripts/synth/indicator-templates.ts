/**
 * Indicator templates: where an indicator sits (一级 / 二级), its name, and how its target and
 * actual are printed, in the forms the sources use (domain.md §5): `≥90%` with a bare actual
 * `99.75`, `≤60分钟`, `≥3 次`, bare quantities `306`, `=100%`, `70%左右`, qualitative
 * `有所提升`, dates `2024年12月`, `=0 人`. Each form gives a met and a missed actual.
 */
import type { Rng } from './prng';

export interface IndicatorForm {
  target: string;
  /** An actual that meets the target. */
  met: string;
  /** An actual that misses it, or undefined where a miss is not printed this way (qualitative, 左右). */
  missed?: string;
}

export interface IndicatorTemplate {
  level1: string;
  level2: string;
  name: string;
  form: (rng: Rng, year: number) => IndicatorForm;
}

const sp = (rng: Rng) => (rng.chance(0.4) ? ' ' : '');
/** A number with up to two decimals, printed as the sources do (`99.75`, `96.8`, `100`). */
const dec = (rng: Rng, x: number) => {
  const places = rng.pick([0, 1, 2, 2]);
  return x.toFixed(places);
};

const atLeastPercent = (lo: number, hi: number) => (rng: Rng): IndicatorForm => {
  const t = rng.int(lo, hi);
  const met = dec(rng, t + rng.next() * (100 - t));
  return { target: `${rng.chance(0.1) ? '＞' : '≥'}${t}%`, met: rng.chance(0.3) ? `${met}%` : met, missed: (t - 1 - rng.next() * 12).toFixed(2) };
};
const equalHundred = (rng: Rng): IndicatorForm => ({ target: '=100%', met: rng.pick(['100', '100%', '100.00']), missed: (95 + rng.next() * 4).toFixed(2) });
const atLeastCount = (unit: string, lo: number, hi: number) => (rng: Rng): IndicatorForm => {
  const n = rng.int(lo, hi);
  const op = rng.chance(0.15) ? '不少于' : '≥';
  const met = String(n + rng.int(0, Math.max(1, Math.round(n * 0.6))));
  return { target: `${op}${n}${sp(rng)}${unit}`, met: rng.chance(0.3) ? `${met}${unit}` : met, missed: String(Math.max(0, n - rng.int(1, Math.max(1, Math.round(n * 0.3))))) };
};
const bareQuantity = (unit: string, lo: number, hi: number) => (rng: Rng): IndicatorForm => {
  const n = rng.logInt(lo, hi);
  return { target: `${n}${unit}`, met: `${n + Math.round(n * rng.next() * 0.08)}${rng.chance(0.5) ? unit : ''}`, missed: `${Math.max(0, Math.min(n - 1, Math.round(n * (0.7 + rng.next() * 0.25))))}` };
};
const atMost = (unit: string, lo: number, hi: number) => (rng: Rng): IndicatorForm => {
  const n = rng.int(lo, hi);
  return { target: `≤${n}${sp(rng)}${unit}`, met: String(Math.max(1, n - rng.int(0, Math.round(n * 0.5)))), missed: String(n + rng.int(1, Math.max(1, Math.round(n * 0.5)))) };
};
const costCeiling = (rng: Rng): IndicatorForm => {
  const n = rng.logInt(5, 3000);
  return { target: `≤${n}${sp(rng)}万元`, met: (n * (0.85 + rng.next() * 0.15)).toFixed(2), missed: (n * (1.02 + rng.next() * 0.1)).toFixed(2) };
};
const approximate = (rng: Rng): IndicatorForm => {
  const n = rng.pick([50, 60, 70, 75, 80]);
  return { target: `${n}%左右`, met: `${(n - 2 + rng.next() * 4).toFixed(2)}%` };
};
const same = (...phrases: string[]) => (rng: Rng): IndicatorForm => {
  const p = rng.pick(phrases);
  return { target: p, met: p };
};
const deadline = (rng: Rng, year: number): IndicatorForm => ({ target: `${year}年12月`, met: `${year}年${rng.int(10, 12)}月` });
const zeroPeople: IndicatorTemplate['form'] = () => ({ target: '=0 人', met: '0', missed: String(3) });

export const PROJECT_INDICATORS: readonly IndicatorTemplate[] = [
  { level1: '产出指标', level2: '数量指标', name: '开展医保政策宣传活动次数', form: atLeastCount('次', 2, 20) },
  { level1: '产出指标', level2: '数量指标', name: '开展医保基金监管专项检查次数', form: atLeastCount('次', 1, 6) },
  { level1: '产出指标', level2: '数量指标', name: '培训医保经办人员人次', form: atLeastCount('人次', 50, 800) },
  { level1: '产出指标', level2: '数量指标', name: '城乡居民医保参保人数', form: bareQuantity('人', 20_000, 3_000_000) },
  { level1: '产出指标', level2: '数量指标', name: '资助参加基本医疗保险人数', form: atLeastCount('人', 500, 60_000) },
  { level1: '产出指标', level2: '数量指标', name: '医疗救助人次', form: bareQuantity('人次', 300, 80_000) },
  { level1: '产出指标', level2: '数量指标', name: '检查定点医药机构数量', form: atLeastCount('家', 10, 400) },
  { level1: '产出指标', level2: '数量指标', name: '新增医保电子凭证激活人数', form: bareQuantity('万人', 1, 60) },
  { level1: '产出指标', level2: '质量指标', name: '基本医疗保险参保率', form: atLeastPercent(90, 97) },
  { level1: '产出指标', level2: '质量指标', name: '医保结算准确率', form: atLeastPercent(95, 99) },
  { level1: '产出指标', level2: '质量指标', name: '发现问题整改率', form: equalHundred },
  { level1: '产出指标', level2: '质量指标', name: '异地就医直接结算率', form: atLeastPercent(80, 95) },
  { level1: '产出指标', level2: '质量指标', name: '医疗救助政策落实率', form: equalHundred },
  { level1: '产出指标', level2: '质量指标', name: '住院费用政策范围内报销比例', form: approximate },
  { level1: '产出指标', level2: '质量指标', name: '集中带量采购中选药品采购量占比', form: atLeastPercent(50, 90) },
  { level1: '产出指标', level2: '质量指标', name: '重复参保人数', form: zeroPeople },
  { level1: '产出指标', level2: '时效指标', name: '医疗费用报销办结时限', form: atMost('个工作日', 10, 30) },
  { level1: '产出指标', level2: '时效指标', name: '窗口业务平均办理时长', form: atMost('分钟', 20, 60) },
  { level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', form: atLeastPercent(90, 98) },
  { level1: '产出指标', level2: '时效指标', name: '项目完成时间', form: deadline },
  { level1: '产出指标', level2: '时效指标', name: '项目完成时限', form: atMost('个月', 12, 12) },
  { level1: '成本指标', level2: '经济成本指标', name: '项目成本控制数', form: costCeiling },
  { level1: '成本指标', level2: '经济成本指标', name: '人均培训成本', form: atMost('元', 300, 800) },
  { level1: '效益指标', level2: '社会效益指标', name: '参保群众医疗费用负担', form: same('有所减轻', '逐步减轻', '明显减轻') },
  { level1: '效益指标', level2: '社会效益指标', name: '医保政策知晓率', form: atLeastPercent(80, 92) },
  { level1: '效益指标', level2: '社会效益指标', name: '医保服务便捷程度', form: same('有所提升', '显著提升', '逐步提高') },
  { level1: '效益指标', level2: '社会效益指标', name: '困难群众基本医疗保障水平', form: same('有效保障', '稳步提高') },
  { level1: '效益指标', level2: '社会效益指标', name: '定点医药机构违规行为', form: same('明显减少', '有所减少') },
  { level1: '效益指标', level2: '经济效益指标', name: '追回医保基金金额', form: atLeastCount('万元', 10, 800) },
  { level1: '效益指标', level2: '可持续影响指标', name: '医保基金运行情况', form: same('平稳运行', '收支平衡') },
  { level1: '效益指标', level2: '可持续影响指标', name: '医保信息系统持续运行', form: same('长期', '持续稳定运行') },
  { level1: '效益指标', level2: '可持续影响指标', name: '多层次医疗保障体系', form: same('逐步完善', '不断健全') },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '参保群众满意度', form: atLeastPercent(85, 95) },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '定点医药机构满意度', form: atLeastPercent(80, 95) },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '经办窗口服务满意度', form: atLeastPercent(85, 98) },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '医疗救助对象满意度', form: atLeastPercent(85, 95) },
];

/** Department-wide indicators (部门整体支出绩效自评表), 004's newer layout. */
export const DEPARTMENT_INDICATORS: readonly IndicatorTemplate[] = [
  { level1: '一般性支出情况', level2: '一般性支出情况', name: '“三公”经费控制率', form: () => ({ target: '≤100%', met: '' }) },
  { level1: '一般性支出情况', level2: '一般性支出情况', name: '“三公”经费违规使用次数', form: () => ({ target: '≤0 次', met: '0', missed: '1' }) },
  { level1: '一般性支出情况', level2: '一般性支出情况', name: '会议费、差旅费超标使用次数', form: () => ({ target: '≤0 次', met: '0', missed: '2' }) },
  { level1: '产出指标', level2: '数量指标', name: '年度重点工作任务完成数', form: atLeastCount('项', 5, 20) },
  { level1: '产出指标', level2: '质量指标', name: '预算执行率', form: atLeastPercent(90, 95) },
  { level1: '产出指标', level2: '质量指标', name: '基本医疗保险参保率', form: atLeastPercent(92, 97) },
  { level1: '产出指标', level2: '时效指标', name: '预决算公开及时性', form: same('按时公开', '及时公开') },
  { level1: '效益指标', level2: '社会效益指标', name: '医疗保障待遇政策落实', form: same('全面落实', '有效落实') },
  { level1: '效益指标', level2: '可持续影响指标', name: '医保基金安全运行', form: same('平稳运行', '安全可持续') },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', form: atLeastPercent(85, 95) },
];
