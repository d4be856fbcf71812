// Each problem code, asserted by code, severity and position (the text under the range, and its line:col);
// never by message text.
import { describe, expect, it } from 'vitest';
import { lineColAt, lowerRule, parseSigma, type SigmaProblemCode } from '@/lib/sigma';
import { ruleText } from './helpers';

const sel = (body: string, condition = 'selection') =>
  ruleText(`selection:\n${body.replace(/^/gm, '  ')}\ncondition: ${condition}`);

const META = `title: T
logsource:
  product: windows
detection:
  selection:
    F: x
  condition: selection
`;

// [case, rule text, code, text under the range, line:col]
type Case = [string, string, SigmaProblemCode, string, string];

const errors: Case[] = [
  ['yaml syntax', `title: [unclosed\n`, 'YAML_SYNTAX', '', '2:1'],
  ['duplicate key', `${META}title: again\n`, 'DUPLICATE_KEY', 'title', '8:1'],
  ['not a mapping', `- a\n- b\n`, 'NOT_A_MAPPING', '- a\n- b\n', '1:1'],
  ['empty file', ``, 'NOT_A_MAPPING', '', '1:1'],
  ['missing title', META.replace('title: T\n', ''), 'MISSING_FIELD', '', '1:1'],
  ['missing condition', ruleText(`selection:\n  F: x`), 'MISSING_FIELD', 'detection', '7:1'],
  ['title not a string', META.replace('title: T', 'title: [a, b]'), 'INVALID_FIELD_TYPE', '[a, b]', '1:8'],
  [
    'logsource not a map',
    META.replace('logsource:\n  product: windows', 'logsource: windows'),
    'INVALID_FIELD_TYPE',
    'windows',
    '2:12',
  ],
  ['id not a UUID', `${META}id: rule-1\n`, 'INVALID_ID', 'rule-1', '8:5'],
  ['status', `${META}status: beta\n`, 'INVALID_STATUS', 'beta', '8:9'],
  ['level', `${META}level: severe\n`, 'INVALID_LEVEL', 'severe', '8:8'],
  ['date format', `${META}date: 2024/01/02\n`, 'INVALID_DATE', '2024/01/02', '8:7'],
  ['date that does not exist', `${META}modified: 2024-02-30\n`, 'INVALID_DATE', '2024-02-30', '8:11'],
  [
    'related type',
    `${META}related:\n  - id: 5a8b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d\n    type: copied\n`,
    'INVALID_RELATED',
    'id: 5a8b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d\n    type: copied\n',
    '9:5',
  ],
  ['value is a map', sel(`F:\n  G: x`), 'INVALID_DETECTION', 'G: x\n', '10:7'],
  [
    'identifier is null',
    ruleText(`selection:\ncondition: selection`),
    'INVALID_DETECTION',
    'selection',
    '8:3',
  ],
  ['maps and keywords mixed', sel(`- F: x\n- kw`), 'INVALID_DETECTION', '- F: x\n    - kw\n', '9:5'],
  ['keyword boolean', sel(`- true`), 'INVALID_DETECTION', 'true', '9:7'],
  ['integer beyond 2^53', sel(`F: 36028797018963969`), 'INVALID_DETECTION', '36028797018963969', '9:8'],
  ['empty value list', sel(`F: []`), 'EMPTY_VALUE_LIST', '[]', '9:8'],
  ['all on one value', sel(`F|contains|all: x`), 'INVALID_MODIFIER_VALUE', 'all', '9:16'],
  ['all on a one-item list', sel(`F|all:\n  - x`), 'INVALID_MODIFIER_VALUE', 'all', '9:7'],
  ['pattern with ?', sel(`F: x`, '1 of sel?'), 'CONDITION_SYNTAX', '?', '10:22'],
  ['unknown modifier', sel(`F|contain: x`), 'UNKNOWN_MODIFIER', 'contain', '9:7'],
  ['neq with all', sel(`F|neq|all: [a, b]`), 'INVALID_MODIFIER_COMBINATION', 'neq', '9:7'],
  ['neq with exists', sel(`F|exists|neq: true`), 'INVALID_MODIFIER_COMBINATION', 'neq', '9:14'],
  ['neq on keywords', sel(`'|neq': [a]`), 'INVALID_MODIFIER_COMBINATION', 'neq', '9:7'],
  ['time modifier after another', sel(`F|gt|hour: 3`), 'INVALID_MODIFIER_COMBINATION', 'hour', '9:10'],
  ['time modifier on text', sel(`F|hour: x`), 'INVALID_MODIFIER_VALUE', 'x', '9:13'],
  ['re after contains', sel(`F|contains|re: x`), 'INVALID_MODIFIER_COMBINATION', 're', '9:16'],
  ['cidr after contains', sel(`F|contains|cidr: 10.0.0.0/8`), 'INVALID_MODIFIER_COMBINATION', 'cidr', '9:16'],
  ['base64 of wildcards', sel(`F|contains|base64: x`), 'INVALID_MODIFIER_COMBINATION', 'base64', '9:16'],
  ['regex flag without re', sel(`F|i: x`), 'INVALID_MODIFIER_COMBINATION', 'i', '9:7'],
  ['windash after re', sel(`F|re|windash: x`), 'INVALID_MODIFIER_COMBINATION', 'windash', '9:10'],
  [
    'contains after exists',
    sel(`F|exists|contains: true`),
    'INVALID_MODIFIER_COMBINATION',
    'contains',
    '9:14',
  ],
  ['exists without a field', sel(`'|exists': true`), 'INVALID_MODIFIER_COMBINATION', 'exists', '9:7'],
  ['gt after contains', sel(`F|contains|gt: 5`), 'INVALID_MODIFIER_COMBINATION', 'gt', '9:16'],
  [
    'fieldref after contains',
    sel(`F|contains|fieldref: G`),
    'INVALID_MODIFIER_COMBINATION',
    'fieldref',
    '9:16',
  ],
  ['double encoding', sel(`F|wide|utf16be: x`), 'INVALID_MODIFIER_COMBINATION', 'utf16be', '9:12'],
  ['keyword cidr', sel(`'|cidr': 10.0.0.0/8`), 'INVALID_MODIFIER_COMBINATION', 'cidr', '9:7'],
  ['quoted key keeps positions', sel(`"F|contains|re": x`), 'INVALID_MODIFIER_COMBINATION', 're', '9:17'],
  ['gt of a string', sel(`F|gt: 'x'`), 'INVALID_MODIFIER_VALUE', "'x'", '9:11'],
  ['exists of a string', sel(`F|exists: yes`), 'INVALID_MODIFIER_VALUE', 'yes', '9:15'],
  ['wide of non-ASCII', sel(`F|wide: é`), 'INVALID_MODIFIER_VALUE', 'é', '9:13'],
  ['contains of a boolean', sel(`F|contains: true`), 'INVALID_MODIFIER_VALUE', 'true', '9:17'],
  ['contains of null', sel(`F|contains: null`), 'INVALID_MODIFIER_VALUE', 'null', '9:17'],
  ['re of a number', sel(`F|re: 5`), 'INVALID_MODIFIER_VALUE', '5', '9:11'],
  ['invalid regex', sel(`F|re: '(a'`), 'INVALID_REGEX', "'(a'", '9:11'],
  ['invalid regex in a list', sel(`F|re:\n  - ok\n  - 'a)'`), 'INVALID_REGEX', "'a)'", '11:9'],
  ['cidr prefix too long', sel(`F|cidr: 10.0.0.0/33`), 'INVALID_CIDR', '10.0.0.0/33', '9:13'],
  ['cidr not an address', sel(`F|cidr: 'fe80:::1/64'`), 'INVALID_CIDR', "'fe80:::1/64'", '9:13'],
  ['expand without a placeholder', sel(`F|expand: 'C:\\dir'`), 'INVALID_MODIFIER_VALUE', "'C:\\dir'", '9:15'],
  [
    'condition nested too deep',
    sel(`F: x`, `${'('.repeat(65)}selection${')'.repeat(65)}`),
    'CONDITION_TOO_DEEP',
    '(',
    '10:78',
  ],
  [
    'not nested too deep',
    sel(`F: x`, `${'not '.repeat(65)}selection`),
    'CONDITION_TOO_DEEP',
    'not',
    '10:270',
  ],
  [
    'correlation type',
    `title: C\ncorrelation:\n  type: event_sum\n  rules: [a]\n  timespan: 1h\n  condition:\n    gte: 5\n`,
    'INVALID_CORRELATION',
    'event_sum',
    '3:9',
  ],
  [
    'correlation timespan',
    `title: C\ncorrelation:\n  type: temporal\n  rules: [a, b]\n  timespan: soon\n`,
    'INVALID_CORRELATION',
    'soon',
    '5:13',
  ],
  [
    'correlation condition',
    `title: C\ncorrelation:\n  type: value_count\n  rules: [a]\n  timespan: 1h\n  condition:\n    over: 5\n`,
    'INVALID_CORRELATION',
    'over',
    '7:5',
  ],
  [
    'filter without rules',
    `title: F\nlogsource:\n  product: windows\nfilter:\n  selection:\n    F: x\n  condition: not selection\n`,
    'INVALID_FILTER',
    'filter',
    '4:1',
  ],
  ['repeat with nothing before', `action: repeat\n${META}`, 'INVALID_COLLECTION', 'action', '1:1'],
  [
    'timeframe not a span',
    ruleText(`selection:\n  F: x\ntimeframe: [1h]\ncondition: selection`),
    'INVALID_FIELD_TYPE',
    '[1h]',
    '10:14',
  ],
  ['trailing operator', sel(`F: x`, 'selection and'), 'CONDITION_SYNTAX', '', '10:27'],
  ['unclosed parenthesis', sel(`F: x`, '(selection'), 'CONDITION_SYNTAX', '', '10:24'],
  ['two identifiers', sel(`F: x`, 'selection selection'), 'CONDITION_SYNTAX', 'selection', '10:24'],
  ['two of', sel(`F: x`, '2 of selection*'), 'CONDITION_SYNTAX', '2', '10:14'],
  ['bare pattern', sel(`F: x`, 'selection*'), 'CONDITION_SYNTAX', 'selection*', '10:14'],
  ['bad character', sel(`F: x`, 'selection & other'), 'CONDITION_SYNTAX', '&', '10:24'],
  [
    'quoted condition keeps positions',
    sel(`F: x`, "'selection and foo'"),
    'UNKNOWN_IDENTIFIER',
    'foo',
    '10:29',
  ],
  ['aggregation', sel(`F: x`, 'selection | count() > 5'), 'UNSUPPORTED_AGGREGATION', '|', '10:24'],
  ['unknown identifier', sel(`F: x`, 'selection and not filter'), 'UNKNOWN_IDENTIFIER', 'filter', '10:32'],
  ['unknown name after of', sel(`F: x`, '1 of filter'), 'UNKNOWN_IDENTIFIER', 'filter', '10:19'],
  [
    'pattern matches nothing',
    sel(`F: x`, 'selection and not 1 of filter_*'),
    'PATTERN_MATCHES_NOTHING',
    'filter_*',
    '10:37',
  ],
  [
    'patterns skip _ identifiers',
    ruleText(`_sel:\n  F: x\ncondition: 1 of _sel*`),
    'PATTERN_MATCHES_NOTHING',
    '_sel*',
    '10:19',
  ],
  [
    'them without identifiers',
    ruleText(`_sel:\n  F: x\ncondition: 1 of them`),
    'PATTERN_MATCHES_NOTHING',
    'them',
    '10:19',
  ],
];

