// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';

// The site can live at any origin and under a sub-path: MINGZHANG_SITE (origin, e.g.
// https://mingzhang.example) and MINGZHANG_BASE (e.g. /mingzhang/). The build writes to a
// staging folder given by MINGZHANG_OUT_DIR and scripts/build.ts swaps it into dist/ only
// when every step has succeeded.
const site = process.env.MINGZHANG_SITE ?? 'https://mingzhang.example';
const base = process.env.MINGZHANG_BASE ?? '/';
// URLs that moved (data/redirects.json, old path → new path, both without base): Astro writes a
// redirect page at each old path, and the URL manifest test accepts the old URL.
// Astro puts the old path under the base itself but not the destination, so the base is added here.
/** @type {Record<string, string>} */
const moved = JSON.parse(readFileSync(join(process.env.MINGZHANG_DATA ?? 'data', 'redirects.json'), 'utf8')).redirects;
const redirects = Object.fromEntries(Object.entries(moved).map(([from, to]) => [from, `${base.replace(/\/$/, '')}${to}`]));

export default defineConfig({
  site,
  base,
  outDir: process.env.MINGZHANG_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Stylesheets as files, cached across pages, instead of the same <style> repeated in every
  // page; component scopes as a short class (`astro-xxxx`) instead of a `data-astro-cid-xxxx`
  // attribute on every element. Together a third of a project page's HTML (BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  scopedStyleStrategy: 'class',
  // Whitespace between table cells must survive so that search sees separate words.
  compressHTML: false,
  redirects,
  // sitemap-index.xml → sitemap-0.xml: every page, under the configured site and base (redirect pages left out).
  integrations: [mdx(), sitemap({ filter: (page) => !Object.keys(redirects).some((from) => new URL(page).pathname === `${base.replace(/\/$/, '')}${from}`) })],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly; no other dynamic code is allowed.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
