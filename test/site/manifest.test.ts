/**
 * Links that last: every URL and anchor in the committed manifest (test/urls/manifest.json)
 * is still served by the build in dist/, or redirected (data/redirects.json). Adding pages
 * and anchors is fine; regenerate the manifest with `npm run manifest` after a build so the
 * new ones are protected too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestBreaks, scanSite, type UrlManifest } from '../../src/lib/site/manifest';

const DIST = process.env.MINGZHANG_DIST ?? 'dist';
const MANIFEST = 'test/urls/manifest.json';

describe('URL manifest', () => {
  const committed = JSON.parse(readFileSync(MANIFEST, 'utf8')) as UrlManifest;
  const redirects = (JSON.parse(readFileSync('data/redirects.json', 'utf8')) as { redirects: Record<string, string> }).redirects;

  it('is not empty', () => {
    expect(Object.keys(committed.pages).length).toBeGreaterThan(10);
    expect(committed.pages['/sources/ningde-2024-final-accounts/']).toContain('L581');
  });

  it('every committed URL and anchor is still built, or redirected', () => {
    expect(existsSync(DIST), `${DIST} is missing: run npm run build first`).toBe(true);
    const current = scanSite(DIST);
    const breaks = manifestBreaks(committed, current, redirects);
    const report = breaks.slice(0, 50).map((b) => `${b.url}${b.anchor ? `#${b.anchor}` : ''}: ${b.problem}`).join('\n');
    expect(
      breaks,
      `${breaks.length} published URL(s) or anchor(s) no longer resolve:\n${report}\n\nPublished links must keep working: keep the old id, or declare a redirect in data/redirects.json (old path → new path). Run npm run manifest only after removing something on purpose.`,
    ).toEqual([]);
  });

  it('every redirect points at a page that is built', () => {
    const current = scanSite(DIST);
    for (const [from, to] of Object.entries(redirects)) expect(current.pages[to.split('#')[0]!], `${from} → ${to}`).toBeDefined();
  });
});
