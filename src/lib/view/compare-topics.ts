/**
 * The same indicator across agencies. Names are normalised conservatively: an indicator joins
 * a topic only when its published name contains the topic's key words, and within a topic it
 * is compared only with indicators of the same basis (whose satisfaction, which population a
 * rate is counted on). The raw names are always shown, grouped, so a reader can judge the
 * grouping; nothing is renamed.
 */

export interface TopicBasis {
  key: string;
  /** Who or what the figure is about, in words. */
  words: string;
  /** When true, indicators of this basis are never compared (the basis is not stated). */
  incomparable?: string;
}

export interface IndicatorTopic {
  key: string;
  name: string;
  /** The matching rule in words (shown on the page). */
  rule: string;
  matches: (name: string) => boolean;
  /** The basis of a name; a topic with one basis returns it for every name. */
  basis: (name: string) => TopicBasis;
  /** Said beside every comparison of actual values of the topic. */
  caveat?: string;
}

const single = (words: string): TopicBasis => ({ key: 'all', words });

export const indicatorTopics: IndicatorTopic[] = [
  {
    key: 'satisfaction',
    name: '满意度',
    rule: '名称含“满意度”或“满意率”的指标，按“谁的满意度”分组：参保人（参保人员、参保对象、参保户、参保群众），医疗救助对象；其他对象（服务对象、驻点村居民、本单位职工等）或没有写明对象的，各不相同，不参与比较。',
    matches: (n) => /满意(度|率)/u.test(n),
    basis: (n) => {
      if (/救助对象/u.test(n)) return { key: 'assistance', words: '医疗救助对象' };
      if (/参保(人员|对象|户|群众)/u.test(n)) return { key: 'insured', words: '参保人员、参保对象、参保户' };
      return { key: 'other', words: '其他对象或未写明对象', incomparable: '对象各不相同（服务对象、驻点村居民、本单位职工等）或没有写明是谁的满意度' };
    },
    caveat: '满意度是各机构自报的数字，调查方法、样本和问卷均未公布；各表所问的内容也不完全相同（见原文名称）。',
  },
  {
    key: 'it-incident-response',
    name: '医保信息系统重大安全事件响应时间',
    rule: '名称含“重大安全事件响应时间”的指标。',
    matches: (n) => /重大安全事件响应时间/u.test(n),
    basis: () => single('医保信息系统'),
  },
  {
    key: 'it-maintenance-response',
    name: '医保信息系统运行维护响应时间',
    rule: '名称含“运行维护响应时间”的指标。',
    matches: (n) => /运行维护响应时间/u.test(n),
    basis: () => single('医保信息系统'),
  },
  {
    key: 'it-uptime',
    name: '医保信息系统正常运行率',
    rule: '名称含“正常运行率”的指标。',
    matches: (n) => /正常运行率/u.test(n),
    basis: () => single('医保信息系统'),
    caveat: '运行率怎样统计（按时间还是按系统、是否扣除计划停机）各表都没有说明。',
  },
  {
    key: 'insured-rate',
    name: '参保率',
    rule: '名称含“参保率”的指标，按计算基数分组：以常住人口为基数、以户籍人口为基数、未写明基数。基数不同的参保率不能比较（以常住人口为基数可以超过 100%）。',
    matches: (n) => /参保率/u.test(n),
    basis: (n) => {
      if (/常住人口/u.test(n)) return { key: 'resident', words: '以常住人口为基数' };
      if (/户籍人口/u.test(n)) return { key: 'registered', words: '以户籍人口为基数' };
      return { key: 'unstated', words: '未写明基数', incomparable: '指标名称没有写明参保率的计算基数' };
    },
  },
  {
    key: 'awareness',
    name: '政策知晓率',
    rule: '名称含“知晓率”的指标，按所问的政策分组：医疗救助政策、医保政策；没有写明哪项政策的不参与比较。',
    matches: (n) => /知晓率/u.test(n),
    basis: (n) => {
      if (/救助/u.test(n)) return { key: 'assistance', words: '医疗救助政策' };
      if (/参保|医保/u.test(n)) return { key: 'insurance', words: '医保政策' };
      return { key: 'unspecified', words: '未写明哪项政策', incomparable: '指标名称没有写明是哪项政策的知晓率' };
    },
    caveat: '知晓率是各机构自报的数字，调查方法和样本均未公布。',
  },
  {
    key: 'inspection-coverage',
    name: '定点医药机构监督检查覆盖率',
    rule: '名称含“定点医药机构监督检查覆盖率”的指标。',
    matches: (n) => /定点医药机构监督检查覆盖率/u.test(n),
    basis: () => single('定点医药机构'),
  },
];
