// Every value modifier of the issue, with its meaning applied, checked through parse + lower.
import { describe, expect, it } from 'vitest';
import { lowerText, ruleText, show } from './helpers';

const EN = '\u2013';
const EM = '\u2014';
const BAR = '\u2015';
const NUL = '\u0000';

// [case, detection body under `selection:`, IR printed]
const cases: [string, string, string][] = [
  ['plain string', `F: foo`, 'F="foo"'],
  ['contains', `F|contains: foo`, 'F="*foo*"'],
  ['startswith', `F|startswith: foo`, 'F="foo*"'],
  ['endswith', `F|endswith: foo`, 'F="*foo"'],
  ['contains keeps existing wildcards', `F|contains: '*foo*'`, 'F="*foo*"'],
  ['startswith then endswith', `F|startswith|endswith: foo`, 'F="*foo*"'],
  ['value list is ORed', `F: [a, b]`, 'or(F="a", F="b")'],
  ['all ANDs the list', `F|contains|all: [a, b]`, 'and(F="*a*", F="*b*")'],
  ['all before contains', `F|all|contains: [a, b]`, 'and(F="*a*", F="*b*")'],
  ['cased', `F|cased: Foo`, 'F=cs"Foo"'],
  ['contains cased', `F|contains|cased: Foo`, 'F=cs"*Foo*"'],
  ['base64', `F|base64: foo`, 'F=cs"Zm9v"'],
  ['base64 padding', `F|base64: foob`, 'F=cs"Zm9vYg=="'],
  ['base64 of UTF-8', `F|base64: é`, 'F=cs"w6k="'],
  ['base64offset', `F|base64offset: foobar`, 'or(F=cs"Zm9vYmFy", F=cs"Zvb2Jhc", F=cs"mb29iYX")'],
  [
    'base64offset contains',
    `F|base64offset|contains: foob`,
    'or(F=cs"*Zm9vY*", F=cs"*Zvb2*", F=cs"*mb29i*")',
  ],
  ['wide', `F|wide: ab`, `F="a${NUL}b${NUL}"`],
  ['utf16le is wide', `F|utf16le: ab`, `F="a${NUL}b${NUL}"`],
  ['utf16be', `F|utf16be: ab`, `F="${NUL}a${NUL}b"`],
  ['wide base64', `F|wide|base64: ab`, 'F=cs"YQBiAA=="'],
  ['utf16le base64', `F|utf16le|base64: ab`, 'F=cs"YQBiAA=="'],
  ['utf16be base64', `F|utf16be|base64: ab`, 'F=cs"AGEAYg=="'],
  ['utf16 base64 has the BOM', `F|utf16|base64: ab`, 'F=cs"//5hAGIA"'],
  [
    'wide base64offset contains',
    `F|wide|base64offset|contains: ab`,
    'or(F=cs"*YQBiA*", F=cs"*EAYg*", F=cs"*hAGIA*")',
  ],
  ['wide keeps wildcards', `F|contains|wide: ab`, `F="*a${NUL}b${NUL}*"`],
  ['windash', `F|windash: -foo`, `or(F="-foo", F="/foo", F="${EN}foo", F="${EM}foo", F="${BAR}foo")`],
  [
    'contains windash',
    `F|contains|windash: ' -s'`,
    `or(F="* -s*", F="* /s*", F="* ${EN}s*", F="* ${EM}s*", F="* ${BAR}s*")`,
  ],
  ['windash slash form', `F|windash: /s`, `or(F="-s", F="/s", F="${EN}s", F="${EM}s", F="${BAR}s")`],
  ['windash leaves inner dashes', `F|windash: a-b`, 'F="a-b"'],
  ['windash two options: every combination', `F|windash: -a -b`, ''],
  ['re', `F|re: 'a.*b'`, 'F=~/a.*b/'],
  ['re no wildcard parsing', `F|re: 'a\\*?b'`, 'F=~/a\\*?b/'],
  ['re i', `F|re|i: 'ab'`, 'F=~/ab/i'],
  ['re m', `F|re|m: 'ab'`, 'F=~/ab/m'],
  ['re s', `F|re|s: 'ab'`, 'F=~/ab/s'],
  ['re inline flags become flags', `F|re: '(?i)ab'`, 'F=~/ab/i'],
  ['re contains is unchanged', `F|re|contains: 'ab'`, 'F=~/ab/'],
  ['re startswith anchors', `F|re|startswith: 'a|b'`, 'F=~/^(?:a|b)/'],
  ['re endswith anchors', `F|re|endswith: 'a|b'`, 'F=~/(?:a|b)$/'],
  ['re endswith already anchored', `F|re|endswith: 'ab$'`, 'F=~/ab$/'],
  ['cidr v4', `F|cidr: 10.0.0.0/8`, 'F in cidr4(10.0.0.0/8)'],
  ['cidr v6', `F|cidr: 'fe80::/10'`, 'F in cidr6(fe80::/10)'],
  ['cidr v4-mapped v6', `F|cidr: '::ffff:10.0.0.0/104'`, 'F in cidr6(::ffff:10.0.0.0/104)'],
  ['cidr list', `F|cidr: [127.0.0.0/8, '::1/128']`, 'or(F in cidr4(127.0.0.0/8), F in cidr6(::1/128))'],
  ['exists true', `F|exists: true`, 'F exists'],
  ['exists false', `F|exists: false`, 'F missing'],
  ['fieldref', `F|fieldref: G`, 'F=ref(G,equals)'],
  ['fieldref contains', `F|fieldref|contains: G`, 'F=ref(G,contains)'],
  ['fieldref startswith', `F|fieldref|startswith: G`, 'F=ref(G,startswith)'],
  ['fieldref endswith', `F|fieldref|endswith: G`, 'F=ref(G,endswith)'],
  ['fieldref cased', `F|fieldref|cased: G`, 'F=ref(G,equals,cased)'],
  ['expand', `F|expand: '%domain_controllers%'`, 'F=%domain_controllers%'],
  ['expand inside a longer value', `F|expand: 'C:\\%dir%\\x*.exe'`, 'F=expand"C:\\\\%dir%\\\\x*.exe"'],
  ['expand of two placeholders', `F|expand: '%a%%b%'`, 'F=expand"%a%%b%"'],
  ['expand then contains', `F|expand|contains: '%a%'`, 'F=expand"*%a%*"'],
  ['expand then endswith', `F|expand|endswith: '%a%.exe'`, 'F=expand"*%a%.exe"'],
  ['neq', `F|neq: a`, 'not(F="a")'],
  ['neq of a list: none of the values', `F|neq: [a, b]`, 'not(or(F="a", F="b"))'],
  ['neq of a number', `F|neq: 4`, 'not(F==4)'],
  ['neq with contains', `F|contains|neq: a`, 'not(F="*a*")'],
  ['neq of a fieldref', `F|fieldref|neq: G`, 'not(F=ref(G,equals))'],
  ['neq of null: present', `F|neq: null`, 'not(F is null)'],
  ['minute', `F|minute: 30`, 'F|minute==30'],
  ['hour', `F|hour: 3`, 'F|hour==3'],
  ['day', `F|day: 1`, 'F|day==1'],
  ['week', `F|week: 52`, 'F|week==52'],
  ['month', `F|month: 12`, 'F|month==12'],
  ['year', `F|year: 2025`, 'F|year==2025'],
  ['hour list', `F|hour: [1, 2]`, 'or(F|hour==1, F|hour==2)'],
  ['hour compared', `F|hour|gte: 22`, 'F|hour gte 22'],
  ['hour not equal', `F|hour|neq: 9`, 'not(F|hour==9)'],
  ['gt', `F|gt: 5`, 'F gt 5'],
  ['gte', `F|gte: 5`, 'F gte 5'],
  ['lt', `F|lt: 1.5`, 'F lt 1.5'],
  ['lte', `F|lte: -2`, 'F lte -2'],
  ['number', `EventID: 4688`, 'EventID==4688'],
  ['number list', `EventID: [4688, 4689]`, 'or(EventID==4688, EventID==4689)'],
  ['quoted number stays a string', `EventID: '4688'`, 'EventID="4688"'],
  ['number with contains reads its text', `F|contains: 0x10`, 'F="*0x10*"'],
  [
    'large integer with contains keeps its digits',
    `F|contains: 36028797018963969`,
    'F="*36028797018963969*"',
  ],
  ['boolean', `F: true`, 'F==true'],
  ['null', `F: null`, 'F is null'],
  ['empty value is null', `F:`, 'F is null'],
  ['empty string', `F: ''`, 'F=""'],
  ['null in a list', `F: [a, null]`, 'or(F="a", F is null)'],
  ['keyword list', `- foo\n- 'bar*'`, 'or(kw="foo", kw="bar*")'],
  ['bare |all key', `'|all': [foo, bar]`, 'and(kw="foo", kw="bar")'],
  ['keyword contains', `'|contains': foo`, 'kw="*foo*"'],
  ['keyword number', `- 4688`, 'kw="4688"'],
  ['keyword regex', `'|re': 'a+b'`, 'kw=~/a+b/'],
];

describe('value modifiers', () => {
  it.each(cases.filter((c) => c[2] !== ''))('%s', (_name, body, expected) => {
    const { ir, errors } = lowerText(
      ruleText(`selection:\n${body.replace(/^/gm, '  ')}\ncondition: selection`),
    );
    expect(errors).toEqual([]);
    expect(show(ir!)).toBe(expected);
  });

  it('windash varies each option dash on its own (5 x 5 alternatives)', () => {
    const { ir, errors } = lowerText(ruleText(`selection:\n  F|windash: -a -b\ncondition: selection`));
    expect(errors).toEqual([]);
    expect(ir?.kind).toBe('Or');
    const shown = ir?.kind === 'Or' ? ir.children.map(show) : [];
    expect(shown).toHaveLength(25);
    expect(new Set(shown).size).toBe(25);
    expect(shown).toContain(`F="/a ${EM}b"`);
    expect(shown).toContain(`F="${BAR}a -b"`);
  });
});
