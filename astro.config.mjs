// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The site can live at any origin and under a sub-path: MINGZHANG_SITE (origin, e.g.
// https://mingzhang.example) and MINGZHANG_BASE (e.g. /mingzhang/). The build writes to a
// staging folder given by MINGZHANG_OUT_DIR and scripts/build.ts swaps it into dist/ only
// when every step has succeeded.
const site = process.env.MINGZHANG_SITE ?? 'https://mingzhang.example';
const base = process.env.MINGZHANG_BASE ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.MINGZHANG_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Whitespace between table cells must survive so that search sees separate words.
  compressHTML: false,
  integrations: [mdx()],
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
