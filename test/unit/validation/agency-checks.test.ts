/**
 * The agency registry against GB/T 2260 (china-area-data): region codes exist and name the
 * agency's place, levels agree with codes, parents are the agencies of the enclosing places,
 * and parents end at the top.
 */
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../src/schemas/agency';
import { sortProblems, type Problem } from '../../../src/lib/validation/problem';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';

type AgencyInput = Partial<Agency> & { slug: string };

const national: AgencyInput = { slug: 'national', name: '国家医疗保障局', level: 'national' };
const fujian: AgencyInput = { slug: 'fujian', name: '福建省医疗保障局', level: 'province', regionCode: '350000', parent: 'national' };
const ningde: AgencyInput = { slug: 'fujian-ningde', name: '宁德市医疗保障局', level: 'city', regionCode: '350900', parent: 'fujian' };

async function check(...agencies: AgencyInput[]): Promise<Problem[]> {
  const text = JSON.stringify({ agencies }, null, 2);
  const { problems } = await validateDataset([{ file: 'agencies.json', bytes: new TextEncoder().encode(text) }]);
  return sortProblems(problems);
}

const codes = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.path}`);

describe('agency registry', () => {
  it('accepts a consistent national → province → city → county chain', async () => {
    const jiaocheng = { slug: 'fujian-ningde-jiaocheng', name: '宁德市蕉城区医疗保障局', level: 'county', regionCode: '350902', parent: 'fujian-ningde' } as const;
    expect(await check(national, fujian, ningde, jiaocheng)).toEqual([]);
  });

  it('accepts the bundled registry', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(new URL('../../../data/agencies.json', import.meta.url)));
    expect((await validateDataset([{ file: 'data/agencies.json', bytes }])).problems).toEqual([]);
  });

  it('rejects a region code that is not in the national list', async () => {
    const [p, ...rest] = await check(national, fujian, { ...ningde, regionCode: '359999' });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'ref/unknown-region', path: '$.agencies[2].regionCode', value: '"359999"' });
    expect(p!.expected).toContain('GB/T 2260');
    expect(p!.fix).toContain('宁德市医疗保障局');
  });

  it('rejects a region code of another place than the one the agency is named after', async () => {
    const problems = await check(national, fujian, { ...ningde, regionCode: '350100' });
    expect(codes(problems)).toEqual(['ref/region-name-mismatch $.agencies[2].regionCode']);
    expect(problems[0]!.expected).toContain('350100 is 福州市');
  });

  it('rejects a level that does not agree with the region code', async () => {
    const problems = await check(national, { ...fujian, level: 'city' });
    expect(codes(problems)).toEqual(['ref/level-mismatch $.agencies[1].level']);
    expect(problems[0]!.expected).toBe('"province" for region code 350000 (福建省)');
    expect(problems[0]!.fix).toContain('"level": "province"');
  });

  it('rejects a parent that is not the agency of the enclosing region', async () => {
    const jiaocheng = { slug: 'fujian-ningde-jiaocheng', name: '宁德市蕉城区医疗保障局', level: 'county', regionCode: '350902', parent: 'fujian' } as const;
    const problems = await check(national, fujian, ningde, jiaocheng);
    expect(codes(problems)).toEqual(['ref/parent-region $.agencies[3].parent']);
    expect(problems[0]!.expected).toContain('350900 宁德市');
    expect(problems[0]!.expected).toContain('"fujian" is for 350000 福建省');
  });

  it('accepts parents across the grouping entries of the list (市辖区, 省直辖县级行政区划)', async () => {
    const beijing = { slug: 'beijing', name: '北京市医疗保障局', level: 'province', regionCode: '110000', parent: 'national' } as const;
    const dongcheng = { slug: 'beijing-dongcheng', name: '北京市东城区医疗保障局', level: 'county', regionCode: '110101', parent: 'beijing' } as const;
    const hubei = { slug: 'hubei', name: '湖北省医疗保障局', level: 'province', regionCode: '420000', parent: 'national' } as const;
    const xiantao = { slug: 'hubei-xiantao', name: '仙桃市医疗保障局', level: 'county', regionCode: '429004', parent: 'hubei' } as const;
    expect(await check(national, beijing, dongcheng, hubei, xiantao)).toEqual([]);
  });

  it('rejects a parent at the same level or below', async () => {
    const problems = await check(national, fujian, ningde, { slug: 'fujian-fuzhou', name: '福州市医疗保障局', level: 'city', regionCode: '350100', parent: 'fujian-ningde' });
    expect(codes(problems)).toEqual(['ref/parent-level $.agencies[3].parent', 'ref/parent-region $.agencies[3].parent']);
    expect(problems[0]!.expected).toContain('"fujian-ningde" is city');
  });

  it('reports a circle of parents once, with the whole circle', async () => {
    const a = { slug: 'fujian-ningde', name: '宁德市医疗保障局', level: 'city', regionCode: '350900', parent: 'fujian-fuzhou' } as const;
    const b = { slug: 'fujian-fuzhou', name: '福州市医疗保障局', level: 'city', regionCode: '350100', parent: 'fujian-ningde' } as const;
    const problems = (await check(national, fujian, a, b)).filter((p) => p.code === 'ref/circular-parent');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '$.agencies[2].parent' });
    expect(problems[0]!.fix).toContain('fujian-ningde → fujian-fuzhou → fujian-ningde');
  });

  it('rejects duplicate slugs and region codes, and unknown or missing parents', async () => {
    const problems = await check(
      national,
      fujian,
      ningde,
      { ...ningde, name: '宁德市医疗保障局（重复）' },
      { slug: 'fujian-fuzhou', name: '福州市医疗保障局', level: 'city', regionCode: '350100', parent: 'fujain' },
      { slug: 'fujian-sanming', name: '三明市医疗保障局', level: 'city', regionCode: '350400' },
    );
    expect(codes(problems)).toEqual([
      'ref/duplicate-slug $.agencies[3].slug',
      'ref/duplicate-region $.agencies[3].regionCode',
      'ref/unknown-parent $.agencies[4].parent',
      'ref/missing-parent $.agencies[5].parent',
    ]);
    expect(problems[1]!.expected).toContain('"fujian-ningde" has it already');
    expect(problems[2]!.fix).toBe('did you mean "fujian"?');
    expect(problems[3]).toMatchObject({ value: '(missing)', fix: 'add "parent"' });
  });

  it('requires a region code below the national level', async () => {
    const problems = await check(national, { slug: 'fujian', name: '福建省医疗保障局', level: 'province', parent: 'national' });
    expect(codes(problems)).toEqual(['schema/custom $.agencies[1].regionCode']);
    expect(problems[0]).toMatchObject({ value: '(missing)', fix: 'add "regionCode"' });
  });
});
