// A detection key `Field|mod|mod`: the field name and the modifiers, each with its own position in the key.
import type { Scalar } from 'yaml';
import type { ProblemSink } from './codes';
import type { Modifier, ModifierName } from './model';
import { rangeOf, scalarTextOffset } from './yaml-node';
import { own } from '../own';

const MODIFIERS: Record<string, ModifierName> = {
  contains: 'contains',
  startswith: 'startswith',
  endswith: 'endswith',
  all: 'all',
  base64: 'base64',
  base64offset: 'base64offset',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
  wide: 'wide',
  utf16: 'utf16',
  windash: 'windash',
  re: 're',
  i: 'i',
  ignorecase: 'i',
  m: 'm',
  multiline: 'm',
  s: 's',
  dotall: 's',
  cidr: 'cidr',
  exists: 'exists',
  fieldref: 'fieldref',
  cased: 'cased',
  expand: 'expand',
  gt: 'gt',
  gte: 'gte',
  lt: 'lt',
  lte: 'lte',
  neq: 'neq',
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

export function parseKey(
  key: Scalar,
  keyText: string,
  text: string,
  sink: ProblemSink,
): { field: string; modifiers: Modifier[] } | undefined {
  const { base, exact } = scalarTextOffset(key, text);
  const keyRange = rangeOf(key, { start: base, end: base });
  const segments = keyText.split('|');
  const field = segments[0] as string;
  const modifiers: Modifier[] = [];
  let offset = field.length + 1;
  let ok = true;
  for (const name of segments.slice(1)) {
    const range = exact ? { start: base + offset, end: base + offset + name.length } : keyRange;
    offset += name.length + 1;
    const known = own(MODIFIERS, name);
    if (known) {
      modifiers.push({ name: known, range });
    } else {
      sink.error('UNKNOWN_MODIFIER', `unknown modifier '${name}'`, range);
      ok = false;
    }
  }
  return ok ? { field, modifiers } : undefined;
}
