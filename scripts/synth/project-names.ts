/**
 * Project names of medical-security bureaus, with their program family (data/README.md rule 8)
 * and how big such a project is. Transfer funds are passed down and run to thousands of 万元;
 * the bureau's own work funds are small.
 */
export interface ProjectName {
  name: string;
  program?: string;
  /** Range of the adjusted budget in 万元 at county level; higher levels scale it up. */
  size: [number, number];
}

export const PROJECT_NAMES: readonly ProjectName[] = [
  { name: '医保工作经费', program: 'special-operations', size: [5, 150] },
  { name: '专项业务费', program: 'special-operations', size: [5, 200] },
  { name: '医疗服务与保障能力提升补助资金', program: 'medical-service-capacity', size: [50, 3_000] },
  { name: '城乡医疗救助补助资金', program: 'medical-assistance', size: [100, 5_000] },
  { name: '城乡居民基本医疗保险补助资金', program: 'resident-insurance-subsidy', size: [500, 20_000] },
  { name: '医保经办机构业务经费', size: [10, 300] },
  { name: '医疗保障信息化建设经费', size: [20, 800] },
  { name: '医保基金监管专项经费', size: [5, 120] },
  { name: '药品和医用耗材集中带量采购工作经费', size: [3, 80] },
  { name: '医疗保障政策宣传经费', size: [2, 40] },
  { name: '异地就医直接结算工作经费', size: [3, 60] },
  { name: '医保支付方式改革工作经费', size: [5, 150] },
  { name: '长期护理保险试点工作经费', size: [10, 400] },
  { name: '保健对象医疗补助经费', size: [20, 900] },
  { name: '离休干部医药费', size: [10, 500] },
  { name: '医保定点医药机构稽核经费', size: [3, 90] },
  { name: '医保经办窗口服务能力提升经费', size: [3, 100] },
  { name: '医疗保障标准化建设经费', size: [3, 80] },
  { name: '医保电子凭证推广应用经费', size: [2, 50] },
  { name: '门诊共济保障机制改革工作经费', size: [3, 80] },
  { name: '打击欺诈骗保专项行动经费', size: [3, 100] },
  { name: '医保智能监控系统运维经费', size: [10, 300] },
  { name: '医疗保障业务培训经费', size: [2, 40] },
  { name: '医保档案数字化管理经费', size: [3, 60] },
  { name: '城乡居民医保参保扩面工作经费', size: [3, 90] },
  { name: '医疗救助一站式结算服务经费', size: [3, 70] },
  { name: '医疗服务价格改革工作经费', size: [2, 50] },
  { name: '大病保险运行监测经费', size: [3, 60] },
];

export const GOALS = [
  '保障医疗保障各项政策落地实施，提升经办服务能力和基金监管水平，减轻参保群众医疗费用负担。',
  '按时足额拨付资金，确保项目按计划实施，推动医疗保障事业高质量发展。',
  '完善多层次医疗保障体系，巩固参保覆盖面，提高医保基金使用效率。',
];

export const OUTCOMES = [
  '已完成年度目标，资金按规定使用，各项指标基本达到预期。',
  '项目按计划实施，参保群众获得感进一步增强。',
  '年度目标总体完成，个别指标未达预期，已分析原因并提出改进措施。',
];
