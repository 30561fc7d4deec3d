/**
 * Accessibility: axe-core (WCAG 2.1 A and AA rules) in headless Chromium reports no
 * violations on the largest page of every page type, at 320 px and at 1280 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { largestPerType } from '../support/page-types';
import { serveStatic, type StaticServer } from '../support/static-server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = largestPerType('dist');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

describe.each([320, 1280])('at %i px', (width) => {
  it.each(pages.map((p) => [p.type, p.path] as const))('%s page (/%s) has no WCAG 2.1 A/AA violations', async (_type, path) => {
    // The test injects axe itself, so the page's own CSP must let it.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations;
    })) as AxeViolation[];
    await context.close();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
});
