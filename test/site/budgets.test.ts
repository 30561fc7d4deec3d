/**
 * Byte budgets of the built site (issue 9, "National scale"): no page transfers more than
 * 100 KB gzipped at page load — its HTML plus every stylesheet and script it loads, module
 * imports followed (test/support/page-weight.ts) — and the median page less than 30 KB.
 * 1 KB = 1,024 bytes; gzip level 6, as a web server would send it. Only the search page and
 * the validator have JavaScript. Times are the benchmark's business (npm run bench), not this test's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles, pageWeight, type PageWeight } from '../support/page-weight';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
const BASE = (process.env.MINGZHANG_BASE ?? '/').replace(/\/?$/, '/');
const KB = 1024;
const PAGE_BUDGET = 100 * KB;
const MEDIAN_BUDGET = 30 * KB;
/** Pages allowed to run JavaScript (paths without the base). */
const SCRIPTED = new Set(['/search/', '/validator/']);

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const describeWeight = (w: PageWeight) => `${w.page}: ${w.total.toLocaleString('en')} B (${kb(w.total)}) gzipped = ${w.files.map((f) => `${f.file} ${f.bytes.toLocaleString('en')} B`).join(' + ')}`;

function overBudget(weights: PageWeight[], budget: number): string[] {
  return weights.filter((w) => w.total > budget).map((w) => `${describeWeight(w)}; budget ${kb(budget)} (${budget.toLocaleString('en')} B) per page`);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe('byte budgets of every page in the build', () => {
  const weights = htmlFiles(DIST).map((f) => pageWeight(DIST, f, BASE));

  it('finds the pages of the build', () => {
    expect(weights.length, `no HTML in ${DIST}: run npm run build first`).toBeGreaterThan(20);
    expect(weights.map((w) => w.page)).toContain('/validator/');
  });

  it('measures every file a page loads', () => {
    expect(weights.filter((w) => w.missing.length > 0).map((w) => `${w.page}: ${w.missing.join(', ')}`)).toEqual([]);
  });

  it(`keeps every page at or under ${kb(PAGE_BUDGET)} gzipped, HTML + CSS + JS (1 KB = 1,024 B)`, () => {
    const heaviest = [...weights].sort((a, b) => b.total - a.total).slice(0, 5);
    console.info(`heaviest pages of ${weights.length}, gzipped at page load:\n${heaviest.map(describeWeight).join('\n')}`);
    expect(overBudget(weights, PAGE_BUDGET)).toEqual([]);
  });

  it(`keeps the median page under ${kb(MEDIAN_BUDGET)} gzipped`, () => {
    const m = median(weights.map((w) => w.total));
    console.info(`median page: ${m.toLocaleString('en')} B (${kb(m)}) gzipped, over ${weights.length} pages`);
    expect(m, `median ${m.toLocaleString('en')} B gzipped over ${weights.length} pages; budget under ${kb(MEDIAN_BUDGET)} (${MEDIAN_BUDGET.toLocaleString('en')} B)`).toBeLessThan(MEDIAN_BUDGET);
  });

  it('has no <script>, inline or external, outside /search/ and /validator/', () => {
    const scripted = weights.filter((w) => w.scripts > 0 && !SCRIPTED.has(w.page));
    expect(scripted.map((w) => `${w.page}: ${w.scripts} <script> element(s); ${describeWeight(w)}; only ${[...SCRIPTED].join(' and ')} may run JavaScript`)).toEqual([]);
  });
});

describe('the measure', () => {
  const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };

  it('counts the HTML, stylesheets and the whole static import graph of module scripts, not dynamic imports', () => {
    const incompressible = (n: number) => randomBytes(n).toString('base64');
    write('_astro/page.js', `import{a as b}from"./shared.js";import"./side.js";const c=()=>import("./lazy.js");b();`);
    write('_astro/shared.js', `export{x as a}from"./deep.js";`);
    write('_astro/deep.js', `export const x=1;/*${incompressible(60_000)}*/`);
    write('_astro/side.js', 'window.y=1;');
    write('_astro/lazy.js', `/*${incompressible(400_000)}*/`);
    write('_astro/site.css', `@import "./more.css";body{color:red}`);
    write('_astro/more.css', 'p{margin:0}');
    write('_astro/pre.js', 'export const p=1;');
    write('heavy/index.html', '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/pre.js"><script type="module" src="/_astro/page.js"></script><p>hi</p>');
    const w = pageWeight(dist, join(dist, 'heavy/index.html'));
    expect(w.files.map((f) => f.file).sort()).toEqual(['_astro/deep.js', '_astro/more.css', '_astro/page.js', '_astro/pre.js', '_astro/shared.js', '_astro/side.js', '_astro/site.css', 'heavy/index.html']);
    expect(w.scripts).toBe(1);
    expect(w.missing).toEqual([]);
    expect(w.total).toBeGreaterThan(55_000);
    expect(w.total).toBeLessThan(100_000);
    // A page over budget is named, with its bytes by file and the budget.
    const [message] = overBudget([w], 50 * KB);
    expect(message).toMatch(/^\/heavy\/: [\d,]+ B \(\d+\.\d KB\) gzipped = heavy\/index\.html \d+ B \+ .*_astro\/deep\.js [\d,]+ B.*; budget 50\.0 KB \(51,200 B\) per page$/);
  });

  it('reports files a page links to that are not in the build', () => {
    write('broken/index.html', '<!doctype html><link rel="stylesheet" href="/_astro/gone.css"><script src="https://cdn.example/x.js"></script>');
    expect(pageWeight(dist, join(dist, 'broken/index.html')).missing).toEqual(['/_astro/gone.css', 'https://cdn.example/x.js']);
  });

  it('measures under a base path', () => {
    write('sub/index.html', '<!doctype html><link rel="stylesheet" href="/mingzhang/_astro/site.css">');
    expect(pageWeight(dist, join(dist, 'sub/index.html'), '/mingzhang/').files.map((f) => f.file)).toEqual(['sub/index.html', '_astro/site.css', '_astro/more.css']);
  });
});
