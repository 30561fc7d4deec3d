/**
 * BENCHMARKS.md from the results of one benchmark run: machine, commands, a table per
 * measure, goals against results, what the figures mean, and — where the national size
 * misses a goal — the measured gap and the plan. Written by `npm run bench`, never by hand.
 */
import type { Machine } from './machine';
import { effective, type SearchMeasure, type SizeResult, type Step } from './run-size';

const GiB = 2 ** 30;
const MB = 1e6;
const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
const mb = (b: number) => (b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${(b / MB).toFixed(1)} MB`);
const gib = (b: number) => `${(b / GiB).toFixed(2)} GiB`;
const secs = (s: number | undefined) => (s === undefined ? '—' : s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

/** The run that counts (the larger-heap retry when there was one), or undefined. */
const E = (s: Step | undefined) => (s ? effective(s) : undefined);

function stepCells(s: Step | undefined): string[] {
  if (!s) return ['—', '—', '—', '—'];
  const e = effective(s);
  const wall = e.ok ? secs(e.wallSeconds) : `**failed** (${e.exit}) after ${secs(e.wallSeconds)}`;
  const first = s.retry ? `out of heap with Node's default heap after ${secs(s.wallSeconds)} (peak ${gib(s.peakTreeBytes)}); with a ${(s.retry.heapMb / 1024).toFixed(0)} GB heap: ` : '';
  return [`${first}${wall}`, secs(e.cpuSeconds), gib(e.peakProcessBytes), gib(e.peakTreeBytes)];
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * A sharded build of the whole corpus by province (31 shards), from the shards measured: with
 * two shards of different sizes, cost = fixed + per agency-year × agency-years (the fixed part is
 * Astro's start-up and the pages every shard renders); with one, its cost per agency-year.
 */
export function shardEstimate(r: SizeResult): { cpuSeconds: number; fixed: number; perAgencyYear: number; peak: number; largestWall: number; largestSpec: string } | undefined {
  const ok = (r.shards ?? []).map((sh) => ({ ...sh, build: effective(sh.build) })).filter((sh) => sh.build.ok && sh.agencyYears > 0).sort((a, b) => a.agencyYears - b.agencyYears);
  if (ok.length === 0) return undefined;
  const cpu = (sh: (typeof ok)[number]) => sh.build.cpuSeconds ?? sh.build.wallSeconds;
  const lo = ok[0]!;
  const hi = ok[ok.length - 1]!;
  let fixed = 0;
  let perAgencyYear = Math.max(...ok.map((sh) => cpu(sh) / sh.agencyYears));
  if (hi.agencyYears > lo.agencyYears) {
    const slope = (cpu(hi) - cpu(lo)) / (hi.agencyYears - lo.agencyYears);
    const intercept = cpu(lo) - slope * lo.agencyYears;
    if (slope > 0 && intercept >= 0) [fixed, perAgencyYear] = [intercept, slope];
  }
  return { cpuSeconds: 31 * fixed + perAgencyYear * r.corpus.manifest.agencyYears, fixed, perAgencyYear, peak: Math.max(...ok.map((sh) => sh.build.peakTreeBytes)), largestWall: hi.build.wallSeconds, largestSpec: hi.spec };
}

/** Per-page build cost of a size: wall and CPU ms per page, for 明账 and for the yardstick, and their ratios. */
export function perPage(r: SizeResult) {
  const b = E(r.build);
  const pages = r.build?.pages ?? 0;
  const y = r.yardstick;
  if (!b?.ok || !y?.ok || pages === 0 || y.pages === 0) return undefined;
  const wall = (b.wallSeconds * 1000) / pages;
  const cpu = ((b.cpuSeconds ?? 0) * 1000) / pages;
  const yWall = (y.wallSeconds * 1000) / y.pages;
  const yCpu = ((y.cpuSeconds ?? 0) * 1000) / y.pages;
  return { wall, cpu, yWall, yCpu, wallRatio: wall / yWall, cpuRatio: yCpu > 0 ? cpu / yCpu : NaN };
}

type Verdict = 'met' | 'missed' | 'not measured';
interface Goal {
  goal: string;
  result: string;
  verdict: Verdict;
}

function goals(results: SizeResult[]): Goal[] {
  const out: Goal[] = [];
  const national = results.find((r) => r.size === 'national');
  const bundled = results.find((r) => r.size === '1x');
  if (national) {
    const b = E(national.build);
    const p = national.pagefind;
    const done = b?.ok && p?.ok;
    const total = (b?.wallSeconds ?? 0) + (p?.wallSeconds ?? 0);
    const est = shardEstimate(national);
    const sharded = est ? `; sharded by province (estimate from the shards built): ${(est.cpuSeconds / 3600).toFixed(1)} CPU-hours, on 31 machines about ${(est.cpuSeconds / 31 / 60).toFixed(0)} min per shard on average, ${secs(est.largestWall)} and ${gib(est.peak)} for the largest province (${est.largestSpec}) — pages only, before merge and search` : '';
    out.push({
      goal: 'national build (pages + search) under 30 minutes',
      result: `${done ? `${secs(total)} (pages ${secs(b!.wallSeconds)}, search ${secs(p!.wallSeconds)})` : `on one machine it did not complete: ${[b && !b.ok ? `pages ${b.exit} after ${secs(b.wallSeconds)}` : '', p && !p.ok ? `search ${p.exit}` : ''].filter(Boolean).join('; ') || 'not run'}`}${sharded}`,
      verdict: done ? (total < 1800 ? 'met' : 'missed') : 'missed',
    });
    const peak = Math.max(E(national.validation)?.peakTreeBytes ?? 0, b?.peakTreeBytes ?? 0, p?.peakTreeBytes ?? 0);
    out.push({ goal: 'national build peak memory under 8 GiB', result: `${gib(peak)} (peak of the process tree over validation, pages and search)${done ? '' : '; the build did not complete'}`, verdict: done && peak < 8 * GiB ? 'met' : 'missed' });
  } else {
    out.push({ goal: 'national build under 30 minutes and 8 GiB', result: 'national size not run in this benchmark', verdict: 'not measured' });
  }
  const ratios = results.map((r) => ({ r, p: perPage(r) })).filter((x) => x.p);
  if (ratios.length > 0) {
    out.push({
      goal: 'per-page build cost within 3× a bare Astro page',
      result: ratios.map(({ r, p }) => `${r.size}: ${p!.wallRatio.toFixed(1)}× wall, ${p!.cpuRatio.toFixed(1)}× CPU`).join('; '),
      verdict: ratios.every(({ p }) => p!.wallRatio <= 3) ? 'met' : 'missed',
    });
  }
  const searched = results.filter((r) => r.search?.cold);
  if (searched.length > 0) {
    out.push({
      goal: 'cold query under 150 KB transferred',
      result: searched.map((r) => `${r.size}: ${kb(r.search!.cold!.bytes)}`).join('; '),
      verdict: searched.every((r) => r.search!.cold!.bytes < 150_000) ? 'met' : 'missed',
    });
    out.push({
      goal: 'first results under 300 ms on loopback (cold query)',
      result: searched.map((r) => `${r.size}: ${r.search!.cold!.firstResultMs === null ? 'no result' : ms(r.search!.cold!.firstResultMs)}`).join('; '),
      verdict: searched.every((r) => (r.search!.cold!.firstResultMs ?? Infinity) < 300) ? 'met' : 'missed',
    });
  }
  if (bundled?.sizes) {
    const s = bundled.sizes;
    out.push({ goal: 'no page of the bundled site over 100 KB gzipped', result: `largest ${kb(s.maxGzip)} (${s.largest})`, verdict: s.maxGzip <= 100_000 ? 'met' : 'missed' });
    out.push({ goal: 'median page of the bundled site under 30 KB gzipped', result: `median ${kb(s.medianGzip)} over ${n(s.htmlPages)} pages`, verdict: s.medianGzip < 30_000 ? 'met' : 'missed' });
  }
  const rebuilt = results.filter((r) => r.rebuild);
  const shardRuns = (national?.shards ?? []).map((sh) => ({ ...sh, build: effective(sh.build) })).filter((sh) => sh.build.ok);
  if (rebuilt.length > 0 || shardRuns.length > 0) {
    out.push({
      goal: 'rebuild after changing one agency’s data (reported)',
      result: [
        ...rebuilt.map((r) => `${r.size}: ${secs(r.rebuild!.totalWallSeconds)} (full build: ${secs((E(r.validation)?.wallSeconds ?? 0) + (E(r.build)?.wallSeconds ?? 0) + (r.pagefind?.wallSeconds ?? 0))}) — Astro re-renders every page`),
        ...shardRuns.map((sh) => `national, sharded: rebuild the agency's province shard (${sh.spec}: ${secs(sh.build.wallSeconds)}), then merge and index`),
      ].join('; '),
      verdict: 'not measured',
    });
  }
  return out;
}

function searchRow(r: SizeResult, which: 'cold' | 'warm'): string[] {
  const q: SearchMeasure | undefined = r.search?.[which];
  if (!q) return [r.size, which, r.search && !r.search.ok ? `failed (${r.search.exit})` : '—', '—', '—', '—', '—'];
  const kinds = Object.entries(q.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ');
  return [r.size, `${which} “${q.query}”`, q.firstResultMs === null ? 'no result' : ms(q.firstResultMs), kb(q.bytes), kb(q.pagefindBytes), String(q.requests), kinds];
}

export interface ReportInput {
  machine: Machine;
  results: SizeResult[];
  command: string;
  startedAt: string;
  finishedAt: string;
  seed: number;
  memoryCapBytes: number;
  timeLimitSeconds: number;
}

export function renderReport(x: ReportInput): string {
  const { machine: m, results } = x;
  const lines: string[] = [];
  const runMinutes = (Date.parse(x.finishedAt) - Date.parse(x.startedAt)) / 60000;
  lines.push('# Benchmarks', '');
  lines.push(`<!-- Written by \`npm run bench\` (scripts/bench.ts) on ${x.finishedAt}. Do not edit by hand: run the benchmark again. -->`, '');
  lines.push(`This file is the output of \`${x.command}\`, which took ${runMinutes.toFixed(0)} minutes. It measures how 明账's build, search and pages scale from the bundled data (1×) to a synthetic national corpus (every medical-security bureau × 5 years), made by \`npm run synth\` (scripts/synth/README.md).`, '');

  lines.push('## Machine', '');
  lines.push(table(['', ''], [
    ['cores (nproc)', String(m.nproc)], ['memory', `${m.memoryGiB} GiB`], ['CPU', m.cpu], ['Node', `${m.node} (default V8 heap limit ${n(m.defaultHeapMb)} MB)`], ['Astro', m.astro], ['Pagefind', m.pagefind], ['Chromium', m.chromium],
    ['commit', `${m.commit}${m.uncommitted > 0 ? ` with ${m.uncommitted} uncommitted changes in the working tree (the working tree was measured)` : ''}`],
    ['load average when the run started', m.loadAverage.join(', ')],
    ['load average before / after each size', results.map((r) => `${r.size}: ${r.loadBefore} / ${r.loadAfter ?? '—'}`).join('; ')],
  ]));
  lines.push('', 'The machine is shared: other builds and browser tests ran during the benchmark when the load average is above the core count. Wall times are then longer than on an idle machine; CPU times (user + system over the whole process tree) are much less affected, so both are given.', '');

  lines.push('## Commands', '');
  lines.push('Each step runs as its own child process under `/usr/bin/time`, with its process tree sampled from `/proc` every 200 ms for resident memory and CPU (scripts/bench/measure.ts).', '');
  lines.push('```sh');
  lines.push(`${x.command}`);
  lines.push('# per size, with <data> = .bench/corpus/<size> and <site> = .bench/site/<size>:');
  lines.push('npm run synth -- --size <size> --out <data> --seed ' + String(x.seed) + '   # 1x copies data/');
  lines.push('tsx scripts/bench/validate-step.ts <data>                    # read + validate, as the build does');
  lines.push('MINGZHANG_DATA=<data> MINGZHANG_OUT_DIR=<site> astro build --config scripts/bench/astro.config.mjs');
  lines.push('tsx scripts/bench/pagefind-step.ts <site>                    # the build\'s Pagefind step');
  lines.push('YARDSTICK_PAGES=<pages built> astro build --root .bench/yardstick  # bare Astro, trivial pages');
  lines.push('tsx scripts/bench/search-step.ts <site> 医疗救助 满意度         # headless Chromium, cold then warm');
  lines.push('```', '');
  lines.push(`Limits: a step is killed when its process tree holds more than ${gib(x.memoryCapBytes)} resident, or after ${secs(x.timeLimitSeconds)}; such a step is reported as failed with the time it had run.`, '');

  lines.push('## Corpus', '');
  lines.push(table(['size', 'agencies', 'agency-years', 'documents', 'projects', 'indicators', 'files', 'on disk', 'generated in'], results.map((r) => {
    const c = r.corpus;
    const mf = c.manifest;
    return [r.size === '1x' ? '1x (bundled data/)' : r.size, n(mf.agencies), n(mf.agencyYears), n(mf.documents), n(mf.projects), n(mf.indicators), n(c.files), mb(c.bytes), c.reused ? 'reused' : secs(c.generateSeconds)];
  })));
  lines.push('');

  lines.push('## Validation', '', 'Reading every file and validating the dataset (`readDataset` + `validateDataset`, what `scripts/build.ts` and `src/lib/site/dataset.ts` each run once per build).', '');
  lines.push(table(['size', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)'], results.map((r) => [r.size, ...stepCells(r.validation)])));
  lines.push('');

  lines.push('## Build (pages)', '', '`astro build` of the site, which loads and validates the data again in `src/lib/site/dataset.ts` and renders every page. The yardstick is a bare Astro project with one dynamic route producing the same number of trivial pages.', '');
  lines.push(table(['size', 'pages', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)', 'output', 'per page (wall / CPU)', 'bare Astro per page (wall / CPU)', '明账 ÷ bare (wall / CPU)'], results.map((r) => {
    const p = perPage(r);
    return [r.size, r.build ? n(r.build.pages) : '—', ...stepCells(r.build), r.build ? mb(r.build.outputBytes) : '—', p ? `${ms(p.wall)} / ${ms(p.cpu)}` : '—', p ? `${ms(p.yWall)} / ${ms(p.yCpu)}` : '—', p ? `${p.wallRatio.toFixed(1)}× / ${p.cpuRatio.toFixed(1)}×` : '—'];
  })));
  lines.push('');

  lines.push('## Search index (Pagefind)', '');
  lines.push(table(['size', 'pages indexed', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)', 'index size', 'index files'], results.map((r) => [r.size, r.pagefind ? n(r.pagefind.pages) : '—', ...stepCells(r.pagefind), r.pagefind ? mb(r.pagefind.indexBytes) : '—', r.pagefind ? n(r.pagefind.indexFiles) : '—'])));
  lines.push('');

  lines.push('## Search in the browser', '', 'Headless Chromium opens `/search/?q=…` on a loopback server that gzips text and sends `Cache-Control: max-age=600` like a static host (scripts/bench/gzip-server.ts). “First result” is milliseconds from navigation start until the first result is in the list; bytes are counted by the server, whichever thread fetches them (Pagefind's default is a Web Worker; the search page runs it on the main thread). Cold: a new browser profile; warm: a second query in the same profile.', '');
  lines.push(table(['size', 'query', 'first result', 'transferred', 'of it Pagefind', 'requests', 'by kind'], results.flatMap((r) => [searchRow(r, 'cold'), searchRow(r, 'warm')])));
  lines.push('');

  lines.push('## Page sizes (gzip, level 6)', '', 'Every HTML page classified by URL pattern; sizes are what a host sends with gzip. Sizes with more than 2,000 pages of a type are sampled (2,000 evenly spaced pages plus the 25 largest), so maxima are exact and medians estimates.', '');
  lines.push(table(['size', 'page type', 'pages', 'median', 'p90', 'largest', 'largest page'], results.flatMap((r) => (r.sizes?.byType ?? []).map((t) => [r.size, t.type, n(t.pages), kb(t.medianGzip), kb(t.p90Gzip), kb(t.maxGzip), `\`${t.largest}\``]))));
  lines.push('');
  lines.push(table(['size', 'all files', 'site on disk', 'by folder (largest first)'], results.filter((r) => r.sizes).map((r) => [r.size, n(r.sizes!.files), mb(r.sizes!.totalBytes), Object.entries(r.sizes!.folders).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([f, b]) => `${f} ${mb(b)}`).join(', ')])));
  lines.push('');

  for (const r of results.filter((x) => x.shards && x.shards.length > 0)) {
    lines.push(`## ${r.size}: province shards built alone`, '', `Some provinces of the ${r.size} corpus built as shards (\`MINGZHANG_SHARD=<province>\`, scripts/shard-build.ts; docs/sharding.md), each measured on its own. Every shard also renders all ${n(r.corpus.manifest.agencies)} agency pages and the site-wide pages (see docs/sharding.md), which the merge discards.`, '');
    lines.push(table(['shard (province)', 'agency-years', 'pages', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)', 'CPU per agency-year'], r.shards!.map((sh) => [sh.spec, n(sh.agencyYears), n(sh.pages), ...stepCells(sh.build), effective(sh.build).ok && sh.agencyYears > 0 ? secs((effective(sh.build).cpuSeconds ?? 0) / sh.agencyYears) : '—'])));
    const est = shardEstimate(r);
    if (est) lines.push('', `Extrapolated to 31 province shards and all ${n(r.corpus.manifest.agencyYears)} agency-years (${est.fixed > 0 ? `CPU = ${secs(est.fixed)} fixed per shard + ${secs(est.perAgencyYear)} per agency-year, fitted to the shards above` : `at the dearest shard's ${secs(est.perAgencyYear)} CPU per agency-year`}): about ${(est.cpuSeconds / 3600).toFixed(1)} CPU-hours of shard builds — ${(est.cpuSeconds / 3600 / 2).toFixed(1)} hours on this 2-core machine at best, or on 31 machines about ${(est.cpuSeconds / 31 / 60).toFixed(0)} minutes per shard on average and ${secs(est.largestWall)} for the largest measured (${est.largestSpec}) — with a peak of ${gib(est.peak)} for the largest shard measured (四川, 51, is the largest province: 205 agencies, 1,025 agency-years; 宁夏, 64, has 28; the three smallest, 北京 天津 上海, 17 each). Plus the merge and the search index over all pages.`);
    lines.push('');
  }

  const rebuilt = results.filter((r) => r.rebuild);
  if (rebuilt.length > 0) {
    lines.push('## Rebuild after changing one agency’s data', '', 'One document’s `summary` is changed, then validation, pages and search index run again.', '');
    lines.push(table(['size', 'changed file', 'validation', 'pages', 'search', 'total', 'full build'], rebuilt.map((r) => [r.size, `\`${r.rebuild!.changed}\``, secs(r.rebuild!.validation.wallSeconds), secs(r.rebuild!.build.wallSeconds), secs(r.rebuild!.pagefind.wallSeconds), secs(r.rebuild!.totalWallSeconds), secs((E(r.validation)?.wallSeconds ?? 0) + (E(r.build)?.wallSeconds ?? 0) + (r.pagefind?.wallSeconds ?? 0))])));
    lines.push('');
  }

  lines.push('## Goals against results', '');
  lines.push(table(['goal', 'result', 'verdict'], goals(results).map((g) => [g.goal, g.result, g.verdict === 'met' ? '✅ met' : g.verdict === 'missed' ? '❌ missed' : '—'])));
  lines.push('');
  lines.push(...interpretation(results, m.defaultHeapMb));
  const failed = results.flatMap((r) => [['validation', r.validation], ['build', r.build], ['pagefind', r.pagefind], ['search', r.search]] as const).filter(([, s]) => s && !s.ok);
  // A step that failed, or that ran out of heap before its retry, shows its last lines.
  if (failed.length > 0) {
    lines.push('## Failed steps (last lines of their output)', '');
    for (const r of results) {
      for (const [name, s] of [['validation', r.validation], ['build', r.build], ['pagefind', r.pagefind], ['search', r.search]] as const) {
        if (!s || s.ok) continue;
        lines.push(`### ${r.size}: ${name} — ${s.exit} after ${secs(s.wallSeconds)}`, '', '```', (s.tail ?? '').split('\n').slice(-15).join('\n'), '```', '');
        if (s.retry && !s.retry.ok) lines.push(`### ${r.size}: ${name} with a ${(s.retry.heapMb / 1024).toFixed(0)} GB heap — ${s.retry.exit} after ${secs(s.retry.wallSeconds)}`, '', '```', (s.retry.tail ?? '').split('\n').slice(-15).join('\n'), '```', '');
      }
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** What the figures mean, computed from them: growth per page, what dominates, the national gap and the plan. */
function interpretation(results: SizeResult[], defaultHeapMb: number): string[] {
  const out: string[] = ['## What the figures mean', ''];
  const measured = results.filter((r) => E(r.build)?.ok && r.build!.pages > 0);
  const perPageCpu = measured.map((r) => ({ size: r.size, pages: r.build!.pages, cpu: ((E(r.build)!.cpuSeconds ?? 0) * 1000) / r.build!.pages }));
  const national = results.find((r) => r.size === 'national');
  const heapless = results.filter((r) => r.validation?.retry || r.build?.retry);
  if (heapless.length > 0) {
    const which = heapless.map((r) => `${r.size} (${[r.validation?.retry ? 'validation' : '', r.build?.retry ? 'Astro build' : ''].filter(Boolean).join(' and ')})`).join(', ');
    out.push(`- **Node's default heap is not enough from ${heapless[0]!.size} agency-years on.** \`npm run build\` runs with Node's default V8 heap (${n(defaultHeapMb)} MB on this machine). Out of heap (“FATAL ERROR … JavaScript heap out of memory”): ${which}; those steps were run again with a larger heap to measure them.`);
  }
  const bundledPeak = E(results.find((r) => r.size === '1x')?.validation)?.peakProcessBytes;
  const ratios = results
    .filter((r) => r.size !== '1x' && E(r.validation)?.ok && bundledPeak !== undefined)
    .map((r) => ({ size: r.size, ratio: (E(r.validation)!.peakProcessBytes - bundledPeak!) / r.corpus.bytes }));
  if (ratios.length > 0) {
    out.push(`- **Memory follows the whole dataset.** Validation holds every file's bytes, its parsed JSON with source positions for messages, and the validated documents at once: beyond the ${gib(bundledPeak!)} a validation of the bundled data needs, it takes ${ratios.map((x) => `${x.ratio.toFixed(0)}× the corpus bytes at ${x.size}`).join(', ')}. The Astro build holds the same for its whole run, and \`scripts/build.ts\` keeps its own validated copy alive while Astro runs.${national ? ` At that rate the national corpus's ${mb(national.corpus.bytes)} would need about ${gib(national.corpus.bytes * Math.max(...ratios.map((x) => x.ratio)))} in one process — far beyond this machine.` : ''}`);
  }
  const indexed = results.filter((r) => r.pagefind?.ok && r.build && r.build.outputBytes > 0);
  if (indexed.length > 0) {
    const last = indexed[indexed.length - 1]!;
    out.push(`- **Pagefind's memory grows with the pages it indexes**: ${indexed.map((r) => `${gib(r.pagefind!.peakTreeBytes)} for ${n(r.pagefind!.pages)} pages (${mb(r.build!.outputBytes)} of site) at ${r.size}`).join(', ')}. One index over every page of the national site (about ${n(Math.round((last.pagefind!.pages / Math.max(1, last.corpus.manifest.agencyYears)) * (national?.corpus.manifest.agencyYears ?? 16_050)))} pages) would need about ${gib((last.pagefind!.peakTreeBytes / last.pagefind!.pages) * (last.pagefind!.pages / Math.max(1, last.corpus.manifest.agencyYears)) * (national?.corpus.manifest.agencyYears ?? 16_050))} at this rate.`);
  }
  if (perPageCpu.length >= 2) {
    const list = perPageCpu.map((x) => `${ms(x.cpu)} at ${x.size} (${n(x.pages)} pages)`).join(', ');
    const scaled = perPageCpu.filter((x) => x.size !== '1x');
    const grows = scaled.length >= 2 && scaled[scaled.length - 1]!.cpu > scaled[0]!.cpu * 1.2;
    out.push(
      `- **Per-page build cost.** CPU per page: ${list}. At 1× Astro's fixed start-up dominates. ${
        grows
          ? 'From 100 agency-years on it grows with the corpus: bare Astro pages cost about the same at every size, so the growth is 明账’s own — view models that scan the whole dataset for every page (`data.documents.filter(…)`, site-wide findings and comparisons) make the build grow faster than the number of pages.'
          : 'From 100 agency-years on it stays roughly constant per page, so the build grows about linearly with the number of pages — at a multiple of the bare Astro page (table above).'
      }`,
    );
  }
  const big = measured[measured.length - 1];
  if (big?.sizes) {
    const global = big.sizes.byType.filter((t) => ['findings', 'other', 'home', 'agency index'].includes(t.type)).sort((a, b) => b.maxGzip - a.maxGzip)[0];
    if (global) out.push(`- **Site-wide pages grow with the whole corpus.** At ${big.size} the largest ${global.type} page is ${kb(global.maxGzip)} gzipped (\`${global.largest}\`); pages that list every finding or every agency grow linearly with the data, so at national scale they must be split (by province, by rule) or paginated.`);
    const dl = big.sizes.folders.downloads;
    if (dl) out.push(`- **Output size.** At ${big.size} the site is ${mb(big.sizes.totalBytes)} on disk, ${mb(dl)} of it downloads (CSV/JSON per agency-year) and ${mb(big.sizes.folders.agencies ?? 0)} agency pages; a host must hold and upload all of it on every full build.`);
    const data = big.sizes.folders.data;
    if (data) out.push(`- **\`/data/\` holds every document.** At ${big.size} it is ${mb(data)}: \`/data/documents.json\` embeds the text of every document file for the browser validator, which downloads it whole. At national scale it cannot be built (one JSON string of several GB: \`RangeError: Invalid string length\`); the validator needs an index of ids, not the documents (docs/sharding.md).`);
  }
  const withSearch = results.filter((r) => r.search?.cold);
  if (withSearch.length > 0) {
    const last = withSearch[withSearch.length - 1]!;
    const meta = last.search!.cold!.byKind['pagefind metadata'] ?? 0;
    out.push(`- **Search transfer is dominated by the index.** At ${last.size} a cold query moves ${kb(last.search!.cold!.bytes)}, of which Pagefind metadata ${kb(meta)} (one entry per indexed page: it grows linearly with pages), the WebAssembly and JS (fixed), filter lists (they grow with the number of agencies: the search page loads every filter value) and index chunks and result fragments (they grow with how many pages match).`);
  }
  if (national) out.push(...nationalGap(national, measured));
  out.push('');
  return out;
}

function nationalGap(national: SizeResult, measured: SizeResult[]): string[] {
  const out: string[] = [];
  const b = E(national.build);
  const v = E(national.validation);
  const pages = national.build?.pages ?? 0;
  if (b?.ok && national.pagefind?.ok) {
    out.push(`- **National build.** ${n(pages)} pages in ${secs(b.wallSeconds)} (CPU ${secs(b.cpuSeconds)}), search index in ${secs(national.pagefind.wallSeconds)}, peak ${gib(Math.max(b.peakTreeBytes, national.pagefind.peakTreeBytes))}.`);
  } else {
    out.push(`- **National build did not complete on one machine.** Validation: ${v ? `${v.ok ? 'completed' : v.exit} after ${secs(v.wallSeconds)}, peak ${gib(v.peakTreeBytes)}` : 'not run'}. Pages: ${b ? `${b.exit} after ${secs(b.wallSeconds)} with ${n(pages)} pages written, peak ${gib(b.peakTreeBytes)}` : 'not run'}${national.build?.retry ? ` (with a ${(national.build.retry.heapMb / 1024).toFixed(0)} GB heap; with the default heap: ${national.build.exit} after ${secs(national.build.wallSeconds)})` : ''}.`);
  }
  const ref = measured.filter((r) => r.size !== 'national').pop();
  const refBuild = E(ref?.build);
  if (ref?.build && refBuild) {
    const perPage = (refBuild.cpuSeconds ?? refBuild.wallSeconds) / ref.build.pages;
    const pagesPerAgencyYear = ref.build.pages / Math.max(1, ref.corpus.manifest.agencyYears);
    const nationalPages = pagesPerAgencyYear * Math.max(1, national.corpus.manifest.agencyYears);
    const lowerBound = (perPage * nationalPages) / 60;
    out.push(`- **Extrapolation.** At ${ref.size}, ${pagesPerAgencyYear.toFixed(1)} pages per agency-year at ${(perPage * 1000).toFixed(0)} ms CPU per page: the national corpus (${n(national.corpus.manifest.agencyYears)} agency-years) means about ${n(Math.round(nationalPages))} pages and at least ${lowerBound.toFixed(0)} CPU-minutes of rendering on one core even if the per-page cost stopped growing — ${(lowerBound / 30).toFixed(0)}× the 30-minute goal; with 2 cores at best half of that.`);
  }
  out.push(
    '- **Plan.** (1) Stop loading the whole dataset into every build process: `src/lib/site/dataset.ts` keeps the validated documents (and `readDataset` keeps every file\'s bytes) in memory at once, and `scripts/build.ts` holds a second copy while Astro runs; validate file by file and load documents per page (lazy, by id) so memory follows the page, not the corpus. (2) Remove whole-dataset work from per-page view models (index documents by agency/year/partOf once; compute the audit once and index findings by document) so per-page cost stops growing. (3) Shard the build by province (docs/sharding.md: `MINGZHANG_SHARD`, `scripts/shard-build.ts`, `scripts/merge-shards.ts`): each shard is about 1/31 of the data and can run on its own machine or in sequence with bounded memory; only the changed province is rebuilt after an edit. (4) Split site-wide pages (findings, comparisons, downloads index) by province and paginate them. (5) Search: one Pagefind index over every project page makes the per-page metadata alone several MB at national scale; index fewer, larger pages (document and agency-year pages, with projects as sub-results), or one index per province merged on demand with Pagefind\'s `mergeIndex`, so a cold query loads only what it searches.',
  );
  return out;
}
