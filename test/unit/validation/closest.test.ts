import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/lib/validation/closest';

describe('closest', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('adjustedBuget', 'adjustedBudget')).toBe(1);
    expect(editDistance('totla', 'total')).toBe(1);
    expect(editDistance('fujian-ningbo', 'fujian-ningde')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the nearest name within a third of its length, ignoring case', () => {
    expect(closest('adjustedBuget', ['yearStartBudget', 'adjustedBudget', 'executed'])).toBe('adjustedBudget');
    expect(closest('Executed', ['executed', 'executionRate'])).toBe('executed');
    expect(closest('foo', ['executed', 'weight'])).toBeUndefined();
  });

  it('never suggests the name itself', () => {
    expect(closest('total', ['total'])).toBeUndefined();
  });
});
