/**
 * The site under a sub-path: a build with MINGZHANG_BASE=/mingzhang/ into a temporary folder
 * has no broken links or anchors, and its canonical URLs, sitemap, feeds, downloads and
 * citations all carry the base.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../support/link-check';
import { buildEnv as sharedBuildEnv } from '../support/build';

const SITE = 'https://example.org';
const BASE = '/mingzhang/';
let tmp: string;
let dist: string;

/**
 * The environment for the build, without what vitest adds to it for import.meta.env
 * (BASE_URL=/, MODE=test, NODE_ENV=test …): Vite would take BASE_URL over the configured base.
 */
function buildEnv(): NodeJS.ProcessEnv {
  return sharedBuildEnv({ MINGZHANG_SITE: SITE, MINGZHANG_BASE: BASE, MINGZHANG_DIST: dist });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'mingzhang-base-'));
  dist = join(tmp, 'dist');
  const build = spawnSync('npm', ['run', 'build'], {
    env: buildEnv(),
    encoding: 'utf8',
    timeout: 280_000,
  });
  if (build.status !== 0) throw new Error(`build under ${BASE} failed:\n${build.stdout}\n${build.stderr}`);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

describe(`a build under ${BASE}`, () => {
  it('has no broken links or anchors', () => {
    const broken = checkLinks({ dir: dist, site: SITE, base: BASE });
    expect(broken, formatBroken(broken)).toEqual([]);
  });

  it('gives every page a canonical URL and og:url on the site, under the base', () => {
    const html = read('guide/index.html');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}guide/">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE}${BASE}guide/">`);
  });

  it('lists sitemap and feed URLs under the base', () => {
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const sitemap = read('sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.every((l) => l.startsWith(`${SITE}${BASE}`))).toBe(true);
    const feed = read('feeds/disclosures.xml');
    const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.every((h) => h.startsWith(`${SITE}${BASE}`))).toBe(true);
  });

  it('links downloads back to pages under the base', () => {
    const rows = Papa.parse<Record<string, string>>(read('downloads/projects.csv').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.url!.startsWith(`${SITE}${BASE}agencies/`))).toBe(true);
  });

  it('gives the badge snippet and the URL examples of the guide under the base', () => {
    const guide = read('guide/index.html');
    expect(guide).toContain(`&lt;a href=&quot;${SITE}${BASE}agencies/`);
    expect(guide).toContain(`src=&quot;${SITE}${BASE}badge/`);
    expect(guide).toContain(`<img src="${BASE}badge/`);
  });
});
