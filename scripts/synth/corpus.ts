/**
 * A whole synthetic corpus in the layout of data/: agencies.json, sources/ (one archived text
 * per agency-year, with SHA-256 and line count in sources.json) and
 * disclosures/<agency>/<year>/<document>.json, redirects.json and corrections.json, plus
 * synth.json, a manifest the validator ignores (seed, counts, injected faults). Agency-years are made one at a time and written
 * at once, so a national corpus never sits in memory.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchivedSource } from '../../src/schemas/source';
import { agencyYear, type FaultKind } from './context';
import { departmentEvaluation } from './department';
import { finalAccounts } from './final-accounts';
import { jsonText } from './json-text';
import { Rng } from './prng';
import { projectEvaluations } from './projects';
import { nationalAgencies, registryEntry, type SynthAgency } from './regions';

/** The fiscal years of the corpus, newest first. */
export const YEARS = [2024, 2023, 2022, 2021, 2020] as const;

/** `1x` is the bundled data; `national` every agency × every year; a number that many agency-years. */
export type CorpusSize = '1x' | 'national' | number;

export function parseSize(text: string): CorpusSize {
  if (text === '1x' || text === 'national') return text;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--size must be 1x, national or a number of agency-years, got "${text}"`);
  return n;
}

export interface Manifest {
  generator: 'scripts/synth';
  seed: number;
  size: string;
  agencies: number;
  agencyYears: number;
  documents: number;
  projects: number;
  indicators: number;
  /** Inconsistencies injected on purpose, by kind: the audit should find at least these. */
  faults: Partial<Record<FaultKind, number>>;
  sourceBytes: number;
  jsonBytes: number;
}

/** The agency-years of a corpus: agencies in a seeded order, each with its five years, the first n taken. */
export function plan(size: Exclude<CorpusSize, '1x'>, seed: number): { registry: SynthAgency[]; agencyYears: { agency: SynthAgency; year: number }[] } {
  const all = nationalAgencies();
  const order = size === 'national' ? all : Rng.derive(seed, 'selection').shuffle(all);
  const n = size === 'national' ? all.length * YEARS.length : size;
  const agencyYears = order.slice(0, Math.ceil(n / YEARS.length)).flatMap((agency) => YEARS.map((year) => ({ agency, year }))).slice(0, n);
  const bySlug = new Map(all.map((a) => [a.slug, a]));
  const needed = new Set<string>();
  for (const { agency } of agencyYears) {
    for (let a: SynthAgency | undefined = agency; a && !needed.has(a.slug); a = a.parent ? bySlug.get(a.parent) : undefined) needed.add(a.slug);
  }
  return { registry: all.filter((a) => needed.has(a.slug)), agencyYears: agencyYears.sort((x, y) => x.agency.slug.localeCompare(y.agency.slug) || x.year - y.year) };
}

/** The counts of a copy of the bundled data, for the same manifest as a synthetic corpus. */
function describeBundled(dir: string, seed: number): Manifest {
  const m: Manifest = { generator: 'scripts/synth', seed, size: '1x', agencies: 0, agencyYears: 0, documents: 0, projects: 0, indicators: 0, faults: {}, sourceBytes: 0, jsonBytes: 0 };
  m.agencies = (JSON.parse(readFileSync(join(dir, 'agencies.json'), 'utf8')) as { agencies: unknown[] }).agencies.length;
  const years = new Set<string>();
  for (const agency of readdirSync(join(dir, 'disclosures'))) {
    for (const year of readdirSync(join(dir, 'disclosures', agency))) {
      years.add(`${agency}/${year}`);
      for (const file of readdirSync(join(dir, 'disclosures', agency, year))) {
        const text = readFileSync(join(dir, 'disclosures', agency, year, file), 'utf8');
        const doc = JSON.parse(text) as { projects?: { indicators: unknown }[]; evaluations?: { indicators: unknown }[] };
        const items = doc.projects ?? doc.evaluations ?? [];
        m.documents += 1;
        m.projects += items.length;
        m.indicators += items.reduce((k, p) => k + JSON.stringify(p.indicators).split('"kind":"indicator"').length - 1, 0);
        m.jsonBytes += Buffer.byteLength(text);
      }
    }
  }
  m.agencyYears = years.size;
  for (const file of readdirSync(join(dir, 'sources'))) if (file.endsWith('.txt')) m.sourceBytes += statSync(join(dir, 'sources', file)).size;
  return m;
}

function prepare(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, 'synth.json'))) throw new Error(`${out} is not empty and holds no synthetic corpus (synth.json); choose an empty folder`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(join(out, 'sources'), { recursive: true });
}

export function generateCorpus(size: CorpusSize, out: string, seed: number, progress?: (done: number, total: number) => void): Manifest {
  prepare(out);
  if (size === '1x') {
    cpSync('data', out, { recursive: true });
    const manifest = describeBundled(out, seed);
    writeFileSync(join(out, 'synth.json'), jsonText({ ...manifest, note: 'a copy of the bundled data/' }));
    return manifest;
  }
  const { registry, agencyYears } = plan(size, seed);
  writeFileSync(join(out, 'agencies.json'), jsonText({ agencies: registry.map(registryEntry) }));
  const sources: ArchivedSource[] = [];
  const m: Manifest = { generator: 'scripts/synth', seed, size: String(size), agencies: registry.length, agencyYears: agencyYears.length, documents: 0, projects: 0, indicators: 0, faults: {}, sourceBytes: 0, jsonBytes: 0 };
  agencyYears.forEach(({ agency, year }, i) => {
    const ctx = agencyYear(seed, agency, year);
    const fa = finalAccounts(ctx);
    const pe = projectEvaluations(ctx);
    const threePublic = fa.finalAccounts.figures.find((f) => f.id === 'three-public')!;
    const docs = [fa, pe.doc];
    if (ctx.rng.chance(0.5)) docs.push(departmentEvaluation(ctx, { threePublicRate: threePublic.rate!.replace('%', '') }, pe) as never);
    const folder = join(out, 'disclosures', agency.slug, String(year));
    mkdirSync(folder, { recursive: true });
    for (const doc of docs) {
      const json = jsonText(doc);
      writeFileSync(join(folder, `${doc.id}.json`), json);
      m.jsonBytes += Buffer.byteLength(json);
    }
    const text = ctx.text.toString();
    const file = `${ctx.archive}.txt`;
    writeFileSync(join(out, 'sources', file), text);
    m.sourceBytes += Buffer.byteLength(text);
    sources.push({
      id: ctx.archive, file, lineCount: ctx.text.lineCount, sha256: createHash('sha256').update(text).digest('hex'),
      title: `${agency.name} ${year} 年度部门决算（合成测试数据）`, agency: agency.slug, collectedOn: ctx.collectedOn,
      method: 'synthetic text generated by scripts/synth for benchmarks; not a real disclosure',
    });
    m.documents += docs.length;
    m.projects += pe.doc.projects.length;
    m.indicators += pe.doc.projects.reduce((n, p) => n + JSON.stringify(p.indicators).split('"kind":"indicator"').length - 1, 0);
    for (const f of ctx.faults) m.faults[f] = (m.faults[f] ?? 0) + 1;
    progress?.(i + 1, agencyYears.length);
  });
  writeFileSync(join(out, 'sources', 'sources.json'), jsonText({ sources }));
  // The registries the site reads beside the documents: no moved URLs, one corrections entry (it dates the release).
  writeFileSync(join(out, 'redirects.json'), jsonText({ redirects: {} }));
  const newest = sources.reduce((d, s) => (s.collectedOn > d ? s.collectedOn : d), '');
  writeFileSync(join(out, 'corrections.json'), jsonText({ corrections: [{ id: 'synthetic-corpus', date: newest, kind: 'data-added', what: `合成测试数据：${m.agencyYears} 个机构年度、${m.documents} 份公开文件（scripts/synth，种子 ${seed}）。`, why: '用于性能测试的合成数据，不是真实公开文件。' }] }));
  writeFileSync(join(out, 'synth.json'), jsonText(m));
  return m;
}
