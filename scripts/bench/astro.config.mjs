// @ts-check
/**
 * The site's own Astro config with the build's output and cache folders taken from the
 * environment, so benchmark and shard builds run beside other builds of the same checkout
 * without touching dist/, .dist-staging/ or node_modules/.astro:
 *   astro build --config scripts/bench/astro.config.mjs
 * MINGZHANG_OUT_DIR (required) and MINGZHANG_CACHE_DIR (default: next to the output).
 */
import config from '../../astro.config.mjs';

const outDir = process.env.MINGZHANG_OUT_DIR;
if (!outDir) throw new Error('MINGZHANG_OUT_DIR must name the output folder of this build');

export default { ...config, outDir, cacheDir: process.env.MINGZHANG_CACHE_DIR ?? `${outDir}.cache` };
