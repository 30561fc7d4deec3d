/**
 * What tests that run a build of their own share: the environment to run it in, and the list of
 * files a built site holds, to compare two builds file by file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The environment for a build a test starts: the test's own, without what vitest adds for
 * import.meta.env (Vite would take BASE_URL over the configured base) or about itself, with
 * Astro's telemetry off, plus `extra`.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Every file under a built site, as sorted paths relative to it, without the search index (`pagefind/`). */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.filter((f) => !f.startsWith('pagefind/')).sort();
}
