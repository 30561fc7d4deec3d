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
 * Astro's start-up and the pages every shard renders); with one, its cost per agency-year. The
 * cost of a shard is its pages plus its own search index (when it was indexed).
 */
export function shardEstimate(r: SizeResult): { cpuSeconds: number; fixed: number; perAgencyYear: number; peak: number; largestWall: number; largestSpec: string } | undefined {
  const ok = (r.shards ?? []).map((sh) => ({ ...sh, build: effective(sh.build) })).filter((sh) => sh.build.ok && sh.agencyYears > 0).sort((a, b) => a.agencyYears - b.agencyYears);
  if (ok.length === 0) return undefined;
  const cpu = (sh: (typeof ok)[number]) => (sh.build.cpuSeconds ?? sh.build.wallSeconds) + (sh.pagefind?.ok ? (sh.pagefind.cpuSeconds ?? sh.pagefind.wallSeconds) : 0);
  const lo = ok[0]!;
  const hi = ok[ok.length - 1]!;
  let fixed = 0;
  let perAgencyYear = Math.max(...ok.map((sh) => cpu(sh) / sh.agencyYears));
  if (hi.agencyYears > lo.agencyYears) {
    const slope = (cpu(hi) - cpu(lo)) / (hi.agencyYears - lo.agencyYears);
    const intercept = cpu(lo) - slope * lo.agencyYears;
    if (slope > 0 && intercept >= 0) [fixed, perAgencyYear] = [intercept, slope];
  }
  const peak = Math.max(...ok.map((sh) => Math.max(sh.build.peakTreeBytes, sh.pagefind?.peakTreeBytes ?? 0)));
  return { cpuSeconds: 31 * fixed + perAgencyYear * r.corpus.manifest.agencyYears, fixed, perAgencyYear, peak, largestWall: hi.build.wallSeconds + (hi.pagefind?.wallSeconds ?? 0), largestSpec: hi.spec };
}

