/**
 * The browser validator (/validator/) in headless Chromium reports the same problems as
 * `npm run validate -- <fixture> --json` on every file and folder of the bad-input corpus,
 * with the same files, lines, JSON paths, values, expectations and fixes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditWarnings } from '../../src/lib/audit/audit-warnings';
import { readDataset } from '../../src/lib/dataset/read-files';
import { sortProblems, type Problem } from '../../src/lib/validation/problem';
import { validateDataset } from '../../src/lib/validation/validate-dataset';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
const CORPUS = 'test/fixtures/bad-input';
const fixtures = readdirSync(CORPUS).filter((f) => f.endsWith('.json') || statSync(join(CORPUS, f)).isDirectory());

interface Report { ok: boolean; errors: number; warnings: number; problems: Problem[] }

/** What `npm run validate -- --json <paths>` reports (scripts/validate.ts, in process). */
async function cli(paths: string[]): Promise<Report> {
  const { inputs, requested } = readDataset(process.cwd(), 'data', paths);
  const result = await validateDataset(inputs);
  let problems = result.problems.filter((p) => requested.has(p.file) || p.file === '(dataset)');
  if (result.ok) problems = [...problems, ...auditWarnings(result, requested, inputs)];
  const errors = problems.filter((p) => p.level === 'error').length;
  return { ok: errors === 0, errors, warnings: problems.length - errors, problems };
}

/** Problems with the corpus folder taken out of file names and messages (the browser sees the file's own name or folder). */
function relativeToCorpus(problems: Problem[]): Problem[] {
  const strip = (s: string) => s.replaceAll(`${CORPUS}/`, '');
  return sortProblems(problems.map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'string' ? strip(v) : v])) as unknown as Problem));
}

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function validateInBrowser(fixture: string): Promise<Report> {
  await page.goto(`${server.url}validator/`);
  const path = join(CORPUS, fixture);
  if (statSync(path).isDirectory()) await page.setInputFiles('#validator-folder', path);
  else await page.setInputFiles('#validator-files', path);
  await page.click('#validator-form button[type=submit]');
  await page.waitForSelector('#validator-raw:not([hidden])', { timeout: 30_000 });
  return JSON.parse((await page.textContent('#validator-json-report'))!) as Report;
}

describe('the in-process command line used below', () => {
  it('reports what npm run validate -- --json prints', async () => {
    const run = spawnSync('npm', ['run', '--silent', 'validate', '--', '--json', join(CORPUS, 'multi-fault.json')], { encoding: 'utf8' });
    const printed = JSON.parse(run.stdout) as Report;
    const inProcess = await cli([join(CORPUS, 'multi-fault.json')]);
    expect(sortProblems(printed.problems)).toEqual(sortProblems(inProcess.problems));
  });
});

describe('browser validator', () => {
  it('runs without JavaScript errors and without requests to other origins', async () => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => !r.url().startsWith(server.url.replace(/\/$/, '')) && foreign.push(r.url()));
    await validateInBrowser('multi-fault.json');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('loads the checks and the data they are made against only when asked (the page itself stays light)', async () => {
    const requests: string[] = [];
    const record = (r: { url(): string }) => requests.push(new URL(r.url()).pathname);
    page.on('request', record);
    await page.goto(`${server.url}validator/`);
    await page.waitForLoadState('networkidle');
    const lazy = (p: string) => p.startsWith('/data/') || /\/_astro\/validate-files\.[\w-]+\.js$/.test(p);
    expect(requests.filter(lazy)).toEqual([]);
    await validateInBrowser('multi-fault.json');
    page.off('request', record);
    expect(requests.filter(lazy).map((p) => p.replace(/\.[\w-]+\.js$/, '.js')).sort()).toEqual(['/_astro/validate-files.js', '/data/agencies.json', '/data/document-index.json', '/data/sources.json']);
  });

  it.each(fixtures)('reports the same problems as the command line for %s', async (fixture) => {
    const expected = await cli([join(CORPUS, fixture)]);
    const got = await validateInBrowser(fixture);
    expect(expected.problems.length, 'the fixture has problems').toBeGreaterThan(0);
    expect(relativeToCorpus(got.problems)).toEqual(relativeToCorpus(expected.problems));
    expect({ ok: got.ok, errors: got.errors, warnings: got.warnings }).toEqual({ ok: expected.ok, errors: expected.errors, warnings: expected.warnings });
  });

  it('shows each problem as text, located, with what was expected and how to fix it', async () => {
    await validateInBrowser('wrong-types.json');
    const items = await page.$$eval('#validator-problems > li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items.length).toBe(2);
    expect(items.some((t) => t.includes('wrong-types.json 第') && t.includes('$.projects[0].funding.lines[0].executed') && t.includes('如何修改'))).toBe(true);
    expect(await page.textContent('#validator-status')).toContain('2 个错误');
  });

  it('checks pasted text as well as files', async () => {
    await page.goto(`${server.url}validator/`);
    await page.fill('#validator-text', '{ "id": "x", ');
    await page.click('#validator-form button[type=submit]');
    await page.waitForSelector('#validator-raw:not([hidden])');
    const report = JSON.parse((await page.textContent('#validator-json-report'))!) as Report;
    expect(report.problems.map((p) => [p.file, p.code])).toEqual([['粘贴的内容.json', 'json/truncated']]);
  });
});

describe('the example file of the agency guide', () => {
  it('passes the browser validator when saved under its own name', async () => {
    await page.goto(`${server.url}guide/`);
    const json = (await page.textContent('pre.example'))!;
    const doc = JSON.parse(json) as { id: string };
    await page.goto(`${server.url}validator/`);
    await page.setInputFiles('#validator-files', { name: `${doc.id}.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.click('#validator-form button[type=submit]');
    await page.waitForSelector('#validator-raw:not([hidden])');
    const report = JSON.parse((await page.textContent('#validator-json-report'))!) as Report;
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});
