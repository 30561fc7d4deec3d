import { describe, expect, it } from 'vitest';
import { citation, linesLabel } from './citation';

describe('citation', () => {
  it('reads as one line: agency, title and 文号, release, access date, permalink', () => {
    const c = citation({
      title: '宁德市医疗保障局2024年度项目支出绩效评价报告',
      agency: '宁德市医疗保障局',
      documentNumber: '宁医保绩〔2025〕4号',
      url: 'https://mingzhang.example/agencies/fujian-ningde/2024/ningde-2024-report-4/',
      release: '2026-11-23-dc86973',
      accessDate: '2026-11-23',
    });
    expect(c.text).toBe(
      '宁德市医疗保障局. 宁德市医疗保障局2024年度项目支出绩效评价报告（宁医保绩〔2025〕4号）[EB/OL]. 明账，数据版本 2026-11-23-dc86973. [2026-11-23]. https://mingzhang.example/agencies/fujian-ningde/2024/ningde-2024-report-4/',
    );
  });

  it('leaves the 文号 out when there is none', () => {
    expect(citation({ title: 't', agency: 'a', url: 'u', release: 'r', accessDate: 'd' }).text).toBe('a. t[EB/OL]. 明账，数据版本 r. [d]. u');
  });

  it('names source lines as the pages do', () => {
    expect(linesLabel([581, 585])).toBe('原文第 581–585 行');
    expect(linesLabel([12, 12])).toBe('原文第 12 行');
  });
});
