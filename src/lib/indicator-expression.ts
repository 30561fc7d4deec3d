/**
 * Reads an indicator's target (年度指标值) or actual (实际完成值) into a structured form,
 * keeping the published text verbatim beside it (domain.md §5).
 *
 * The reading is conservative: it says what the text unambiguously states and no more.
 * Prose, figures run together with words, and anything a reader would have to interpret
 * come back `unparsed` (with digits) or `qualitative` (without), never as a guessed number.
 * `readIndicatorExpression` never throws, whatever the input.
 */
import { EMPTY_MARKS } from '../schemas/common';
import { type DateReading, hasDateShape, readDate } from './indicator-date';
import { type ComparisonOperator, type ScannedTerm, scanTerms } from './indicator-terms';
import { comparableText, normaliseExpression, splitTrailingNote } from './indicator-text';
import { memoByText } from './memo';
import type { EmptyMark } from './money';

export type { ComparisonOperator } from './indicator-terms';
export type { DateReading } from './indicator-date';
export { type IndicatorNameReading, readIndicatorName } from './indicator-name';

/** Fields every figure reading has. */
interface FigureFields {
  /** The text, verbatim (for a part of a compound: that part, normalised). */
  text: string;
  /** The figure as plain decimal text (`"4960000"`, `"1.85"`). */
  value: string;
  /** Decimals as published. */
  decimals: number;
  /** The unit as published (`%`, `万元`, `个月`), or null when bare. */
  unit: string | null;
  /** Words before the figure naming what it measures (`药品网采率`), or null. */
  subject: string | null;
  /** A trailing parenthetical, verbatim without its brackets (`每个县（区）至少开通1家…`). */
  note: string | null;
}

/** `≥90%`, `不少于150次`, `≤ 60 分钟`, `=0 人`, `70%左右` (`≈`), `处置率达100%`. */
export interface ComparisonReading extends FigureFields {
  kind: 'comparison';
  op: ComparisonOperator;
  /** The operator as published (`≥`, `＞` normalised to `>`, `不少于`, `达`, `左右`). */
  operatorText: string;
}

/** A bare figure: `27.5`, `5万元`, `104万人`, `306`, `100%`. What it promises depends on the indicator. */
export interface QuantityReading extends FigureFields {
  kind: 'quantity';
}

/** `80~90%`, `5-10次`: both ends included. */
export interface RangeReading extends Omit<FigureFields, 'value' | 'decimals'> {
  kind: 'range';
  low: string;
  lowDecimals: number;
  high: string;
  highDecimals: number;
}

/** Words without figures: `逐步推开`, `有所提升`, `普遍知晓`, `不低于上年`. No numeric test applies. */
export interface QualitativeReading {
  kind: 'qualitative';
  text: string;
}

/** Text with figures that could not be read unambiguously (prose, run-together cells). */
export interface UnparsedReading {
  kind: 'unparsed';
  text: string;
}

/** A blank cell or an empty mark (`—`, `/`, `无`). */
export interface EmptyReading {
  kind: 'empty';
  text: string;
  mark: EmptyMark;
}

/** A reading of one part of a compound. */
export type PartReading = ComparisonReading | QuantityReading | RangeReading | DateReading | QualitativeReading | UnparsedReading;

/**
 * Several figures in one cell: `药品网采率≥85%，高值医用耗材网采率≥75%`, `≤5天80人次`, `1年1次`.
 * `complete` is true when every part is a figure (comparison, quantity, range or date).
 */
export interface CompoundReading {
  kind: 'compound';
  text: string;
  parts: PartReading[];
  complete: boolean;
  note: string | null;
}

export type IndicatorReading =
  | ComparisonReading
  | QuantityReading
  | RangeReading
  | DateReading
  | QualitativeReading
  | CompoundReading
  | EmptyReading
  | UnparsedReading;

/** The readings that carry figures a number can be tested against. */
export type FigureReading = ComparisonReading | QuantityReading | RangeReading;

export function isFigureReading(reading: IndicatorReading | PartReading): reading is FigureReading {
  return reading.kind === 'comparison' || reading.kind === 'quantity' || reading.kind === 'range';
}

/** Separators between parts. An ASCII comma between digits and three more digits is a thousands separator. */
const SEGMENT_SEPARATOR = /[，、；;]|(?<!\d),|,(?!\d{3}(?!\d))/u;
/** Something a figure reading would need: a digit or an operator sign. */
const FIGURE_SIGN = /[\d≥≤<>=≈≠%‰]/u;

function termReading(term: ScannedTerm, note: string | null): FigureReading {
  const base = { text: term.text, unit: term.unit, subject: term.subject, note };
  if (term.high !== undefined) {
    return { ...base, kind: 'range', low: term.value, lowDecimals: term.decimals, high: term.high.value, highDecimals: term.high.decimals };
  }
  const figure = { ...base, value: term.value, decimals: term.decimals };
  if (term.op === null || term.operatorText === null) return { ...figure, kind: 'quantity' };
  return { ...figure, kind: 'comparison', op: term.op, operatorText: term.operatorText };
}

function readSegment(segment: string): PartReading[] {
  const date = readDate(segment, segment, null);
  if (date !== null) return [date];
  if (hasDateShape(segment)) return [{ kind: 'unparsed', text: segment }];
  const terms = scanTerms(segment);
  if (terms !== null) return terms.map((term) => termReading(term, null));
  return [FIGURE_SIGN.test(segment) ? { kind: 'unparsed', text: segment } : { kind: 'qualitative', text: segment }];
}

function emptyMark(trimmed: string): EmptyMark | null {
  return (EMPTY_MARKS as readonly string[]).includes(trimmed) ? (trimmed as EmptyMark) : null;
}

/**
 * Reads a target or actual as published. Never throws (the property tests feed it arbitrary
 * Unicode): anything the grammar does not cover is `unparsed` or `qualitative`. The reading is
 * shared between callers (one per text): do not modify it.
 */
export function readIndicatorExpression(text: string): IndicatorReading {
  return readExpression(text);
}

const readExpression = memoByText((text: string): IndicatorReading => {
  const trimmed = text.trim();
  const mark = emptyMark(trimmed);
  if (mark !== null) return { kind: 'empty', text, mark };
  if (!FIGURE_SIGN.test(normaliseExpression(trimmed))) return { kind: 'qualitative', text };

  const { body, note } = splitTrailingNote(comparableText(trimmed));
  const date = readDate(body, text, note);
  if (date !== null) return date;
  // `2月30日` has the shape of a date but names no day: not a figure either.
  if (hasDateShape(body)) return { kind: 'unparsed', text };

  const parts = body
    .split(SEGMENT_SEPARATOR)
    .filter((segment) => segment !== '')
    .flatMap(readSegment);
  if (parts.length === 1 && parts[0] !== undefined) {
    const only = parts[0];
    if (isFigureReading(only) || only.kind === 'date') return { ...only, text, note };
    // Words with a figure only in a note (`按时完成（12月）`) are still words.
    if (only.kind === 'qualitative' && note !== null) return { kind: 'qualitative', text };
    return { kind: 'unparsed', text };
  }
  const complete = parts.every((part) => isFigureReading(part) || part.kind === 'date');
  return { kind: 'compound', text, parts, complete, note };
});
