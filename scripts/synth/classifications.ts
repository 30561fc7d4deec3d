/**
 * The classification rows the synthetic final accounts use: the 支出功能分类 items a
 * medical-security bureau spends under (类 → 款 → 项, as in 公开02/03/05表), the 支出经济分类
 * rows of 公开06表, and the 26 function classes that 公开01/04表 list whether used or not.
 */

/** A 项 (7-digit) function item: whether it is 基本支出 or 项目支出, and how often a bureau has it. */
export interface FunctionItem {
  code: string;
  label: string;
  kind: 'basic' | 'project';
  /** Probability that a bureau uses the item. */
  share: number;
  /** Relative size of its spending. */
  weight: number;
}

export const FUNCTION_LABELS: Record<string, string> = {
  '201': '一般公共服务支出',
  '20103': '政府办公厅（室）及相关机构事务',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '20899': '其他社会保障和就业支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '21015': '医疗保障管理事务',
  '213': '农林水支出',
  '21305': '巩固脱贫攻坚成果衔接乡村振兴',
  '221': '住房保障支出',
  '22102': '住房改革支出',
};

export const FUNCTION_ITEMS: readonly FunctionItem[] = [
  { code: '2010350', label: '事业运行', kind: 'basic', share: 0.05, weight: 2 },
  { code: '2080501', label: '行政单位离退休', kind: 'basic', share: 0.7, weight: 2 },
  { code: '2080502', label: '事业单位离退休', kind: 'basic', share: 0.5, weight: 1 },
  { code: '2080505', label: '机关事业单位基本养老保险缴费支出', kind: 'basic', share: 1, weight: 6 },
  { code: '2080506', label: '机关事业单位职业年金缴费支出', kind: 'basic', share: 0.6, weight: 2 },
  { code: '2089999', label: '其他社会保障和就业支出', kind: 'project', share: 0.2, weight: 1 },
  { code: '2101101', label: '行政单位医疗', kind: 'basic', share: 1, weight: 6 },
  { code: '2101102', label: '事业单位医疗', kind: 'basic', share: 0.6, weight: 1 },
  { code: '2101103', label: '公务员医疗补助', kind: 'basic', share: 0.5, weight: 1 },
  { code: '2101501', label: '行政运行', kind: 'basic', share: 1, weight: 28 },
  { code: '2101502', label: '一般行政管理事务', kind: 'project', share: 0.7, weight: 8 },
  { code: '2101504', label: '信息化建设', kind: 'project', share: 0.4, weight: 5 },
  { code: '2101505', label: '医疗保障政策管理', kind: 'project', share: 0.5, weight: 4 },
  { code: '2101506', label: '医疗保障经办事务', kind: 'project', share: 0.6, weight: 6 },
  { code: '2101550', label: '事业运行', kind: 'basic', share: 0.7, weight: 20 },
  { code: '2101599', label: '其他医疗保障管理事务支出', kind: 'project', share: 0.5, weight: 4 },
  { code: '2130599', label: '其他巩固脱贫攻坚成果衔接乡村振兴支出', kind: 'project', share: 0.1, weight: 1 },
  { code: '2210201', label: '住房公积金', kind: 'basic', share: 1, weight: 6 },
  { code: '2210203', label: '购房补贴', kind: 'basic', share: 0.3, weight: 1 },
];

/** The 26 function classes 公开01表 and 公开04表 print, in order, with the codes the synthetic rows use. */
export const FUNCTION_CLASSES: readonly { label: string; code?: string }[] = [
  { label: '一般公共服务支出', code: '201' },
  { label: '外交支出' },
  { label: '国防支出' },
  { label: '公共安全支出' },
  { label: '教育支出' },
  { label: '科学技术支出' },
  { label: '文化旅游体育与传媒支出' },
  { label: '社会保障和就业支出', code: '208' },
  { label: '卫生健康支出', code: '210' },
  { label: '节能环保支出' },
  { label: '城乡社区支出' },
  { label: '农林水支出', code: '213' },
  { label: '交通运输支出' },
  { label: '资源勘探工业信息等支出' },
  { label: '商业服务业等支出' },
  { label: '金融支出' },
  { label: '援助其他地区支出' },
  { label: '自然资源海洋气象等支出' },
  { label: '住房保障支出', code: '221' },
  { label: '粮油物资储备支出' },
  { label: '国有资本经营预算支出' },
  { label: '灾害防治及应急管理支出' },
  { label: '其他支出' },
  { label: '债务还本支出' },
  { label: '债务付息支出' },
  { label: '抗疫特别国债安排的支出' },
];

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];

/** 支出经济分类 of 公开06表: personnel (人员经费: 301, 303) and operating (公用经费: 302, 310) classes. */
export const ECONOMIC_CLASSES: readonly { code: string; label: string; side: 'personnel' | 'operating'; items: readonly (readonly [string, string, number])[] }[] = [
  {
    code: '301', label: '工资福利支出', side: 'personnel', items: [
      ['30101', '基本工资', 14], ['30102', '津贴补贴', 10], ['30103', '奖金', 12], ['30106', '伙食补助费', 0.5], ['30107', '绩效工资', 8],
      ['30108', '机关事业单位基本养老保险缴费', 7], ['30109', '职业年金缴费', 3], ['30110', '职工基本医疗保险缴费', 3], ['30111', '公务员医疗补助缴费', 1],
      ['30112', '其他社会保障缴费', 0.3], ['30113', '住房公积金', 6], ['30114', '医疗费', 0.3], ['30199', '其他工资福利支出', 1],
    ],
  },
  {
    code: '303', label: '对个人和家庭的补助', side: 'personnel', items: [
      ['30301', '离休费', 0.5], ['30302', '退休费', 2], ['30305', '生活补助', 0.3], ['30307', '医疗费补助', 2], ['30309', '奖励金', 0.2], ['30399', '其他对个人和家庭的补助', 1],
    ],
  },
  {
    code: '302', label: '商品和服务支出', side: 'operating', items: [
      ['30201', '办公费', 3], ['30202', '印刷费', 1], ['30205', '水费', 0.3], ['30206', '电费', 1], ['30207', '邮电费', 2], ['30209', '物业管理费', 1],
      ['30211', '差旅费', 2], ['30212', '因公出国（境）费用', 0], ['30213', '维修（护）费', 0.5], ['30215', '会议费', 0.6], ['30216', '培训费', 0.7], ['30217', '公务接待费', 0],
      ['30226', '劳务费', 1], ['30228', '工会经费', 1.5], ['30229', '福利费', 0.6], ['30231', '公务用车运行维护费', 0], ['30239', '其他交通费用', 4], ['30299', '其他商品和服务支出', 2],
    ],
  },
  {
    code: '310', label: '资本性支出', side: 'operating', items: [
      ['31002', '办公设备购置', 1], ['31007', '信息网络及软件购置更新', 1], ['31013', '公务用车购置', 0],
    ],
  },
];
