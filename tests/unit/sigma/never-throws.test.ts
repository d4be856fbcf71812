// convertSigma and convertToKql never throw on input: every hostile fixture, every Sigma-looking file under
// tests/fixtures, a table of inputs aimed at known weak spots, and seeded mutations of real rules each give a
// result. INTERNAL_ERROR (the safety net's code) must not appear either: it would mean a converter bug.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertSigma, convertToKql, type ConversionResult, type IrRule } from '@/lib/sigma';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function filesUnder(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, into);
    else if (/\.(ya?ml|md|mjs)$/.test(name)) into.push(p);
  }
  return into;
}

function expectSound(result: ConversionResult): void {
  expect(['ok', 'unsupported', 'error']).toContain(result.status);
  expect(result.reasons.map((r) => r.code)).not.toContain('INTERNAL_ERROR');
  if (result.status === 'ok') expect(result.queries.length).toBeGreaterThan(0);
  else {
    expect(result.queries).toEqual([]);
    expect(result.reasons.length).toBeGreaterThan(0);
  }
}

const rule = (logsource: string, detection: string) =>
  `title: t\nid: 8b3c4d5e-6f70-4a81-9ca2-b3c4d5e6f7a9\nlogsource:\n${logsource}\ndetection:\n${detection}\n`;
const proc = (detection: string) => rule('  product: windows\n  category: process_creation', detection);
const sel = (item: string, condition = 'sel') => proc(`  sel:\n    ${item}\n  condition: ${condition}`);

const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const LOGSOURCES = [
  '  product: windows\n  category: process_creation',
  '  product: windows\n  category: registry_set',
  '  product: windows\n  service: security',
  '  product: aws\n  service: cloudtrail',
  '  product: linux\n  category: file_event',
];

