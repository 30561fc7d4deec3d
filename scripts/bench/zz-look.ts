import { launchBrowser } from '../../test/support/browser';
import { serveStatic } from '../../test/support/static-server';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
for (const [name, path] of [['ningde', 'search/?q=医疗保障局&scope=350900'], ['province', 'search/?q=医疗保障局&scope=35'], ['home', 'search/?q=宁强'], ['site', 'search/?q=方法&scope=site']] as const) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => /找到|没有|失败/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 30000 });
    await page.waitForTimeout(300);
    const status = await page.textContent('#search-status');
    const urls = await page.$$eval('#search-results .result-title a', (as) => as.map((a) => a.getAttribute('href')));
    const note = await page.textContent('#search-scope-note');
    const widen = await page.$eval('#search-widen', (b) => (b as HTMLButtonElement).hidden ? '' : b.textContent);
    if (width === 1280) console.log(name, status, '|', note, '|', widen, '\n  ', urls.join(' '), errors.join(' '));
    await page.screenshot({ path: `/tmp/search/shots/${name}-${width}.png`, fullPage: width === 360 });
    await page.close();
  }
}
await browser.close();
await server.close();
