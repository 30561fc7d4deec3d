/** /feeds/disclosures.xml — Atom feed of the disclosures, newest first by publication date. */
import type { APIRoute } from 'astro';
import { atomXml, disclosureEntries } from '../../lib/export/atom';
import { absoluteUrl } from '../../lib/export/site-export';
import { loadSiteData } from '../../lib/site/dataset';
import { loadSiteSummary } from '../../lib/site/summary';
import { readCorrections, release } from '../../lib/site/release';
import { documentPath } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const corrections = readCorrections(process.env.MINGZHANG_DATA ?? 'data').corrections;
  const entries = disclosureEntries((await loadSiteSummary()).documents, data.agencyBySlug, corrections, (d) => absoluteUrl(documentPath(d), site));
  const xml = atomXml({
    self: absoluteUrl('/feeds/disclosures.xml', site),
    alternate: absoluteUrl('/agencies/', site),
    title: '明账：医保部门预决算与绩效公开文件',
    subtitle: '明账收录的各级医疗保障局部门决算、绩效目标、绩效自评和评价报告，按发布日期从新到旧。',
    updated: [release().date, ...entries.map((e) => e.updated)].reduce((a, b) => (b > a ? b : a)),
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
