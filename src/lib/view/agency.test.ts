import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../site/dataset';
import { agencyPageView } from './agency';
import { documentEntries, kindsNotCollected, publishedDate, regionName } from './agency-common';

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData();
});

describe('agencyPageView', () => {
  it('names the agency, its level and region code with the region’s name from the national list', () => {
    const v = agencyPageView(data, 'fujian-ningde');
    expect(v.name).toBe('宁德市医疗保障局');
    expect(v.levelName).toBe('市级');
    expect(v.regionCode).toBe('350900');
    expect(v.regionName).toBe('宁德市');
  });

  it('gives the chain of agencies above it, top first, without itself', () => {
    const v = agencyPageView(data, 'shaanxi-hanzhong-ningqiang');
    expect(v.ancestors.map((a) => a.name)).toEqual(['国家医疗保障局', '陕西省医疗保障局', '汉中市医疗保障局']);
    expect(v.frame.crumbs.map((c) => c.label)).toEqual(['机构', '陕西医保局', '汉中市医保局', '宁强县医保局']);
  });

  it('lists the agencies directly below, with how many documents each has', () => {
    const v = agencyPageView(data, 'fujian');
    expect(v.children.map((c) => c.name)).toEqual(['宁德市医疗保障局']);
    expect(v.children[0]!.documentCount).toBeGreaterThan(0);
  });

  it('nests the documents printed inside the final accounts under them', () => {
    const year = agencyPageView(data, 'fujian-ningde').years.find((y) => y.year === 2024)!;
    const accounts = year.documents.find((d) => d.kind === 'final-accounts')!;
    expect(year.documents).toHaveLength(1);
    expect(accounts.parts.map((p) => p.kind)).toContain('project-evaluations');
    expect(accounts.parts.filter((p) => p.kind === 'evaluation-report')).toHaveLength(6);
    expect(year.href).toBe('/agencies/fujian-ningde/2024/');
  });

  it('says a year without documents is not collected, never that the agency did not publish', () => {
    const v = agencyPageView(data, 'fujian-ningde');
    const y2023 = v.years.find((y) => y.year === 2023)!;
    expect(y2023.documentCount).toBe(0);
    expect(y2023.href).toBeUndefined();
    expect(v.caveat).toContain('不代表该机构没有公开');
  });

  it('names the kinds not collected for a year that has some documents', () => {
    const y = agencyPageView(data, 'ningxia').years.find((x) => x.year === 2024)!;
    expect(y.notCollected).toContain('部门决算');
    expect(y.notCollected).not.toContain('项目绩效目标');
  });

  it('has a page for an agency with no documents at all', () => {
    const v = agencyPageView(data, 'national');
    expect(v.documentCount).toBe(0);
    expect(v.ancestors).toEqual([]);
    expect(v.children.length).toBeGreaterThan(0);
  });

  it('refuses an unknown slug', () => {
    expect(() => agencyPageView(data, 'nowhere')).toThrow(/no agency "nowhere"/);
  });
});

describe('agency-common', () => {
  it('says “未注明发布日期” for a document without a stated date', () => {
    const doc = data.documentById.get('ningde-2024-final-accounts')!;
    expect(publishedDate(doc)).toMatchObject({ stated: false, text: '未注明发布日期' });
    expect(publishedDate(data.documentById.get('ningxia-2024-project-targets')!)).toMatchObject({ stated: true, text: '2024 年 2 月 23 日' });
  });

  it('keeps a part at the top level when the document it is printed in is not in the list', () => {
    const part = data.documentById.get('ningde-2024-report-1')!;
    expect(documentEntries([part]).map((e) => e.id)).toEqual(['ningde-2024-report-1']);
  });

  it('lists the expected kinds that are missing', () => {
    expect(kindsNotCollected([])).toEqual(['部门决算', '项目绩效目标', '部门整体绩效自评', '项目绩效自评']);
  });

  it('looks up region names, and nothing for an unknown code', () => {
    expect(regionName('640000')).toBe('宁夏回族自治区');
    expect(regionName('999999')).toBeUndefined();
    expect(regionName(undefined)).toBeUndefined();
  });
});
