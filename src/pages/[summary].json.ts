/**
 * /summary.json — only in a shard build (MINGZHANG_SHARD, not `global`): what the site-wide pages
 * need of the shard's documents (src/lib/site/summary.ts) and of its downloads. Rendered here, in
 * the build that has the shard's documents loaded already, so that no second process reads them
 * again; scripts/shard-build.ts moves it out of the shard's site, and the global build renders the
 * site-wide pages from every shard's (docs/sharding.md). An unsharded build has no such file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, loadDownloadsSummary } from '../lib/export/site-export';
import { loadSiteData } from '../lib/site/dataset';
import { guideCandidate } from '../lib/view/guide';
import { isGlobalBuild, loadSiteSummary, type SummaryFile } from '../lib/site/summary';

export const getStaticPaths = (() => {
  const sharded = (process.env.MINGZHANG_SHARD ?? '').trim() !== '' && !isGlobalBuild();
  return sharded ? [{ params: { summary: 'summary' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const guide = guideCandidate(await loadSiteData(), (p) => absoluteUrl(p, site));
  const file: SummaryFile = { ...(await loadSiteSummary()), downloads: await loadDownloadsSummary(site), ...(guide && { guide }) };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
