import { describe, expect, it } from 'vitest';
import { toDec } from './decimal';
import { isDisjoint, isSubset, pointSet, rangeSet, setOf } from './numeric-set';

const at = (v: string) => pointSet(toDec(v));
const op = (o: Parameters<typeof setOf>[0], v: string) => {
  const set = setOf(o, toDec(v));
  if (set === null) throw new Error(`no set for ${o}`);
  return set;
};

describe('numeric sets', () => {
  it('puts a boundary point inside a closed bound and outside an open one', () => {
    expect(isSubset(at('35'), op('>=', '35'))).toBe(true);
    expect(isSubset(at('150'), op('>', '150'))).toBe(false);
    expect(isDisjoint(at('150'), op('>', '150'))).toBe(true);
  });

  it('finds ">150" inside "≥150" but "≥30" neither inside nor apart from "≥35"', () => {
    expect(isSubset(op('>', '150'), op('>=', '150'))).toBe(true);
    expect(isSubset(op('>=', '30'), op('>=', '35'))).toBe(false);
    expect(isDisjoint(op('>=', '30'), op('>=', '35'))).toBe(false);
  });

  it('finds "≤30" apart from "≥35", and ranges by their ends', () => {
    expect(isDisjoint(op('<=', '30'), op('>=', '35'))).toBe(true);
    expect(isSubset(rangeSet(toDec('80'), toDec('90')), op('>=', '80'))).toBe(true);
    expect(isDisjoint(rangeSet(toDec('80'), toDec('90')), op('>', '90'))).toBe(true);
  });

  it('gives no set for "≈" or "≠"', () => {
    expect(setOf('≈', toDec('70'))).toBeNull();
    expect(setOf('≠', toDec('0'))).toBeNull();
  });
});
