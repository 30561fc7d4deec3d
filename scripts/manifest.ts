/**
 * npm run manifest — regenerate test/urls/manifest.json (every published URL and anchor) from
 * the built site in dist/ (or MINGZHANG_DIST). Run it after `npm run build` whenever pages or
 * anchors were added on purpose; removing or renaming one needs a redirect instead
 * (data/redirects.json), or the site test fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { manifestText, scanSite } from '../src/lib/site/manifest';

const dist = resolve(process.env.MINGZHANG_DIST ?? 'dist');
const out = resolve('test/urls/manifest.json');
const manifest = scanSite(dist);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, manifestText(manifest));
const anchors = Object.values(manifest.pages).reduce((n, ids) => n + ids.length, 0);
process.stdout.write(`wrote ${out}: ${Object.keys(manifest.pages).length} pages, ${anchors} anchors, ${manifest.files.length} other files (from ${dist})\n`);
