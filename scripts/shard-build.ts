/**
 * tsx scripts/shard-build.ts --shard <spec> --out <dir> [--data <dir>] [--index]
 *
 * Builds one shard of the site (docs/sharding.md): MINGZHANG_SHARD=<spec> makes
 * src/lib/site/dataset.ts read and validate only those provinces' documents, and Astro
 * renders into <dir>/site with its own cache, beside any other build of the checkout.
 * Writes <dir>/shard.json: the spec, the agencies and archived sources the shard owns (their
 * pages are this shard's in the merged site), pages built, time. With --index, also a Pagefind
 * index of the shard in <dir>/site/pagefind (for merging indexes in the browser).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { inShard, parseShard } from '../src/lib/dataset/shard';
import type { Agency } from '../src/schemas/agency';
import type { ArchivedSource } from '../src/schemas/source';

export interface ShardManifest {
  spec: string;
  data: string;
  agencies: string[];
  sources: string[];
  pages: number;
  seconds: number;
  indexed: boolean;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const spec = option('shard');
const out = option('out');
const data = resolve(option('data') ?? process.env.MINGZHANG_DATA ?? 'data');
if (!spec || !out) {
  process.stderr.write('usage: tsx scripts/shard-build.ts --shard <national,35,…> --out <dir> [--data <dir>] [--index]\n');
  process.exit(2);
}
const shard = parseShard(spec)!;
const root = process.cwd();
const site = resolve(out, 'site');
rmSync(resolve(out), { recursive: true, force: true });
mkdirSync(resolve(out), { recursive: true });

const started = performance.now();
const astro = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--config', 'scripts/bench/astro.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, MINGZHANG_SHARD: spec, MINGZHANG_DATA: data, MINGZHANG_OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  process.stderr.write(`shard ${spec}: astro build exited with ${astro.status ?? astro.signal}\n`);
  process.exit(1);
}
let indexed = false;
if (process.argv.includes('--index')) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  indexed = true;
}
const agencies = (JSON.parse(readFileSync(join(data, 'agencies.json'), 'utf8')) as { agencies: Agency[] }).agencies.filter((a) => inShard(a, shard));
const owned = new Set(agencies.map((a) => a.slug));
const sources = (JSON.parse(readFileSync(join(data, 'sources', 'sources.json'), 'utf8')) as { sources: ArchivedSource[] }).sources.filter((s) => owned.has(s.agency));
const pages = spawnSync('find', [site, '-name', '*.html'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
const manifest: ShardManifest = { spec, data, agencies: [...owned], sources: sources.map((s) => s.id), pages, seconds: (performance.now() - started) / 1000, indexed };
writeFileSync(join(resolve(out), 'shard.json'), JSON.stringify(manifest, null, 2));
process.stdout.write(`shard ${spec}: ${owned.size} agencies, ${pages} pages in ${manifest.seconds.toFixed(1)} s → ${site}\n`);
