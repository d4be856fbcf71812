// Wildcards and escapes are parsed once into parts (Sigma specification v2, "Escaping"): a backslash escapes
// only `*`, `?` and itself; any other backslash, and a trailing one, is literal.
import { describe, expect, it } from 'vitest';
import { parseWildcards, type ValuePart } from '@/lib/sigma';
import { lowerText, ruleText, show } from './helpers';

const T = (text: string): ValuePart => ({ kind: 'Text', text });
const STAR: ValuePart = { kind: 'AnyString' };
const ONE: ValuePart = { kind: 'AnyChar' };

// [raw Sigma string (after YAML), parts]
const cases: [string, ValuePart[]][] = [
  ['abc', [T('abc')]],
  ['', []],
  ['*', [STAR]],
  ['?', [ONE]],
  ['a*b', [T('a'), STAR, T('b')]],
  ['a?b', [T('a'), ONE, T('b')]],
  ['*a*', [STAR, T('a'), STAR]],
  ['\\*', [T('*')]],
  ['\\?', [T('?')]],
  ['\\\\', [T('\\')]],
  ['\\\\*', [T('\\'), STAR]],
  ['\\\\\\*', [T('\\*')]],
  ['\\\\\\\\', [T('\\\\')]],
  ['C:\\Windows\\System32\\', [T('C:\\Windows\\System32\\')]],
  ['\\a', [T('\\a')]],
  ['a\\', [T('a\\')]],
  ['\\\\server\\share\\*', [T('\\server\\share*')]],
  ['\\\\\\server\\share\\\\*', [T('\\\\server\\share\\'), STAR]],
  ['a\\*b*', [T('a*b'), STAR]],
  ['**', [STAR, STAR]],
];

describe('parseWildcards', () => {
  it.each(cases)('%j', (raw, parts) => {
    expect(parseWildcards(raw)).toEqual(parts);
  });
});

// The same strings as a rule author writes them in YAML: quoting decides what Sigma sees.
const yamlCases: [string, string, string][] = [
  ['a backslash before a star escapes it', `F: 'C:\\Windows\\*'`, 'F="C:\\\\Windows\\*"'],
  ['a doubled backslash before a star is a backslash', `F: 'C:\\Windows\\\\*'`, 'F="C:\\\\Windows\\\\*"'],
  ['escaped star in single quotes', `F: 'a\\*b'`, 'F="a\\*b"'],
  ['double-quoted YAML escapes first', `F: "a\\\\*b"`, 'F="a\\*b"'],
  ['escaped question mark with contains', `F|contains: 'why\\?'`, 'F="*why\\?*"'],
  ['double backslash before star', `F|endswith: '\\\\*'`, 'F="*\\\\*"'],
];

describe('wildcards in rules', () => {
  it.each(yamlCases)('%s', (_name, body, expected) => {
    const { ir, errors } = lowerText(ruleText(`selection:\n  ${body}\ncondition: selection`));
    expect(errors).toEqual([]);
    expect(show(ir!)).toBe(expected);
  });
});
