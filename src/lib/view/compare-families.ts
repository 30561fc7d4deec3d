/**
 * Program families: the `program` key a transcriber sets on a project or transfer payment
 * (data/README.md, rule 8) groups one program across agencies, levels and years. The key is
 * the grouping rule: 明账 never groups by name alone (names are not identifiers).
 */

export interface ProgramFamily {
  key: string;
  /** The family's name in Chinese. */
  name: string;
  /** Which published names the transcribers put in it (data/README.md). */
  rule: string;
}

export const programFamilies: Record<string, ProgramFamily> = {
  'medical-service-capacity': {
    key: 'medical-service-capacity',
    name: '医疗服务与保障能力提升补助资金',
    rule: '名为“医疗服务与保障能力提升补助资金”的项目或转移支付，包括“提前下达”的部分、中央补助专项资金，以及写明“医疗保障服务能力建设部分”的项目。',
  },
  'medical-assistance': {
    key: 'medical-assistance',
    name: '城乡医疗救助补助资金',
    rule: '城乡医疗救助补助资金，以及它的兜底、配套和衔接乡村振兴部分（中央、省级、县级资金分列的项目都算）。',
  },
  'resident-insurance-subsidy': {
    key: 'resident-insurance-subsidy',
    name: '城乡居民基本医疗保险补助资金',
    rule: '城乡居民基本医疗保险补助资金，以及它的中央、省级补助和县级配套部分（含困难大学生参保补助）。',
  },
  'special-operations': {
    key: 'special-operations',
    name: '专项业务费 / 医保工作经费',
    rule: '医保部门自身业务运转的专项经费：专项业务费、医保工作经费、医保经办机构业务经费、一般行政管理事务等一级项目。',
  },
};

/** The family of a key, or a stand-in that shows the key itself (a key added to the data before this list). */
export function familyOf(key: string): ProgramFamily {
  return programFamilies[key] ?? { key, name: key, rule: '（此项目族尚未在明账的项目族清单中说明）' };
}
