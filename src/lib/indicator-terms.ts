/**
 * The figures inside one segment of an indicator expression: `[subject][operator]number[unit][suffix]`,
 * e.g. `≥85%`, `不少于150次`, `处置率达100%`, `药品网采率为80.52%`, `70%左右`, `80~90%`,
 * and runs of them without a separator (`≤5天80人次`, `1年1次`).
 *
 * The grammar is deliberately narrow: a unit is at most a few characters, a subject is plain
 * words, and anything else makes the segment unreadable. A reading that is wrong is worse
 * than none, because an evaluation would rest on it.
 */
import { decimalsOf, hasTooManyDigits, toDec, toDecimalText } from './decimal';

/**
 * How a target or actual compares. `≈` is "about" (`70%左右`: the tolerance is not published).
 * `≠` appears only as published: the one source that prints it (004 `≠0 人`) means `=0`;
 * it is kept so the page can show and flag it, and never evaluated.
 */
export type ComparisonOperator = '>=' | '>' | '<=' | '<' | '=' | '≈' | '≠';

/** One figure read from a segment. */
export interface ScannedTerm {
  /** Words before the figure naming what it measures (`药品网采率`), or null. */
  subject: string | null;
  op: ComparisonOperator | null;
  /** The operator as published (`≥`, `不少于`, `达`, `左右`), or null. */
  operatorText: string | null;
  /** The figure as plain decimal text. */
  value: string;
  /** Decimals as published. */
  decimals: number;
  /** The upper end of a range (`80~90%`), absent otherwise. */
  high?: { value: string; decimals: number };
  /** The unit as published (`%`, `万元`, `个月`), or null when bare. */
  unit: string | null;
  /** The normalised text of this term. */
  text: string;
}

const SYMBOLS: Readonly<Record<string, ComparisonOperator>> = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
  '≈': '≈',
  '≠': '≠',
};

/** Operator words before a figure, longest first so `不低于` wins over `低于`. */
const PREFIX_WORDS: ReadonlyArray<readonly [string, ComparisonOperator]> = [
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['至少', '>='],
  ['至多', '<='],
  ['最多', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
  ['达到', '>='],
  ['大约', '≈'],
  ['达', '>='],
  ['约', '≈'],
];

/** Operator words after a figure. `以上` / `以下` include the figure in official usage. */
const SUFFIX_WORDS: ReadonlyArray<readonly [string, ComparisonOperator]> = [
  ['及以上', '>='],
  ['及以下', '<='],
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '≈'],
  ['上下', '≈'],
];

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NOT_UNIT = String.raw`0-9≥≤<>=≈≠~\-—,，、；;至到 `;
const TERM = new RegExp(
  String.raw`(?<lead>[^0-9≥≤<>=≈≠~+\-— ]*?)(?<symbol>[≥≤<>=≈≠])?(?<sign>[+-])?(?<number>${NUMBER})(?<unit>[^${NOT_UNIT}]*)` +
    String.raw`(?:(?<dash>[~\-—至到])(?<high>${NUMBER})(?<highUnit>[^${NOT_UNIT}]*))?`,
  'uy',
);

/** Plain words naming what a figure measures. */
const SUBJECT = /^[\p{Script=Han}A-Za-z“”"‘’《》（）()·/]{1,40}$/u;
/** `%`, `‰`, or a short word unit, optionally per something (`元/人`). */
const UNIT = /^(?:%|‰|[\p{Script=Han}A-Za-z]{1,4}(?:\/[\p{Script=Han}A-Za-z]{1,3})?)$/u;

function endingWord(text: string, words: ReadonlyArray<readonly [string, ComparisonOperator]>) {
  const found = words.find(([word]) => text.endsWith(word));
  return found === undefined ? null : { word: found[0], op: found[1], rest: text.slice(0, -found[0].length) };
}

/** A unit as published, or undefined when the text is not one (`%满意度`, `个异常高价交易和`). */
function readUnit(text: string): string | null | undefined {
  if (text === '') return null;
  if (!UNIT.test(text) || /[前后]$/u.test(text)) return undefined;
  return text;
}

/** One term from its regex groups, or null when any piece of it is not plain. */
function buildTerm(groups: Record<string, string | undefined>, text: string): ScannedTerm | null {
  const { lead = '', symbol, sign, number = '', dash, high, highUnit } = groups;
  if (hasTooManyDigits(number) || (high !== undefined && hasTooManyDigits(high))) return null;
  const operators: Array<{ op: ComparisonOperator; text: string }> = [];
  if (symbol !== undefined) {
    const op = SYMBOLS[symbol];
    if (op === undefined) return null;
    operators.push({ op, text: symbol });
  }

  let subject = lead;
  const prefix = endingWord(lead, PREFIX_WORDS);
  if (prefix !== null) {
    operators.push({ op: prefix.op, text: prefix.word });
    subject = prefix.rest;
  } else if (lead.endsWith('为')) {
    subject = lead.slice(0, -1);
  }
  if (subject !== '' && !SUBJECT.test(subject)) return null;

  let unitText = groups.unit ?? '';
  const suffix = endingWord(unitText, SUFFIX_WORDS);
  if (suffix !== null) {
    operators.push({ op: suffix.op, text: suffix.word });
    unitText = suffix.rest;
  }
  let unit = readUnit(unitText);
  if (unit === undefined) return null;

  // Two operators must agree (`约70%左右`); `≥90%以下` is not something to guess at.
  const ops = new Set(operators.map((o) => o.op));
  if (ops.size > 1) return null;
  const op = operators[0]?.op ?? null;
  const operatorText = operators.length === 0 ? null : operators.map((o) => o.text).join('…');

  const value = toDecimalText(toDec(`${sign === '-' ? '-' : ''}${number.replaceAll(',', '')}`));
  const term: ScannedTerm = { subject: subject === '' ? null : subject, op, operatorText, value, decimals: decimalsOf(number), unit, text };
  if (dash === undefined || high === undefined) return term;

  // A range: no operator, one unit (on either end or both alike), low ≤ high.
  const upperUnit = readUnit(highUnit ?? '');
  if (op !== null || upperUnit === undefined || (unit !== null && upperUnit !== null && unit !== upperUnit)) return null;
  unit = unit ?? upperUnit;
  const highValue = toDecimalText(toDec(high.replaceAll(',', '')));
  if (toDec(highValue).lessThan(toDec(value))) return null;
  return { ...term, unit, high: { value: highValue, decimals: decimalsOf(high) } };
}

/** The terms of one segment, or null when any part of it cannot be read plainly. */
export function scanTerms(segment: string): ScannedTerm[] | null {
  const terms: ScannedTerm[] = [];
  let position = 0;
  while (position < segment.length) {
    TERM.lastIndex = position;
    const match = TERM.exec(segment);
    if (match?.groups === undefined || TERM.lastIndex === position) return null;
    const term = buildTerm(match.groups, match[0]);
    if (term === null) return null;
    terms.push(term);
    position = TERM.lastIndex;
  }
  return terms.length === 0 ? null : terms;
}
