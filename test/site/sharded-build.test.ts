/**
 * The bundled data built in shards (docs/sharding.md) — `national,35` and `61,64`, validated
 * once, each shard writing its summary — then the site-wide pages built by the global build
 * from those summaries, and everything merged with --move: every page and file of the merged
 * site is byte for byte the one `npm run build` put in dist/, except the search index (built
 * over the merged pages by the merge itself).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, siteFiles } from '../support/build';

let tmp: string;
const DIST = process.env.MINGZHANG_DIST ?? 'dist';

function run(script: string, args: string[]): void {
  const r = spawnSync(join('node_modules', '.bin', 'node'), [join('node_modules', '.bin', 'tsx'), script, ...args], { env: buildEnv(), encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(() => {
  // Inside the checkout: isolated Astro builds refuse an output outside it (scripts/bench/astro.config.mjs).
  mkdirSync('.shards', { recursive: true });
  tmp = mkdtempSync(join('.shards', 'test-'));
  run('scripts/validate.ts', ['--data', 'data']);
  run('scripts/shard-build.ts', ['--data', 'data', '--shard', 'national,35', '--out', join(tmp, 'a'), '--validated']);
  run('scripts/shard-build.ts', ['--data', 'data', '--shard', '61,64', '--out', join(tmp, 'b'), '--validated']);
  run('scripts/shard-build.ts', ['--data', 'data', '--shard', 'global', '--summaries', `${join(tmp, 'a')},${join(tmp, 'b')}`, '--out', join(tmp, 'g'), '--validated']);
  run('scripts/merge-shards.ts', ['--out', join(tmp, 'site'), '--move', join(tmp, 'g'), join(tmp, 'a'), join(tmp, 'b')]);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the bundled data built in shards, with the site-wide pages from their summaries', () => {
  it('has exactly the files of the unsharded build', () => {
    expect(siteFiles(join(tmp, 'site'))).toEqual(siteFiles(DIST));
  });

  it('has every page and file byte-identical to the unsharded build (search index aside)', () => {
    const different = siteFiles(DIST).filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(tmp, 'site', f))));
    expect(different).toEqual([]);
  });

  it('states national figures the shards alone do not have', () => {
    // Each shard's summary holds only its own documents; the merged home page counts them all.
    const a = JSON.parse(readFileSync(join(tmp, 'a', 'summary.json'), 'utf8')) as { documents: unknown[] };
    const home = readFileSync(join(tmp, 'site', 'index.html'), 'utf8');
    const all = JSON.parse(readFileSync(join(DIST, 'downloads', 'dataset.json'), 'utf8')) as { documents: unknown[] };
    expect(a.documents.length).toBeLessThan(all.documents.length);
    expect(home).toContain(`的 ${all.documents.length} 份公开文件`);
  });
});
