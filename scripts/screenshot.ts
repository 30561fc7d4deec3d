/**
 * npm run screenshot -- <path…> — full-page screenshots of built pages at 360 px and
 * 1280 px into .screenshots/, for looking at pages before resolving work.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../test/support/browser';
import { serveStatic } from '../test/support/static-server';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const widths = [360, 1280];
mkdirSync('.screenshots', { recursive: true });
const server = await serveStatic(process.env.MINGZHANG_DIST ?? 'dist');
const browser = await launchBrowser();
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(server.url + path.replace(/^\//, ''));
    const name = `.screenshots/${(path.replace(/[^a-z0-9]+/gi, '_') || 'home')}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    process.stdout.write(`${name}${errors.length ? `  console errors: ${errors.join(' | ')}` : ''}\n`);
    await page.close();
  }
}
await browser.close();
await server.close();
