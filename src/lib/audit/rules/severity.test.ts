import { describe, expect, it } from 'vitest';
import { severityOfGap } from './severity';

describe('severityOfGap', () => {
  it('grades a gap by its size relative to the stated figure: 5% or more high, 0.5% or more medium, else low', () => {
    expect(severityOfGap('5', '100')).toBe('high');
    expect(severityOfGap('4.99', '100')).toBe('medium');
    expect(severityOfGap('0.5', '100')).toBe('medium');
    expect(severityOfGap('0.49', '100')).toBe('low');
  });

  it('treats any gap against a stated zero as high', () => {
    expect(severityOfGap('0.01', '0')).toBe('high');
    expect(severityOfGap('0', '0')).toBe('low');
  });
});