/** Per-page build cost of a size: wall and CPU ms per page, for 明账 and for the yardstick, and their ratios. */
export function perPage(r: SizeResult) {
  // A size built in shards: the whole sharded build (pages and search index) per page.
  const b = E(r.build) ?? E(r.sharded);
  const pages = r.build?.pages ?? r.sharded?.pages ?? 0;
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
    const b = E(national.build) ?? E(national.sharded);
    const p = national.pagefind ?? (national.sharded ? E(national.sharded) : undefined);
    const done = b?.ok && p?.ok;
    // The sharded build is one step: pages and search index together.
    const total = national.sharded && !national.build ? (b?.wallSeconds ?? 0) : (b?.wallSeconds ?? 0) + (p?.wallSeconds ?? 0);
    const est = shardEstimate(national);
    const v = E(national.validation);
    const sharded = est
      ? `sharded by province (estimate from the shards built, pages + each shard's search index): ${(est.cpuSeconds / 3600).toFixed(1)} CPU-hours — ${(est.cpuSeconds / 3600 / 2).toFixed(1)} h on this 2-core machine at best, or on 31 machines about ${(est.cpuSeconds / 31 / 60).toFixed(0)} min per shard on average and ${secs(est.largestWall)} for the largest province (${est.largestSpec}); plus validation of the whole corpus once (${v?.ok ? secs(v.wallSeconds) : 'failed'})`
      : '';
    const shardedRun = national.sharded ? E(national.sharded) : undefined;
    const unsharded = shardedRun
      ? `sharded on this machine (\`npm run build:sharded\`, ${national.sharded!.jobs} shards at a time): ${shardedRun.ok ? `${secs(shardedRun.wallSeconds)} for pages and search (CPU ${secs(shardedRun.cpuSeconds)})` : `${shardedRun.exit} after ${secs(shardedRun.wallSeconds)}`}, plus validation of the whole corpus (${v?.ok ? secs(v.wallSeconds) : 'failed'})`
      : national.unshardedSkipped ? 'one process: not attempted' : done ? `${secs(total)} (pages ${secs(b!.wallSeconds)}, search ${secs(p!.wallSeconds)})` : `on one machine it did not complete: ${[b && !b.ok ? `pages ${b.exit} after ${secs(b.wallSeconds)}` : '', p && !p.ok ? `search ${p.exit}` : ''].filter(Boolean).join('; ') || 'not run'}`;
    out.push({
      goal: 'national build (pages + search) under 30 minutes',
      result: [unsharded, sharded].filter(Boolean).join('; '),
      verdict: done ? (total < 1800 ? 'met' : 'missed') : 'missed',
    });
    const peak = Math.max(v?.peakTreeBytes ?? 0, b?.peakTreeBytes ?? 0, p?.peakTreeBytes ?? 0, est?.peak ?? 0);
    out.push({
      goal: 'national build peak memory under 8 GiB',
      result: `${gib(peak)} (peak of the process tree over ${national.sharded ? `validation (${gib(v?.peakTreeBytes ?? 0)}) and the sharded build (${gib(national.sharded.peakTreeBytes)})` : national.unshardedSkipped ? `validation of the whole corpus (${gib(v?.peakTreeBytes ?? 0)}) and the province shards measured, pages and search index one at a time` : 'validation, pages and search'})${done ? '' : '; the whole build was not run end to end'}`,
      verdict: done ? (peak < 8 * GiB ? 'met' : 'missed') : peak < 8 * GiB ? 'not measured' : 'missed',
    });
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

/** Where a query searched: the whole site, or (scoped bundles) the largest prefecture, its province, the directory. */
function searchWhere(r: SizeResult, which: 'cold' | 'warm' | 'province' | 'directory'): string {
  const scope = r.search?.scope;
  if (!scope) return '';
  if (which === 'province') return ' in the province of the largest prefecture (its bundles merged)';
  if (which === 'directory') return ' in the directory of agencies';
  return ` in the largest prefecture's scope (${scope.name}, ${n(scope.pages)} pages)`;
}

function searchRow(r: SizeResult, which: 'cold' | 'warm' | 'province' | 'directory'): string[] {
  const q: SearchMeasure | undefined = r.search?.[which];
  if (!q) return [r.size, which, r.search && !r.search.ok ? `failed (${r.search.exit})` : '—', '—', '—', '—', '—'];
  const kinds = Object.entries(q.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ');
  const label = which === 'province' || which === 'directory' ? 'cold' : which;
  return [r.size, `${label} “${q.query}”${searchWhere(r, which)}`, q.firstResultMs === null ? 'no result' : ms(q.firstResultMs), kb(q.bytes), kb(q.pagefindBytes), String(q.requests), kinds];
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

  lines.push('## Validation', '', 'Validating the whole dataset one file at a time (`validateFiles`: the same problems as validating every file at once, with memory that follows the largest file), what `scripts/build.ts` runs before the pages.', '');
  lines.push(table(['size', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)'], results.map((r) => [r.size, ...stepCells(r.validation)])));
  lines.push('');

  lines.push('## Build (pages)', '', '`astro build` of the site on the validated data (`MINGZHANG_VALIDATED=1`, as `scripts/build.ts` runs it: `src/lib/site/dataset.ts` parses the documents with their schemas, without validation\'s source positions) rendering every page. The yardstick is a bare Astro project with one dynamic route producing the same number of trivial pages.', '');
  for (const r of results.filter((x) => x.unshardedSkipped)) lines.push(`${r.size}: the whole corpus in one \`astro build\` was not attempted — ${r.unshardedSkipped}. See “${r.size}: ${r.sharded ? 'the whole corpus built in shards' : 'province shards built alone'}” below.`, '');
  lines.push(table(['size', 'pages', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)', 'output', 'per page (wall / CPU)', 'bare Astro per page (wall / CPU)', '明账 ÷ bare (wall / CPU)'], results.map((r) => {
    const p = perPage(r);
    if (!r.build && r.sharded) return [`${r.size} (sharded: pages + search, see below)`, n(r.sharded.pages), ...stepCells(r.sharded), mb(r.sharded.outputBytes), p ? `${ms(p.wall)} / ${ms(p.cpu)}` : '—', p ? `${ms(p.yWall)} / ${ms(p.yCpu)}` : '—', p ? `${p.wallRatio.toFixed(1)}× / ${p.cpuRatio.toFixed(1)}×` : '—'];
    return [r.size, r.build ? n(r.build.pages) : '—', ...stepCells(r.build), r.build ? mb(r.build.outputBytes) : '—', p ? `${ms(p.wall)} / ${ms(p.cpu)}` : '—', p ? `${ms(p.yWall)} / ${ms(p.yCpu)}` : '—', p ? `${p.wallRatio.toFixed(1)}× / ${p.cpuRatio.toFixed(1)}×` : '—'];
  })));
  lines.push('');

  lines.push('## Search index (Pagefind)', '');
  lines.push(table(['size', 'pages indexed', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)', 'index size', 'index files'], results.map((r) =>
    !r.pagefind && r.sharded
      ? [r.size, `${n(r.sharded.pages)} (in the sharded build)`, 'in the sharded build', '—', '—', '—', mb(r.sharded.indexBytes), '—']
      : [r.size, r.pagefind ? n(r.pagefind.pages) : '—', ...stepCells(r.pagefind), r.pagefind ? mb(r.pagefind.indexBytes) : '—', r.pagefind ? n(r.pagefind.indexFiles) : '—'])));
  lines.push('');

  lines.push('## Search in the browser', '', 'Headless Chromium opens `/search/?q=…` on a loopback server that gzips text and sends `Cache-Control: max-age=600` like a static host (scripts/bench/gzip-server.ts). “First result” is milliseconds from navigation start until the first result is in the list; bytes are counted by the server, whichever thread fetches them (Pagefind’s default is a Web Worker; the search page runs it on the main thread). Cold: a new browser profile; warm: a second query in the same profile.', '');
  lines.push(table(['size', 'query', 'first result', 'transferred', 'of it Pagefind', 'requests', 'by kind'], results.flatMap((r) => [searchRow(r, 'cold'), searchRow(r, 'warm'), ...(r.search?.province ? [searchRow(r, 'province')] : []), ...(r.search?.directory ? [searchRow(r, 'directory')] : [])])));
  lines.push('');

  lines.push('## Page sizes (gzip, level 6)', '', 'Every HTML page classified by URL pattern; sizes are what a host sends with gzip. Sizes with more than 2,000 pages of a type are sampled (2,000 evenly spaced pages plus the 25 largest), so maxima are exact and medians estimates.', '');
  lines.push(table(['size', 'page type', 'pages', 'median', 'p90', 'largest', 'largest page'], results.flatMap((r) => (r.sizes?.byType ?? []).map((t) => [r.size, t.type, n(t.pages), kb(t.medianGzip), kb(t.p90Gzip), kb(t.maxGzip), `\`${t.largest}\``]))));
  lines.push('');
  lines.push(table(['size', 'all files', 'site on disk', 'by folder (largest first)'], results.filter((r) => r.sizes).map((r) => [r.size, n(r.sizes!.files), mb(r.sizes!.totalBytes), Object.entries(r.sizes!.folders).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([f, b]) => `${f} ${mb(b)}`).join(', ')])));
  lines.push('');

  for (const r of results.filter((x) => x.sharded)) {
    const s = r.sharded!;
    const rep = s.report;
    lines.push(`## ${r.size}: the whole corpus built in shards`, '', `\`npm run build:sharded -- --validated --jobs ${s.jobs} --heap-mb ${s.heapMb}${s.globalHeapMb ? ` --global-heap-mb ${s.globalHeapMb}` : ''}\` (scripts/build-sharded.ts; docs/sharding.md) on the corpus validated above: provinces packed into shards of at most the largest province's agency-years, built ${s.jobs} at a time with their own search bundles, each Astro process capped at ${s.heapMb} MB of V8 heap; then the global build of the site-wide pages from the shards' summaries${s.globalHeapMb ? ` (${s.globalHeapMb} MB of heap)` : ''}, the merge (folders moved, not copied) and the bundles that span shards. Measured as one step over the whole process tree.`, '');
    lines.push(table(['', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)'], [['the whole sharded build', ...stepCells(s)]]));
    if (rep) {
      lines.push('', table(['step', 'wall'], rep.steps.map((st) => [st.step, secs(st.seconds)])));
      lines.push('', table(['shard', 'agency-years', 'pages', 'wall (while sharing the machine with the other jobs)'], rep.shards.map((sh) => [sh.spec, n(sh.agencyYears), n(sh.pages), secs(sh.seconds)])));
    }
    lines.push('', `Output: ${n(s.pages)} pages, ${n(s.outputFiles)} files, ${mb(s.outputBytes)} on disk, of it the search index ${mb(s.indexBytes)}.`, '');
  }

  for (const r of results.filter((x) => x.shards && x.shards.length > 0)) {
    lines.push(`## ${r.size}: province shards built alone`, '', `Some provinces of the ${r.size} corpus built as shards (\`scripts/shard-build.ts --shard <province> --validated\`; docs/sharding.md) on the corpus validated above, each measured on its own, then indexed for search on its own (one Pagefind bundle per province). A shard renders its own agencies' pages and archived sources, and also the ~30 site-wide pages (home, lists, comparisons), from its own data only: the merge takes those from one shard, and at national scale they are not yet right (docs/sharding.md).`, '');
    lines.push(table(['shard (province)', 'agency-years', 'pages', 'wall', 'CPU', 'peak (largest process)', 'peak (process tree)', 'output', 'search index: wall', 'CPU', 'peak (process tree)', 'size', 'CPU per agency-year (pages + index)'], r.shards!.map((sh) => {
      const b = effective(sh.build);
      const pf = sh.pagefind;
      return [sh.spec, n(sh.agencyYears), n(sh.pages), ...stepCells(sh.build), sh.outputBytes ? mb(sh.outputBytes) : '—', pf ? secs(pf.wallSeconds) : '—', pf?.cpuSeconds !== undefined ? secs(pf.cpuSeconds) : '—', pf ? gib(pf.peakTreeBytes) : '—', pf ? mb(pf.indexBytes) : '—', b.ok && sh.agencyYears > 0 ? secs(((b.cpuSeconds ?? 0) + (pf?.cpuSeconds ?? 0)) / sh.agencyYears) : '—'];
    })));
    const est = shardEstimate(r);
    if (est) lines.push('', `Extrapolated to 31 province shards and all ${n(r.corpus.manifest.agencyYears)} agency-years (${est.fixed > 0 ? `CPU = ${secs(est.fixed)} fixed per shard + ${secs(est.perAgencyYear)} per agency-year, fitted to the shards above` : `at the dearest shard's ${secs(est.perAgencyYear)} CPU per agency-year`}): about ${(est.cpuSeconds / 3600).toFixed(1)} CPU-hours of shard builds — ${(est.cpuSeconds / 3600 / 2).toFixed(1)} hours on this 2-core machine at best, or on 31 machines about ${(est.cpuSeconds / 31 / 60).toFixed(0)} minutes per shard on average and ${secs(est.largestWall)} for the largest measured (${est.largestSpec}) — with a peak of ${gib(est.peak)} for the largest shard measured (四川, 51, is the largest province: 205 agencies, 1,025 agency-years; 宁夏, 64, has 28; the three smallest, 北京 天津 上海, 17 each). Plus the merge, and the site-wide pages from per-shard summaries (not built yet).`);
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
    const peaks = results.filter((r) => E(r.validation)?.ok).map((r) => `${gib(E(r.validation)!.peakProcessBytes)} for ${mb(r.corpus.bytes)} at ${r.size}`);
    out.push(`- **Validation's memory follows the largest file, not the corpus.** One file at a time, validation keeps only each document's ids for the checks across documents, and the process peaks at ${peaks.join(', ')} — most of it Node, the schemas and the ids kept for the checks across documents (the previous design, every file at once, took about 20× the corpus bytes and could not validate the national corpus in 18 GiB).`);
  }
  const pagesMem = measured.filter((r) => r.size !== '1x' && E(r.build)?.ok);
  if (pagesMem.length > 0) {
    out.push(`- **The page build holds the documents of what it renders.** \`src/lib/site/dataset.ts\` keeps every document of the build (a shard: its provinces) parsed in memory, about 1.6× their bytes on disk, plus the audit's findings; peak memory of the Astro process: ${pagesMem.map((r) => `${gib(E(r.build)!.peakProcessBytes)} at ${r.size} (${mb(r.corpus.bytes)} of data)`).join(', ')} — V8 lets its heap grow towards its limit before collecting, so peaks overstate what is live. A province shard therefore needs about what the ${pagesMem[pagesMem.length - 1]!.size} corpus needs; one process for the national corpus would not fit in 8 GiB, which is why it is built in shards.`);
  }
  const indexed = results.filter((r) => r.pagefind?.ok && r.build && r.build.outputBytes > 0);
  if (indexed.length > 0) {
    const single = indexed.filter((r) => r.pagefind!.mode !== 'scoped');
    const scoped = indexed.filter((r) => r.pagefind!.mode === 'scoped');
    const parts: string[] = [];
    if (single.length > 0) parts.push(`One index over the whole site (the bundled data and any site of at most 20 agencies) takes ${single.map((r) => `${gib(r.pagefind!.peakTreeBytes)} for ${n(r.pagefind!.pages)} pages at ${r.size}`).join(', ')}, growing with the pages indexed (one index of the 1,000 corpus took 13.79 GiB at 58aca59)`);
    if (scoped.length > 0) parts.push(`with scoped bundles (src/lib/site/search-scopes.ts: one per prefecture, province bureau and national bureau, a directory of agencies and the site-wide pages), indexed one at a time with Pagefind's service stopped after each, memory follows the largest bundle, not the site: ${scoped.map((r) => `${gib(r.pagefind!.peakTreeBytes)} for ${n(r.pagefind!.pages)} pages in ${n(r.pagefind!.bundles)} bundles (largest ${r.pagefind!.largestBundle?.id ?? '?'}, ${n(r.pagefind!.largestBundle?.pages)} pages) at ${r.size}`).join(', ')}`);
    out.push(`- **Pagefind's memory.** ${parts.join('; ')}. The largest national prefectures have about 3,000 pages, so a national build's bundles stay far below the 8 GiB goal; what scoped bundles cost is a search scope for the reader (docs/sharding.md, search section).`);
  }
  if (perPageCpu.length >= 2) {
    const list = perPageCpu.map((x) => `${ms(x.cpu)} at ${x.size} (${n(x.pages)} pages)`).join(', ');
    const scaled = perPageCpu.filter((x) => x.size !== '1x');
    const grows = scaled.length >= 2 && scaled[scaled.length - 1]!.cpu > scaled[0]!.cpu * 1.2;
    out.push(
      `- **Per-page build cost.** CPU per page: ${list}. At 1× Astro's fixed start-up dominates. ${
        grows
          ? 'From 100 agency-years on it still grows with the corpus: bare Astro pages cost about the same at every size, so the growth is 明账’s own — the site-wide pages (lists, comparisons, downloads of everything) grow with the whole corpus, and they are rendered in one build.'
          : 'From 100 agency-years on it stays roughly constant per page (view models look documents up in indexes built once per build, instead of scanning every document for every page), so the build grows about linearly with the number of pages — at a multiple of the bare Astro page (table above): 明账’s pages carry tables, charts and checks that a trivial page does not.'
      }`,
    );
  }
  const big = measured[measured.length - 1];
  if (big?.sizes) {
    const global = big.sizes.byType.filter((t) => ['findings', 'other', 'home', 'agency index'].includes(t.type)).sort((a, b) => b.maxGzip - a.maxGzip)[0];
    const findings = big.sizes.byType.find((t) => t.type === 'findings');
    if (global) out.push(`- **Site-wide pages.** They render from the shards' summaries (src/lib/site/summary.ts), in every build. Findings lists longer than 1,000 rows (MINGZHANG_LIST_LIMIT) show every count and the first 100 rows of each order, and link to one page per province${findings ? `: at ${big.size} the largest findings page is ${kb(findings.maxGzip)} gzipped (\`${findings.largest}\`)` : ''}. The largest site-wide page at ${big.size} is ${kb(global.maxGzip)} gzipped (\`${global.largest}\`)${global.largest.startsWith('/compare/') ? ': the comparison page is not split by province yet, and at national scale it would be more HTML than one JavaScript string holds (docs/sharding.md)' : ''}.`);
    const dl = big.sizes.folders.downloads;
    if (dl) out.push(`- **Output size.** At ${big.size} the site is ${mb(big.sizes.totalBytes)} on disk, ${mb(dl)} of it downloads (CSV/JSON per agency-year) and ${mb(big.sizes.folders.agencies ?? 0)} agency pages; a host must hold and upload all of it on every full build.`);
    if (dl) out.push(`- **Downloads of everything.** Above 64 MiB of documents (MINGZHANG_DOWNLOADS_SPLIT_BYTES; the 1000 and national corpora) \`/downloads/dataset.json\` and the four site-wide CSVs are replaced by one set per province, rendered by the province's own shard; every \`dataset.json\` is written one document at a time, never as one string (四川's is about 390 MB).`);
  }
  const withSearch = results.filter((r) => r.search?.cold);
  if (withSearch.length > 0) {
    const last = withSearch[withSearch.length - 1]!;
    const meta = last.search!.cold!.byKind['pagefind metadata'] ?? 0;
    const where = last.search!.scope ? ` in the largest prefecture's scope (${last.search!.scope.name}, ${n(last.search!.scope.pages)} pages)` : '';
    out.push(`- **Search transfer follows the index searched.** At ${last.size} a cold query${where} moves ${kb(last.search!.cold!.bytes)}, of which Pagefind metadata ${kb(meta)} (one entry per page of the bundle), the WebAssembly and JS (fixed, about 70 KB) and index chunks and result fragments (they grow with how many pages of the bundle match); filter values load only when the filter panel is opened.${last.search!.province ? ` Widened to its province (every bundle of it merged with \`mergeIndex\`) the same query moves ${kb(last.search!.province.bytes)}; in the directory of agencies ${kb(last.search!.directory?.bytes ?? 0)}.` : ''} One index over a whole site grows with every page: ${kb(852_700)} for the 1,000 corpus at 58aca59.`);
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
  const sh = national.sharded ? E(national.sharded) : undefined;
  if (sh && national.sharded) {
    out.push(`- **National build, end to end on this machine.** Validation of the whole corpus: ${v ? `${v.ok ? 'completed' : v.exit} in ${secs(v.wallSeconds)}, peak ${gib(v.peakTreeBytes)}` : 'not run'}. The sharded build (${national.sharded.jobs} shards at a time): ${sh.ok ? `${n(national.sharded.pages)} pages and their search index in ${secs(sh.wallSeconds)}, ${secs(sh.cpuSeconds)} of CPU, peak ${gib(sh.peakTreeBytes)} over the process tree, ${mb(national.sharded.outputBytes)} on disk` : `${sh.exit} after ${secs(sh.wallSeconds)}`}.`);
  } else if (national.unshardedSkipped) {
    out.push(`- **National build: validated whole, built in shards, not yet end to end.** Validation of the whole corpus: ${v ? `${v.ok ? 'completed' : v.exit} in ${secs(v.wallSeconds)}, peak ${gib(v.peakTreeBytes)}` : 'not run'}. Pages and search were measured on province shards (above); the full sequence — every province, the global build of the site-wide pages, the merge — was not run in this benchmark (\`--sharded-sizes national\` runs it); the site would be about ${mb(((measured.find((r) => r.size === '1000')?.sizes?.totalBytes ?? 0) / 1000) * national.corpus.manifest.agencyYears)} at the 1000 corpus's size per agency-year.`);
  } else if (b?.ok && national.pagefind?.ok) {
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
    '- **Done since the first benchmark.** Validation one file at a time (the national corpus validates in about 1 GiB); the pages read pre-validated documents without source positions; view models look documents and findings up in indexes built once, and each published string is read once (per-page CPU about halved); a shard renders only its own agencies\' pages and writes a summary of what the site-wide pages need, and a global build renders those pages from every shard\'s summary (the merged site is byte-identical to an unsharded build); findings lists and whole-corpus downloads are split by province above a size; search bundles per prefecture, indexed one at a time (Pagefind\'s memory follows the largest bundle, not the site); `npm run build:sharded` runs the whole sequence on one machine, two shards at a time with a capped heap.',
    '- **Plan for what is still missed.** (1) Coverage and the targets-vs-results page are one page whatever the size (the comparison page and the findings lists are split by province above 1,000 rows). (2) The global build holds every shard\'s summary, every findings row and comparison row of the country (estimated above 8 GiB at national scale): shards should contribute only their first rows of each order and their counts, and render their provinces\' own list pages (docs/sharding.md). (3) Per-page cost: the pages carry tables, charts, checks and per-agency-year downloads that a trivial page does not; the 3× goal would need rendering outside Astro components. (4) First results: Pagefind loads its entry, metadata, WebAssembly, index chunks and fragments one after another — about 0.4 s for the bundled site on an idle machine, more under load — so 300 ms needs fewer round trips than Pagefind\'s loader makes. (5) Cold queries in the largest prefectures (2,000–2,900 pages at national scale) are estimated at 200–220 KB: bundles by prefecture and year, or smaller directory bundles (docs/sharding.md).',
  );
  return out;
}
