/**
 * The agencies of the synthetic corpus: one medical-security bureau per place of the real
 * GB/T 2260 hierarchy in `china-area-data` — the national bureau, 31 provinces, 333 cities
 * and 2,845 counties (3,210 agencies). Hong Kong, Macao and Taiwan are left out, as are the
 * grouping entries (市辖区, 省直辖县级行政区划), development zones the list gives codes xx70–xx79,
 * and places with no bureau of their own (群岛, 管委会). Slugs are `r<region code>`.
 */
import areaData from 'china-area-data';
import type { Agency } from '../../src/schemas/agency';

const GROUPING = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const OUTSIDE_MAINLAND = new Set(['710000', '810000', '820000']);
const NO_BUREAU = /群岛|海域|管委会|行政委员会/;
const PROVINCE_SUFFIX = /(省|市|回族自治区|壮族自治区|维吾尔自治区|自治区)$/;

export interface SynthAgency extends Agency {
  /** Province code (2 digits + 0000) the agency is in; undefined for the national bureau. */
  province?: string;
}

const slugOf = (code: string) => `r${code}`;

/** Every agency, parents before children, in region-code order. */
export function nationalAgencies(): SynthAgency[] {
  const data = areaData as Record<string, Record<string, string>>;
  const out: SynthAgency[] = [{ slug: 'national', name: '国家医疗保障局', shortName: '国家医保局', level: 'national' }];
  for (const [pcode, pname] of Object.entries(data['86']!)) {
    if (OUTSIDE_MAINLAND.has(pcode)) continue;
    const pstem = pname.replace(PROVINCE_SUFFIX, '');
    out.push({ slug: slugOf(pcode), name: `${pname}医疗保障局`, shortName: `${pstem}医保局`, level: 'province', regionCode: pcode, parent: 'national', province: pcode });
    for (const [ccode, cname] of Object.entries(data[pcode] ?? {})) {
      const grouping = GROUPING.has(cname);
      if (!grouping) {
        out.push({ slug: slugOf(ccode), name: `${cname}医疗保障局`, level: 'city', regionCode: ccode, parent: slugOf(pcode), province: pcode });
      }
      for (const [kcode, kname] of Object.entries(data[ccode] ?? {})) {
        const tail = Number(kcode.slice(4));
        if (kcode.length !== 6 || kname === '市辖区' || (tail >= 70 && tail < 80) || NO_BUREAU.test(kname)) continue;
        // Districts carry their city's name (长春市朝阳区医疗保障局), as the bureaus sign; 直辖市 districts their province's.
        const prefix = kname.endsWith('区') ? (grouping ? pname : cname) : '';
        out.push({
          slug: slugOf(kcode),
          name: `${prefix}${kname}医疗保障局`,
          level: 'county',
          regionCode: kcode,
          parent: grouping ? slugOf(pcode) : slugOf(ccode),
          province: pcode,
        });
      }
    }
  }
  return out;
}

/** The registry entry as data/agencies.json holds it (without the generator's own fields). */
export function registryEntry(a: SynthAgency): Agency {
  const { province: _province, ...entry } = a;
  return entry;
}
