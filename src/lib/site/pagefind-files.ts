/**
 * Files of the Pagefind bundle (pagefind 1.6, pinned) that the search page preloads, relative
 * to the site root. The WebAssembly is the language-neutral build: Pagefind ships no
 * Chinese-specific one, so `pagefind-entry.json` names none for zh-cn and the search loads
 * `wasm.unknown.pagefind`. test/site/search.test.ts checks both files exist in the built bundle.
 */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
export const PAGEFIND_WASM = '/pagefind/wasm.unknown.pagefind';
