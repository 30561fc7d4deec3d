/**
 * How serious a gap is, relative to the figure it concerns. Named thresholds, shown on the
 * methodology page: a gap of 5% or more of the stated figure is 重要 (high), 0.5% or more is
 * 值得注意 (medium), anything smaller (but beyond rounding) is 提示 (low).
 */
import { Dec, toDec } from '../../decimal';
import type { Severity } from '../finding';

export const HIGH_RELATIVE_GAP = '0.05';
export const MEDIUM_RELATIVE_GAP = '0.005';

export function severityOfGap(gap: string, stated: string): Severity {
  const s = toDec(stated).abs();
  if (s.isZero()) return toDec(gap).isZero() ? 'low' : 'high';
  const rel = toDec(gap).div(s);
  if (rel.gte(new Dec(HIGH_RELATIVE_GAP))) return 'high';
  if (rel.gte(new Dec(MEDIUM_RELATIVE_GAP))) return 'medium';
  return 'low';
}
