/**
 * Dates in indicator targets and actuals: `12月20日前`, `2024年12月`, `次年3月底`, `12月25日`.
 *
 * A date is read only when its whole text is a date; the year is kept as written (most
 * targets omit it, and "次年" is relative), so two dates are compared only when they are
 * written against the same year.
 */

/** A calendar date as written in a target or actual. */
export interface DateReading {
  kind: 'date';
  /** The text, verbatim. */
  text: string;
  /** The year when written (`2024年12月`), null when omitted (`12月20日前`) or relative. */
  year: number | null;
  /** Written relative to the next year (`次年3月底`). */
  nextYear: boolean;
  /** 1–12, or null for a whole year (`2024年底`). */
  month: number | null;
  /** 1–31, or null for a whole month. */
  day: number | null;
  /** `底` / `末`: the end of the month or year, which a whole-month reading already covers. */
  endOfPeriod: boolean;
  /** `前` / `之前` / `以前`: before the date. Whether the day itself counts is not said. */
  before: boolean;
  /** A trailing parenthetical, verbatim without its brackets. */
  note: string | null;
}

const DATE_PATTERN =
  /^(?:(?<year>(?:19|20)\d{2})年|(?<relative>次年|下年|下一年|明年))?(?:(?<month>\d{1,2})月(?:(?<day>\d{1,2})日|(?<monthEnd>底|末))?|(?<yearEnd>底|末))?(?<before>之前|以前|前)?$/u;

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when a normalised expression has the shape of a date, valid or not (`2月30日`, `13月`). */
export function hasDateShape(normalised: string): boolean {
  return DATE_PATTERN.test(normalised) && /\d/.test(normalised);
}

/**
 * Reads a normalised expression (see `indicator-text.ts`) as a date, or null when it is not
 * wholly one or names a day that does not exist.
 */
export function readDate(normalised: string, text: string, note: string | null): DateReading | null {
  const groups = DATE_PATTERN.exec(normalised)?.groups;
  if (groups === undefined) return null;
  const year = groups.year === undefined ? null : Number(groups.year);
  const nextYear = groups.relative !== undefined;
  const month = groups.month === undefined ? null : Number(groups.month);
  const day = groups.day === undefined ? null : Number(groups.day);
  // A bare `前` or `次年` says nothing about when; a year alone needs its digits (`2024年`).
  if (month === null && year === null) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (month === null || day < 1 || day > daysInMonth(year, month))) return null;
  return {
    kind: 'date',
    text,
    year,
    nextYear,
    month,
    day,
    endOfPeriod: groups.monthEnd !== undefined || groups.yearEnd !== undefined,
    before: groups.before !== undefined,
    note,
  };
}

/** The first and last day a date reading covers, as sortable numbers (year 0 when omitted). */
export function dateSpan(date: DateReading): { first: number; last: number } {
  const year = (date.year ?? 0) + (date.nextYear ? 1 : 0);
  const firstMonth = date.month ?? 1;
  const lastMonth = date.month ?? 12;
  const firstDay = date.day ?? 1;
  const lastDay = date.day ?? daysInMonth(date.year, lastMonth);
  return { first: year * 10_000 + firstMonth * 100 + firstDay, last: year * 10_000 + lastMonth * 100 + lastDay };
}

/** Two dates can be compared only when both are written against the same year. */
export function sameYearBasis(a: DateReading, b: DateReading): boolean {
  return (a.year === null) === (b.year === null) && a.nextYear === b.nextYear;
}

/**
 * Whether an actual date meets a target date. A target date is a deadline: `2024年12月`
 * is met by any day of December 2024 or earlier. `12月20日前` is met by 19 December or
 * earlier and missed from 21 December; 20 December itself is unknown, because whether
 * `前` includes the day is not said. Dates written against different years are not compared.
 */
export function compareDates(target: DateReading, actual: DateReading): 'met' | 'missed' | 'unknown' | 'incomparable' {
  if (!sameYearBasis(target, actual)) return 'incomparable';
  const goal = dateSpan(target);
  const done = dateSpan(actual);
  // Ordinals are integers, so "the day before the first day" is first − 1 even across months.
  const strictDeadline = target.before ? goal.first - 1 : goal.last;
  const looseDeadline = goal.last;
  const latest = actual.before ? done.first - 1 : done.last;
  const earliest = actual.before ? Number.NEGATIVE_INFINITY : done.first;
  if (latest <= strictDeadline) return 'met';
  if (earliest > looseDeadline) return 'missed';
  return 'unknown';
}
