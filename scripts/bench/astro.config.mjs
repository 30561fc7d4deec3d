// @ts-check
/**
 * The site's own Astro config with the build's output and cache folders taken from the
 * environment, so benchmark and shard builds run beside other builds of the same checkout
 * without touching dist/, .dist-staging/ or node_modules/.astro:
 *   astro build --config scripts/bench/astro.config.mjs
 * MINGZHANG_OUT_DIR (required) and MINGZHANG_CACHE_DIR (default: next to the output).
 *
 * The output must be inside the checkout: Astro 7 writes a static build's server chunks to
 * `<outDir>/.prerender/`, but for an outDir outside the working directory to `<cwd>/.astro/`
 * instead — one folder for every such build, which the first build to finish deletes while
 * the others still load their chunks from it (seen: ERR_MODULE_NOT_FOUND in a shard build).
 */
import { relative, resolve, isAbsolute } from 'node:path';
import config from '../../astro.config.mjs';

const outDir = process.env.MINGZHANG_OUT_DIR;
if (!outDir) throw new Error('MINGZHANG_OUT_DIR must name the output folder of this build');
const inside = relative(process.cwd(), resolve(outDir));
if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
  throw new Error(`MINGZHANG_OUT_DIR=${outDir} is outside the checkout (${process.cwd()}): Astro would put this build's chunks in the .astro/ folder every other such build shares. Build into a folder of the checkout (e.g. .shards/ or .bench/, both git-ignored).`);
}

export default { ...config, outDir, cacheDir: process.env.MINGZHANG_CACHE_DIR ?? `${outDir}.cache` };
