/**
 * tsx scripts/bench/shard-demo.ts [--size 40] [--seed 1]
 *
 * Shows the sharded build working (docs/sharding.md) on a small synthetic corpus:
 *   1. builds the whole corpus unsharded, as the reference;
 *   2. builds it as two shards by province (the first with the national bureau), each writing
 *      its summary, then the global build of the site-wide pages from the two summaries;
 *   3. merges them into one site with one Pagefind index;
 *   4. checks that the merged site has exactly the reference's pages, that every page — an
 *      agency's own and the site-wide ones — is byte-identical to the reference's, and that one
 *      search finds agencies of both shards;
 *   5. changes one agency's data and rebuilds only its shard and the global build, then merges again.
 * Work files in .bench/shards/. Prints a summary and writes .bench/shards/demo.json.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser } from '../../test/support/browser';
import { generateCorpus } from '../synth/corpus';
import { serveGzip } from './gzip-server';
import { measure, type StepResult } from './measure';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const root = process.cwd();
const work = join(root, '.bench', 'shards');
const data = join(work, 'data');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
const fail = (s: string): never => {
  process.stderr.write(`shard demo FAILED: ${s}\n`);
  process.exit(1);
};
const step = (r: StepResult, what: string) => {
  if (!r.ok) fail(`${what}: ${r.exit}\n${r.stderr.slice(-2000)}`);
  return { wallSeconds: Math.round(r.wallSeconds * 10) / 10, cpuSeconds: Math.round((r.cpuSeconds ?? 0) * 10) / 10, peakTreeGiB: Math.round((r.peakTreeBytes / 2 ** 30) * 100) / 100 };
};

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  visit(dir);
  return out.sort();
}

rmSync(work, { recursive: true, force: true });
const manifest = generateCorpus(Number(option('size', '40')), data, Number(option('seed', '1')));
const agencies = (JSON.parse(readFileSync(join(data, 'agencies.json'), 'utf8')) as { agencies: { slug: string; name: string; regionCode?: string }[] }).agencies;
const withData = new Set(readdirSync(join(data, 'disclosures')));
const provinces = [...new Set(agencies.filter((a) => a.regionCode).map((a) => a.regionCode!.slice(0, 2)))].sort();
const half = Math.ceil(provinces.length / 2);
const specs = [['national', ...provinces.slice(0, half)].join(','), provinces.slice(half).join(',')];
log(`corpus: ${manifest.agencyYears} agency-years of ${withData.size} agencies in ${provinces.length} provinces; shards: ${specs.join(' | ')}`);

log('1. reference: the whole corpus, unsharded');
const reference = step(await measure(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', 'scripts/bench/astro.config.mjs'], { cwd: root, env: { ...env, MINGZHANG_DATA: data, MINGZHANG_OUT_DIR: join(work, 'reference') } }), 'reference build');

log('2. two shards');
const shardSteps = [];
for (const [i, spec] of specs.entries()) {
  shardSteps.push({ spec, ...step(await measure(tsx, ['scripts/shard-build.ts', '--shard', spec, '--data', data, '--out', join(work, `shard-${i + 1}`)], { cwd: root, env }), `shard ${spec}`) });
}

const summaries = `${join(work, 'shard-1')},${join(work, 'shard-2')}`;
const summaryBytes = specs.map((_, i) => readFileSync(join(work, `shard-${i + 1}`, 'summary.json')).length);
const globalBuild = step(await measure(tsx, ['scripts/shard-build.ts', '--shard', 'global', '--summaries', summaries, '--data', data, '--out', join(work, 'global')], { cwd: root, env }), 'global build');

log('3. merge into one site and one search index');
const merge = step(await measure(tsx, ['scripts/merge-shards.ts', '--out', join(work, 'merged'), join(work, 'global'), join(work, 'shard-1'), join(work, 'shard-2')], { cwd: root, env }), 'merge');

log('4. checks');
const refPages = htmlFiles(join(work, 'reference'));
const mergedPages = new Set(htmlFiles(join(work, 'merged')));
const missing = refPages.filter((p) => !mergedPages.has(p));
const extra = [...mergedPages].filter((p) => !refPages.includes(p));
if (missing.length > 0 || extra.length > 0) fail(`pages differ from the reference: missing ${missing.slice(0, 5).join(', ')}; extra ${extra.slice(0, 5).join(', ')}`);
const owned = refPages.filter((p) => /^(agencies|badge|downloads)\/[^/]+\/|^sources\/[^/]+\//.test(p) && !/^agencies\/index\.html$/.test(p));
const differing = owned.filter((p) => !readFileSync(join(work, 'reference', p)).equals(readFileSync(join(work, 'merged', p))));
const globalPages = refPages.filter((p) => !owned.includes(p));
const globalDiffering = globalPages.filter((p) => !readFileSync(join(work, 'reference', p)).equals(readFileSync(join(work, 'merged', p))));
if (differing.length > 0 || globalDiffering.length > 0) fail(`pages differ from the reference: ${[...differing, ...globalDiffering].slice(0, 8).join(', ')}`);

// One search over the merged index finds agencies of both shards.
const shardOf = (slug: string) => {
  const a = agencies.find((x) => x.slug === slug)!;
  const p = a.regionCode?.slice(0, 2) ?? 'national';
  return specs.findIndex((s) => s.split(',').includes(p));
};
const sample = [...withData].sort();
const probe = [sample.find((s) => shardOf(s) === 0), sample.find((s) => shardOf(s) === 1)].filter((s): s is string => s !== undefined);
const server = await serveGzip(join(work, 'merged'));
const browser = await launchBrowser();
const found: Record<string, number> = {};
for (const slug of probe) {
  const name = agencies.find((a) => a.slug === slug)!.name;
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(name)}`);
  await page.waitForSelector('#search-results li', { timeout: 120_000 });
  const hrefs = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  found[`${name} (shard ${shardOf(slug) + 1})`] = hrefs.filter((h) => h.includes(`/agencies/${slug}/`)).length;
  await page.close();
}
await browser.close();
await server.close();
if (Object.values(found).some((k) => k === 0)) fail(`a search did not find its agency's pages: ${JSON.stringify(found)}`);

log('5. change one agency of shard 2 and rebuild only that shard, then merge');
const changedAgency = sample.filter((s) => shardOf(s) === 1).pop()!;
const year = readdirSync(join(data, 'disclosures', changedAgency)).sort().pop()!;
const file = join(data, 'disclosures', changedAgency, year, `${changedAgency}-${year}-final-accounts.json`);
const doc = JSON.parse(readFileSync(file, 'utf8')) as { summary?: string };
writeFileSync(file, JSON.stringify({ ...doc, summary: `${doc.summary ?? ''}（改动）` }, null, 2));
const rebuildShard = step(await measure(tsx, ['scripts/shard-build.ts', '--shard', specs[1]!, '--data', data, '--out', join(work, 'shard-2')], { cwd: root, env }), 'rebuild shard 2');
const rebuildGlobal = step(await measure(tsx, ['scripts/shard-build.ts', '--shard', 'global', '--summaries', summaries, '--data', data, '--out', join(work, 'global')], { cwd: root, env }), 'rebuild the global build');
const remerge = step(await measure(tsx, ['scripts/merge-shards.ts', '--out', join(work, 'merged'), join(work, 'global'), join(work, 'shard-1'), join(work, 'shard-2')], { cwd: root, env }), 'merge again');
const changedPage = join(work, 'merged', 'agencies', changedAgency, year, `${changedAgency}-${year}-final-accounts`, 'index.html');
if (!existsSync(changedPage) || !readFileSync(changedPage, 'utf8').includes('（改动）')) fail(`the rebuilt page ${changedPage} does not show the change`);

const result = {
  corpus: { agencyYears: manifest.agencyYears, agencies: withData.size, provinces: provinces.length },
  shards: specs,
  reference,
  shardBuilds: shardSteps,
  summaryBytes,
  globalBuild,
  merge,
  pages: refPages.length,
  ownedPages: owned.length,
  ownedPagesDiffering: differing.length,
  differingExamples: differing.slice(0, 5),
  globalPages: globalPages.length,
  globalPagesDiffering: globalDiffering.length,
  globalDifferingExamples: globalDiffering.slice(0, 8),
  searchHits: found,
  rebuildOneAgency: { agency: changedAgency, shard: rebuildShard, global: rebuildGlobal, merge: remerge, totalWallSeconds: Math.round((rebuildShard.wallSeconds + rebuildGlobal.wallSeconds + remerge.wallSeconds) * 10) / 10 },
};
writeFileSync(join(work, 'demo.json'), JSON.stringify(result, null, 2));
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