const warnings: Case[] = [
  ['multiple documents', `${META}---\n${META}`, 'MULTIPLE_DOCUMENTS', META, '9:1'],
  [
    'timeframe without aggregation',
    ruleText(`selection:\n  F: x\ntimeframe: 1h\ncondition: selection`),
    'TIMEFRAME_WITHOUT_AGGREGATION',
    'timeframe',
    '10:3',
  ],
  ['tag format', `${META}tags:\n  - Attack.T1059\n`, 'INVALID_TAG', 'Attack.T1059', '9:5'],
  ['tag without namespace', `${META}tags:\n  - t1059\n`, 'INVALID_TAG', 't1059', '9:5'],
  ['unknown top-level key', `${META}simulation: x\n`, 'UNKNOWN_KEY', 'simulation', '8:1'],
  [
    'unknown logsource key',
    META.replace('  product: windows', '  product: windows\n  vendor: x'),
    'UNKNOWN_LOGSOURCE_KEY',
    'vendor',
    '4:3',
  ],
  [
    'unused identifier',
    ruleText(`selection:\n  F: x\nfilter:\n  G: y\ncondition: selection`),
    'UNUSED_IDENTIFIER',
    'filter',
    '10:3',
  ],
  [
    'correlation rule',
    `title: C\nname: c\ncorrelation:\n  type: event_count\n  rules: [a]\n  timespan: 1h\n  condition:\n    gte: 5\n`,
    'CORRELATION_RULE',
    'correlation',
    '3:1',
  ],
  [
    'filter rule',
    `title: F\nlogsource:\n  product: windows\nfilter:\n  rules: [a]\n  selection:\n    F: x\n  condition: not selection\n`,
    'FILTER_RULE',
    'filter',
    '4:1',
  ],
];

