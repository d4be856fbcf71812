// The KQL backend as configuration: tokens, quoting and one function per operator. Everything the
// translator writes goes through here, so a change of syntax is a change in one place.

export type CompareOp = 'gt' | 'gte' | 'lt' | 'lte';
export type TextOp = 'equals' | 'contains' | 'startswith' | 'endswith';
export type DatePart = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface KqlConfig {
  and: string;
  or: string;
  not(expr: string): string;
  group(expr: string): string;
  /** A string literal for any text: verbatim @"..." where it has backslashes, escaped "..." otherwise. */
  string(text: string): string;
  number(value: number): string;
  text(op: TextOp, lhs: string, value: string, cased: boolean): string;
  /** Equality with any of several strings (or numbers). */
  inList(lhs: string, values: (string | number)[], cased: boolean): string;
  regex(lhs: string, pattern: string): string;
  cidr(lhs: string, cidr: string, version: 4 | 6): string;
  equalsNumber(lhs: string, value: number): string;
  equalsBool(lhs: string, value: boolean): string;
  compare(lhs: string, op: CompareOp, value: number): string;
  isEmpty(lhs: string): string;
  isNotEmpty(lhs: string): string;
  isNull(lhs: string): string;
  isNotNull(lhs: string): string;
  toString(lhs: string): string;
  toNumber(lhs: string): string;
  /** A datetime expression from a column of another type. */
  toDatetime(lhs: string): string;
  /** One part of a datetime as a number (Sigma time modifiers; Sentinel stores UTC). */
  datePart(lhs: string, part: DatePart): string;
  /** A key of a dynamic column, e.g. EventData.Image. */
  bagKey(column: string, key: string): string;
  /** A key path inside a JSON string column. */
  jsonPath(column: string, keys: string[]): string;
  /** Either form, when a column name needs no quoting. */
  column(name: string): string;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quote(text: string): string {
  // Verbatim literals keep Windows paths readable; they cannot hold line breaks or other control characters.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/;
  if (text.includes('\\') && !control.test(text)) return `@"${text.replaceAll('"', '""')}"`;
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

const TEXT_OPS: Record<TextOp, [insensitive: string, cased: string]> = {
  equals: ['=~', '=='],
  contains: ['contains', 'contains_cs'],
  startswith: ['startswith', 'startswith_cs'],
  endswith: ['endswith', 'endswith_cs'],
};

const DATE_PARTS: Record<DatePart, (lhs: string) => string> = {
  minute: (e) => `datetime_part("minute", ${e})`,
  hour: (e) => `hourofday(${e})`,
  day: (e) => `dayofmonth(${e})`,
  week: (e) => `week_of_year(${e})`,
  month: (e) => `monthofyear(${e})`,
  year: (e) => `getyear(${e})`,
};

const COMPARE: Record<CompareOp, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

export const kql: KqlConfig = {
  and: ' and ',
  or: ' or ',
  not: (e) => `not(${e})`,
  group: (e) => `(${e})`,
  string: quote,
  number: (v) => (Number.isInteger(v) ? v.toFixed(0) : String(v)),
  text: (op, lhs, value, cased) => `${lhs} ${TEXT_OPS[op][cased ? 1 : 0]} ${quote(value)}`,
  inList: (lhs, values, cased) =>
    `${lhs} ${cased ? 'in' : 'in~'} (${values.map((v) => (typeof v === 'number' ? kql.number(v) : quote(v))).join(', ')})`,
  regex: (lhs, pattern) => `${lhs} matches regex ${regexLiteral(pattern)}`,
  cidr: (lhs, cidr, version) => `ipv${version}_is_in_range(${lhs}, ${quote(cidr)})`,
  equalsNumber: (lhs, v) => `${lhs} == ${kql.number(v)}`,
  equalsBool: (lhs, v) => `${lhs} == ${v}`,
  compare: (lhs, op, v) => `${lhs} ${COMPARE[op]} ${kql.number(v)}`,
  isEmpty: (lhs) => `isempty(${lhs})`,
  isNotEmpty: (lhs) => `isnotempty(${lhs})`,
  isNull: (lhs) => `isnull(${lhs})`,
  isNotNull: (lhs) => `isnotnull(${lhs})`,
  toString: (lhs) => `tostring(${lhs})`,
  toNumber: (lhs) => `todouble(${lhs})`,
  toDatetime: (lhs) => `todatetime(${lhs})`,
  datePart: (lhs, part) => DATE_PARTS[part](lhs),
  bagKey: (column, key) => (IDENT.test(key) ? `${column}.${key}` : `${column}[${quote(key)}]`),
  jsonPath: (column, keys) => `parse_json(${column})${keys.map((k) => `[${quote(k)}]`).join('')}`,
  column: (name) => (IDENT.test(name) ? name : `['${name}']`),
};

/** Regular expressions as verbatim literals: their backslashes are the regex's own. */
function regexLiteral(pattern: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(pattern)) return quote(pattern);
  return `@"${pattern.replaceAll('"', '""')}"`;
}
