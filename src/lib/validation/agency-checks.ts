/**
 * The agency registry against the national list of places (GB/T 2260, from china-area-data):
 * every region code exists and names the agency's place, levels agree with codes, each parent
 * is the agency of the enclosing place, and parents end at the top without going round.
 */
import areaData from 'china-area-data';
import type { Agency } from '../../schemas/agency';
import { closest } from './closest';
import { problemAt, type JsonSource } from './json-source';
import type { Problem } from './problem';

export interface ParsedFile<T> {
  src: JsonSource;
  data: T;
}

const regions = areaData;

/** Region code → { name, parent code } from the national GB/T 2260 list. */
const regionIndex: Map<string, { name: string; parent: string }> = (() => {
  const m = new Map<string, { name: string; parent: string }>();
  for (const [parent, children] of Object.entries(regions)) {
    for (const [code, name] of Object.entries(children)) m.set(code, { name, parent });
  }
  return m;
})();

/** Grouping entries of the list that are not places with a bureau of their own (北京市 → 市辖区 → 东城区). */
const GROUPING = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function regionName(code: string): string | undefined {
  return regionIndex.get(code)?.name;
}

/** The codes an agency's parent may have: the enclosing place, or the one above a grouping entry. */
function enclosingCodes(code: string): string[] {
  const region = regionIndex.get(code);
  if (!region || region.parent === '86') return [];
  const up = regionIndex.get(region.parent);
  return up && GROUPING.has(up.name) ? [region.parent, up.parent] : [region.parent];
}

function levelOfCode(code: string): Agency['level'] {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
}

const SUFFIX = /(省|市|自治区|回族自治区|壮族自治区|维吾尔自治区|特别行政区|自治州|地区|盟|自治县|县|自治旗|旗|林区|区)$/;
const LEVEL_RANK = { national: 0, province: 1, city: 2, county: 3 } as const;

export function checkAgencies(reg: ParsedFile<{ agencies: Agency[] }>): Problem[] {
  const out: Problem[] = [];
  const { src, data } = reg;
  const at = (i: number, field: string) => ['agencies', i, field];
  const bySlug = new Map<string, Agency>();
  data.agencies.forEach((a, i) => {
    if (bySlug.has(a.slug)) out.push(problemAt(src, at(i, 'slug'), 'ref/duplicate-slug', a.slug, 'a slug used by one agency only', 'give this agency its own slug; slugs are part of URLs and never reused'));
    else bySlug.set(a.slug, a);
  });
  const byCode = new Map<string, string>();
  data.agencies.forEach((a, i) => {
    if (a.regionCode) {
      const region = regionIndex.get(a.regionCode);
      if (!region) {
        out.push(problemAt(src, at(i, 'regionCode'), 'ref/unknown-region', a.regionCode, 'a code in the national GB/T 2260 list (china-area-data)', `check the 6-digit 行政区划代码 of "${a.name}" against the official list`));
      } else {
        const stem = region.name.replace(SUFFIX, '');
        if (!a.name.includes(stem)) {
          out.push(problemAt(src, at(i, 'regionCode'), 'ref/region-name-mismatch', a.regionCode, `the code of the place the agency is named after (${a.regionCode} is ${region.name})`, `check the code, or the name "${a.name}"`));
        }
        const expectedLevel = levelOfCode(a.regionCode);
        if (a.level !== expectedLevel && !(a.level === 'county' && expectedLevel === 'city')) {
          out.push(problemAt(src, at(i, 'level'), 'ref/level-mismatch', a.level, `"${expectedLevel}" for region code ${a.regionCode} (${region.name})`, `set "level": "${expectedLevel}", or correct the region code`));
        }
      }
      const other = byCode.get(a.regionCode);
      if (other !== undefined) {
        out.push(problemAt(src, at(i, 'regionCode'), 'ref/duplicate-region', a.regionCode, `one medical-security bureau per region code ("${other}" has it already)`, 'check the code; two agencies cannot share a region'));
      } else byCode.set(a.regionCode, a.slug);
    }
    if (a.parent === undefined) {
      if (a.level !== 'national') out.push(problemAt(src, at(i, 'parent'), 'ref/missing-parent', undefined, 'the slug of the agency one level up', 'add "parent"'));
      return;
    }
    const parent = bySlug.get(a.parent);
    if (!parent) {
      const guess = closest(a.parent, bySlug.keys());
      out.push(problemAt(src, at(i, 'parent'), 'ref/unknown-parent', a.parent, 'the slug of an agency in this registry', guess ? `did you mean "${guess}"?` : 'add the parent agency to the registry, or correct the slug'));
      return;
    }
    if (LEVEL_RANK[parent.level] >= LEVEL_RANK[a.level]) {
      out.push(problemAt(src, at(i, 'parent'), 'ref/parent-level', a.parent, `an agency above the ${a.level} level ("${a.parent}" is ${parent.level})`, 'name the agency one level up as parent'));
    }
    const enclosing = a.regionCode ? enclosingCodes(a.regionCode) : [];
    if (enclosing.length > 0 && parent.regionCode && !enclosing.includes(parent.regionCode)) {
      const want = enclosing.map((c) => `${c} ${regionName(c) ?? ''}`.trim()).join(' or ');
      out.push(problemAt(src, at(i, 'parent'), 'ref/parent-region', a.parent, `the agency of the enclosing region ${want}; "${a.parent}" is for ${parent.regionCode} ${regionName(parent.regionCode) ?? ''}`.trim(), 'name the agency of the enclosing place as parent, or correct the region codes'));
    }
  });
  out.push(...findCycles(reg, bySlug));
  return out;
}

/** Each cycle of parents once, reported at its first member in file order. */
function findCycles(reg: ParsedFile<{ agencies: Agency[] }>, bySlug: Map<string, Agency>): Problem[] {
  const out: Problem[] = [];
  const reported = new Set<string>();
  reg.data.agencies.forEach((a, i) => {
    const chain: string[] = [a.slug];
    let cur = a.parent ? bySlug.get(a.parent) : undefined;
    while (cur && !chain.includes(cur.slug)) {
      chain.push(cur.slug);
      cur = cur.parent ? bySlug.get(cur.parent) : undefined;
    }
    if (!cur || cur.slug !== a.slug || chain.some((s) => reported.has(s))) return;
    chain.forEach((s) => reported.add(s));
    out.push(
      problemAt(reg.src, ['agencies', i, 'parent'], 'ref/circular-parent', a.parent, 'a chain of parents that ends at the national agency', `the parents go round in a circle: ${[...chain, a.slug].join(' → ')}; fix one of these parent slugs`),
    );
  });
  return out;
}