function where(text: string, range: { start: number; end: number }) {
  const { line, col } = lineColAt(text, range.start);
  return { slice: text.slice(range.start, range.end), at: `${line}:${col}` };
}

describe('errors', () => {
  it.each(errors)('%s', (_name, text, code, slice, at) => {
    const parsed = parseSigma(text);
    expect(parsed.errors.map((e) => e.code)).toEqual([code]);
    const problem = parsed.errors[0]!;
    expect(problem.severity).toBe('error');
    expect(where(text, problem.range)).toEqual({ slice, at });
  });
});

describe('warnings', () => {
  it.each(warnings)('%s', (_name, text, code, slice, at) => {
    const parsed = parseSigma(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]!.severity).toBe('warning');
    expect(where(text, parsed.warnings[0]!.range)).toEqual({ slice, at });
  });
});

describe('lowering refuses what it cannot convert', () => {
  it.each([
    ['correlation rule', warnings.find((w) => w[2] === 'CORRELATION_RULE')![1], 'correlation'],
    ['filter rule', warnings.find((w) => w[2] === 'FILTER_RULE')![1], 'filter'],
    ['multi-document file', `${META}---\n${META}`, ''],
  ])('%s', (_name, text, slice) => {
    const parsed = parseSigma(text);
    expect(parsed.rule).toBeDefined();
    const lowered = lowerRule(parsed.rule!);
    expect(lowered.value).toBeUndefined();
    expect(lowered.errors.map((e) => e.code)).toEqual(['UNSUPPORTED_RULE_KIND']);
    expect(text.slice(lowered.errors[0]!.range.start, lowered.errors[0]!.range.end)).toBe(slice);
  });

  it('names the broken identifier when a rule with errors is lowered anyway', () => {
    const text = sel(`F|contain: x`);
    const parsed = parseSigma(text);
    const lowered = lowerRule(parsed.rule!);
    expect(lowered.errors.map((e) => e.code)).toEqual(['INVALID_DETECTION']);
    expect(where(text, lowered.errors[0]!.range)).toEqual({ slice: 'selection', at: '10:14' });
  });
});
