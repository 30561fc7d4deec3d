/**
 * Safe by construction: every free-text field of the bundled data is filled with markup and
 * script, the site is built from that, and the output is parsed. None of it may become an
 * element, an attribute or a link: it must all be text.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>';
/** For fields the schema keeps short (rating ≤ 20, period ≤ 50 characters …). */
const SHORT_PAYLOAD = '<svg onload=x>';
const SHORT_KEYS = new Set(['rating', 'period', 'attribute', 'shortName', 'verdict', 'supervisingDepartment', 'implementingUnit', 'centralDepartment', 'localDepartment', 'department', 'addressee']);

const payloadFor = (key: string) => (SHORT_KEYS.has(key) ? SHORT_PAYLOAD : PAYLOAD);

/** Keys whose values are free text in the schemas (ids, enums, figures and dates are not). */
const TEXT_KEYS = new Set([
  'name', 'shortName', 'label', 'title', 'target', 'actual', 'explanation', 'goal', 'outcome', 'overallGoal',
  'overallOutcome', 'body', 'heading', 'quote', 'notes', 'summary', 'preamble', 'description', 'problems',
  'reason', 'matchedBy', 'content', 'supervisingDepartment', 'implementingUnit', 'centralDepartment',
  'localDepartment', 'fundUsers', 'department', 'addressee', 'emptyStatement', 'footnotes', 'verdict',
  'attribute', 'period', 'rating', 'method',
]);

function inject(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' && key && TEXT_KEYS.has(key) ? `${v}${payloadFor(key)}` : inject(v, key)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && TEXT_KEYS.has(k) ? `${v}${payloadFor(k)}` : inject(v, k)]));
  }
  return value;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

interface Node5 {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node5[];
  content?: Node5;
  value?: string;
}

function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, NODE_ENV: _n, DEV: _d, PROD: _p, SSR: _s, ...rest } = env;
  return rest;
}

let work: string;
let dist: string;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingzhang-xss-'));
  const data = join(work, 'data');
  cpSync('data', data, { recursive: true });
  const files = [join(data, 'agencies.json'), join(data, 'sources', 'sources.json'), ...listJson(join(data, 'disclosures'))];
  for (const f of files) writeFileSync(f, JSON.stringify(inject(JSON.parse(readFileSync(f, 'utf8'))), null, 2));
  dist = join(work, 'dist');
  build = spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], {
    // Vitest sets BASE_URL, MODE and NODE_ENV for its own Vite; a child Astro build must not inherit them.
    env: { ...withoutViteEnv(process.env), MINGZHANG_DATA: data, MINGZHANG_DIST: dist },
    encoding: 'utf8',
    timeout: 600_000,
  });
}, 660_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listJson(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out;
}

describe('markup in the data stays text', () => {
  it('builds from data whose every text field carries markup and script', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('turns none of it into an element, an event attribute or a javascript: link', () => {
    const offences: string[] = [];
    let payloadAsText = 0;
    for (const file of htmlFiles(dist)) {
      const doc = parse(readFileSync(file, 'utf8')) as unknown as Node5;
      const visit = (n: Node5) => {
        if (n.nodeName === '#text' && n.value?.includes('<script>alert(1)</script>')) payloadAsText++;
        if (n.tagName) {
          for (const a of n.attrs ?? []) {
            if (/^on/i.test(a.name)) offences.push(`${file}: <${n.tagName} ${a.name}>`);
            if (/^\s*javascript:/i.test(a.value)) offences.push(`${file}: <${n.tagName} ${a.name}="${a.value}">`);
          }
          if (n.tagName === 'img' && n.attrs?.some((a) => a.name === 'src' && a.value === 'x')) offences.push(`${file}: injected <img>`);
          if (n.tagName === 'script' && (n.childNodes ?? []).some((c) => c.value?.includes('alert(1)'))) offences.push(`${file}: injected <script>`);
          if (n.tagName === 'a' && (n.childNodes ?? []).length === 1 && n.childNodes?.[0]?.value === 'x' && n.attrs?.some((a) => a.name === 'href' && a.value.includes('alert'))) offences.push(`${file}: injected <a>`);
        }
        for (const c of n.childNodes ?? []) visit(c);
        if (n.content) visit(n.content);
      };
      visit(doc);
    }
    expect(offences).toEqual([]);
    // The payload did reach the pages, as text.
    expect(payloadAsText).toBeGreaterThan(50);
  });
});
