/** /feeds/corrections.xml — Atom feed of the corrections log, newest first. */
import type { APIRoute } from 'astro';
import { atomXml, correctionEntries } from '../../lib/export/atom';
import { absoluteUrl } from '../../lib/export/site-export';
import { loadSiteSummary } from '../../lib/site/summary';
import { readCorrections, release } from '../../lib/site/release';

export const GET: APIRoute = async ({ site }) => {
  const titles = new Map((await loadSiteSummary()).documents.map((d) => [d.id, d.title]));
  const corrections = readCorrections(process.env.MINGZHANG_DATA ?? 'data').corrections;
  const entries = correctionEntries(corrections, (c) => absoluteUrl(`/corrections/#${c.id}`, site), (id) => titles.get(id));
  const xml = atomXml({
    self: absoluteUrl('/feeds/corrections.xml', site),
    alternate: absoluteUrl('/corrections/', site),
    title: '明账：更正记录',
    subtitle: '明账数据的每一处更正、新增和方法调整，附日期、原因和更正前后。',
    updated: release().date,
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