const CASES: [string, string][] = [
  ...INHERITED.flatMap((name): [string, string][] => [
    [
      `category ${name}`,
      rule(`  product: windows\n  category: ${name}`, '  sel:\n    Image: x\n  condition: sel'),
    ],
    [
      `service ${name}`,
      rule(`  product: windows\n  service: ${name}`, '  sel:\n    Image: x\n  condition: sel'),
    ],
    [`linux service ${name}`, rule(`  product: linux\n  service: ${name}`, '  sel: x\n  condition: sel')],
    [
      `product ${name}`,
      rule(`  product: ${name}\n  service: ${name}`, '  sel:\n    Image: x\n  condition: sel'),
    ],
    [`modifier ${name}`, sel(`Image|${name}: x`)],
    [`identifier ${name}`, proc(`  ${name}:\n    Image: x\n  condition: ${name}`)],
    [`top-level key ${name}`, `${name}: {a: 1}\n${sel('Image: x')}`],
    ...LOGSOURCES.flatMap((ls): [string, string][] => [
      [`field ${name} in ${ls}`, rule(ls, `  sel:\n    ${name}: x\n  condition: sel`)],
      [`dotted field ${name} in ${ls}`, rule(ls, `  sel:\n    ${name}.${name}: x\n  condition: sel`)],
      [`fieldref ${name} in ${ls}`, rule(ls, `  sel:\n    Image|fieldref: ${name}\n  condition: sel`)],
    ]),
  ]),
  [
    'enumerated value constructor',
    rule(
      '  product: windows\n  category: network_connection',
      '  sel:\n    Initiated: constructor\n  condition: sel',
    ),
  ],
  ['deep parentheses', sel('Image: x', `${'('.repeat(20000)}sel${')'.repeat(20000)}`)],
  ['deep not', sel('Image: x', `${'not '.repeat(50000)}sel`)],
  ['long and chain', sel('Image: x', `${'sel and '.repeat(50000)}sel`)],
  ['deep nested or', sel('Image: x', `${'(sel or '.repeat(5000)}sel${')'.repeat(5000)}`)],
  ['deep flow sequence', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n${sel('Image: x')}`],
  ['deep flow map', `a: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n${sel('Image: x')}`],
  [
    'alias bomb in a custom key',
    `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n` +
      `d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n${sel('Image: x')}`,
  ],
  ['alias as a value list', `v: &v [a, b]\n${sel('Image: *v')}`],
  ['binary value', sel('Image: !!binary aGVsbG8=')],
  ['date value', sel('Image: 2020-01-01')],
  ['set as identifier', proc('  sel: !!set {a, b}\n  condition: sel')],
  ['merge key', proc('  sel:\n    <<: {Image: x}\n  condition: sel')],
  ['odd numbers', sel('ProcessId: [.inf, .nan, -.inf, 0x1F, 1e400, 0o17, -0]')],
  ['huge integer', sel('ProcessId: 99999999999999999999999')],
  ['complex key', proc('  sel:\n    ? [a, b]\n    : x\n  condition: sel')],
  ['null key', proc('  sel:\n    ~: x\n  condition: sel')],
  ['logsource list', 'title: t\nlogsource: [a]\ndetection:\n  sel: x\n  condition: sel\n'],
  [
    'logsource numbers',
    'title: t\nlogsource:\n  product: 5\n  category: [1]\ndetection:\n  sel: x\n  condition: sel\n',
  ],
  ['detection list', 'title: t\nlogsource:\n  product: windows\ndetection: [1, 2]\n'],
  ['condition mapping', proc('  sel:\n    Image: x\n  condition: {a: b}')],
  ['condition number', proc('  sel:\n    Image: x\n  condition: 5')],
  ['empty text', ''],
  ['NUL bytes', '\u0000\u0000'],
  ['byte order mark', `\ufeff${sel('Image: x')}`],
  ['tab indentation', proc('  sel:\n\tImage: x\n  condition: sel')],
  [
    'v1 collection with odd documents',
    'action: global\ntitle: t\n---\nlogsource: {product: windows}\n---\naction: reset\n---\naction: repeat\n---\n- a\n---\n5\n',
  ],
  [
    'long repeat chain (quadratic if merged)',
    'action: global\ntitle: t\nlogsource: {product: windows, category: process_creation}\n' +
      'detection:\n  condition: 1 of s*\n---\ndetection:\n  s0: {Image: a}\n' +
      Array.from(
        { length: 2000 },
        (_, i) => `---\naction: repeat\ndetection:\n  s${i + 1}: {Image: a}\n`,
      ).join(''),
  ],
  [
    'correlation with wrong types',
    'title: t\ncorrelation:\n  type: event_count\n  rules: 5\n  group-by: {a: 1}\n  timespan: [1]\n  condition: {gte: x}\n',
  ],
  ['correlation as a list', 'title: t\ncorrelation: [1, 2]\n'],
  [
    'filter with wrong types',
    'title: t\nlogsource: {product: windows}\nfilter:\n  rules: {a: 1}\n  selection: [1]\n  condition: 5\n',
  ],
  ['filter as a number', 'title: t\nfilter: 5\n'],
  [
    'regex oddities',
    sel(`Image|re: '(?'\n    CommandLine|re: '\\\\'\n    ParentImage|re: '(?<n>x)\\\\k<n>'`),
  ],
  [
    'cidr oddities',
    rule(
      '  product: windows\n  category: network_connection',
      "  sel:\n    DestinationIp|cidr: ['::/0', '1.2.3.4/33', 'fe80::1%eth0/64', '::ffff:1.2.3.4/128']\n  condition: sel",
    ),
  ],
  ['aggregation', sel('Image: x', 'sel | count() by Image > 5')],
  ['timeframe list', proc('  sel:\n    Image: x\n  timeframe: [1]\n  condition: sel')],
  ['expand oddities', sel("Image|expand: ['%a%%b%', '%', '%%', '%constructor%\\\\x', '%__proto__%']")],
  ['neq and time modifiers', sel("Image|neq|contains|hour|gt|all: [1, 'x', null]")],
];

/** A small deterministic PRNG, so that a failing mutation can be reproduced from its index. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SNIPPETS = [
  '|',
  ':',
  '- ',
  '\n',
  '*',
  '?',
  '\\',
  "'",
  '"',
  '{',
  '[',
  '&a',
  '*a',
  '%x%',
  '|re',
  '|all',
  'not ',
  ' of them',
  '(',
  ')',
  '\t',
  'null',
  '~',
  '!!str ',
  '#',
];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const op = random();
    if (op < 0.4) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 20));
    else if (op < 0.8)
      out = out.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

describe('convertSigma never throws', () => {
  const files = filesUnder(FIXTURES);

  it('finds the hostile and the Sigma fixtures', () => {
    expect(files.some((f) => f.includes(`${path.sep}hostile${path.sep}`))).toBe(true);
    expect(files.filter((f) => f.endsWith('rule.yml')).length).toBeGreaterThanOrEqual(80);
  });

  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))('fixture %s', (_, file) => {
    expectSound(convertSigma(readFileSync(file, 'utf8'), file));
  });

  it.each(CASES)('%s', (_, text) => {
    expectSound(convertSigma(text, 'case.yml'));
  });

  it('survives 3,000 seeded mutations of the golden rules', () => {
    const rules = files.filter((f) => f.endsWith('rule.yml')).map((f) => readFileSync(f, 'utf8'));
    const random = prng(20261128);
    for (let i = 0; i < 3000; i++) {
      const text = mutate(rules[i % rules.length] as string, random);
      let result: ConversionResult | undefined;
      expect(
        () => (result = convertSigma(text, `mutation-${i}.yml`)),
        `mutation ${i}:\n${text}`,
      ).not.toThrow();
      expectSound(result as ConversionResult);
    }
  });
});

describe('convertToKql never throws', () => {
  it('turns an IR no parser makes into status error with INTERNAL_ERROR, not an exception', () => {
    const bogus = {
      title: 't',
      logsource: { product: 'windows', category: 'process_creation' },
      condition: { kind: 'Bogus' },
    };
    const result = convertToKql(bogus as unknown as IrRule);
    expect(result.status).toBe('error');
    expect(result.reasons.map((r) => r.code)).toEqual(['INTERNAL_ERROR']);
  });
});
