/**
 * What every part of one synthetic agency-year shares: the agency, the year, its generator,
 * the source text being printed, and the list of inconsistencies injected on purpose (so the
 * corpus manifest can say how many findings the audit should report at least).
 */
import { Rng } from './prng';
import type { SynthAgency } from './regions';
import { SourceText } from './source-text';

/** Inconsistencies the generator injects, as the sources show them (domain.md §6). */
export type FaultKind =
  | 'table-sum' // a 款 row in 公开03表 that is not the sum of its 项 rows
  | 'year-over-year-rate' // a 增长/下降 rate that does not follow from the change
  | 'stated-execution-rate' // an 执行率 printed that is not B ÷ A
  | 'funding-parts' // 其中 lines that do not add up to 年度资金总额
  | 'execution-score' // full execution points for a low execution rate
  | 'full-score-missed' // a missed target with full points
  | 'missed-no-explanation' // a missed target with the explanation left empty
  | 'not-equal-typo' // `≠0 人` for `=0 人`
  | 'score-total'; // a 总分 that is not the sum of the scores

export interface AgencyYear {
  seed: number;
  agency: SynthAgency;
  year: number;
  rng: Rng;
  /** Prefix of every id of the agency-year: `r350900-2024`. */
  prefix: string;
  /** The archived source text all documents of the agency-year are transcribed from. */
  text: SourceText;
  /** Id of that archived source. */
  archive: string;
  /** Date the corpus claims to have collected its sources. */
  collectedOn: string;
  faults: FaultKind[];
  /** Prints amounts with thousands separators in the final-accounts tables (some bureaus do). */
  grouped: boolean;
}

export function agencyYear(seed: number, agency: SynthAgency, year: number): AgencyYear {
  const rng = Rng.derive(seed, `${agency.slug}/${year}`);
  const prefix = `${agency.slug}-${year}`;
  return { seed, agency, year, rng, prefix, text: new SourceText(), archive: `${prefix}-final-accounts`, collectedOn: `${year + 1}-09-30`, faults: [], grouped: rng.chance(0.6) };
}

/** True with probability p, recording the fault when it is injected. */
export function inject(ctx: AgencyYear, kind: FaultKind, p: number): boolean {
  if (!ctx.rng.chance(p)) return false;
  ctx.faults.push(kind);
  return true;
}
