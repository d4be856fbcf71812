// The backend on hand-built IR: value patterns, quoting and operator choice, table by table.
import { describe, expect, it } from 'vitest';
import { convertToKql, kql, type IrExpr, type IrRule, type MatchOp, type ValuePart } from '@/lib/sigma';

const range = { start: 0, end: 0 };
const T = (text: string): ValuePart => ({ kind: 'Text', text });
const ANY: ValuePart = { kind: 'AnyString' };
const str = (parts: ValuePart[], cased = false): Extract<MatchOp, { kind: 'String' }> => ({
  kind: 'String',
  parts,
  cased,
});
const match = (field: string, op: MatchOp): IrExpr => ({ kind: 'Match', field, op, range });
const proc = (condition: IrExpr): IrRule => ({
  title: 't',
  logsource: { product: 'windows', category: 'process_creation' },
  condition,
});
const where = (rule: IrRule) => {
  const r = convertToKql(rule);
  expect(r.status, JSON.stringify(r.reasons)).toBe('ok');
  return (r.queries[0]?.kql ?? '').split('\n').at(-1);
};

describe('string patterns on imProcessCreate', () => {
  it.each<[string, MatchOp, string]>([
    ['equality is case-insensitive', str([T('cmd.exe')]), '| where TargetProcessCommandLine =~ "cmd.exe"'],
    ['cased equality', str([T('cmd.exe')], true), '| where TargetProcessCommandLine == "cmd.exe"'],
    ['contains', str([ANY, T('x'), ANY]), '| where TargetProcessCommandLine contains "x"'],
    ['startswith cased', str([T('x'), ANY], true), '| where TargetProcessCommandLine startswith_cs "x"'],
    ['endswith', str([ANY, T('x')]), '| where TargetProcessCommandLine endswith "x"'],
    ['runs of * collapse', str([ANY, ANY, T('x'), ANY]), '| where TargetProcessCommandLine contains "x"'],
    [
      'inner wildcard → anchored regex',
      str([T('a.b'), ANY, T('c')]),
      '| where TargetProcessCommandLine matches regex @"(?is)^a\\.b.*c$"',
    ],
    [
      'cased inner wildcard keeps case',
      str([T('A'), ANY, T('B')], true),
      '| where TargetProcessCommandLine matches regex @"(?s)^A.*B$"',
    ],
    [
      '? is one character',
      str([T('a'), { kind: 'AnyChar' }, T('b')]),
      '| where TargetProcessCommandLine matches regex @"(?is)^a.b$"',
    ],
    ['empty value', str([]), '| where isempty(TargetProcessCommandLine)'],
    ['lone * means a value', str([ANY]), '| where isnotempty(TargetProcessCommandLine)'],
    [
      're keeps flags',
      { kind: 'Regex', pattern: 'a.b', flags: { i: true, m: false, s: true } },
      '| where TargetProcessCommandLine matches regex @"(?is)a.b"',
    ],
    ['null', { kind: 'Null' }, '| where isempty(TargetProcessCommandLine)'],
    ['exists', { kind: 'Exists', exists: true }, '| where isnotempty(TargetProcessCommandLine)'],
    [
      'number on a string column compares text',
      { kind: 'Number', value: 5 },
      '| where TargetProcessCommandLine == "5"',
    ],
  ])('%s', (_, op, expected) => expect(where(proc(match('CommandLine', op)))).toBe(expected));

  it('refuses RE2-incompatible regex', () => {
    const r = convertToKql(
      proc(
        match('CommandLine', { kind: 'Regex', pattern: '(?<=a)b', flags: { i: false, m: false, s: false } }),
      ),
    );
    expect(r.status).toBe('unsupported');
    expect(r.reasons[0]?.code).toBe('UNSUPPORTED_REGEX');
  });

  it('folds equalities on one column into in~, but never substrings into has_any', () => {
    const or: IrExpr = {
      kind: 'Or',
      children: [
        match('Image', str([T('a')])),
        match('Image', str([T('b')])),
        match('Image', str([ANY, T('c'), ANY])),
      ],
    };
    expect(where(proc(or))).toBe(
      '| where TargetProcessName in~ ("a", "b") or TargetProcessName contains "c"',
    );
  });

  it('collects every unmapped field, never dropping one', () => {
    const and: IrExpr = {
      kind: 'And',
      children: [match('Image', str([T('a')])), match('Foo', str([T('b')])), match('Bar', str([T('c')]))],
    };
    const r = convertToKql(proc(and));
    expect(r.status).toBe('unsupported');
    expect(r.reasons).toContainEqual({ code: 'UNMAPPED_FIELD', detail: 'Foo in imProcessCreate' });
    expect(r.reasons).toContainEqual({ code: 'UNMAPPED_FIELD', detail: 'Bar in imProcessCreate' });
  });

  it('parenthesises or inside and', () => {
    const e: IrExpr = {
      kind: 'And',
      children: [
        { kind: 'Or', children: [match('Image', str([ANY, T('a')])), match('Image', str([ANY, T('b')]))] },
        { kind: 'Not', child: match('CommandLine', str([ANY, T('x'), ANY])) },
      ],
    };
    expect(where(proc(e))).toBe(
      '| where (TargetProcessName endswith "a" or TargetProcessName endswith "b") and not(TargetProcessCommandLine contains "x")',
    );
  });
});

describe('numbers and booleans follow the column type', () => {
  const sec = (condition: IrExpr): IrRule => ({
    title: 't',
    logsource: { product: 'windows', service: 'security' },
    condition,
  });
  it.each<[string, IrExpr, string]>([
    ['int column, number', match('EventID', { kind: 'Number', value: 4624 }), '| where EventID == 4624'],
    ['int column, digits as text', match('EventID', str([T('4624')])), '| where EventID == 4624'],
    [
      'int column, wildcard compares text',
      match('EventID', str([T('46'), ANY])),
      '| where tostring(EventID) startswith "46"',
    ],
    ['int column, gt', match('LogonType', { kind: 'Compare', op: 'gt', value: 3 }), '| where LogonType > 3'],
  ])('%s', (_, e, expected) => expect(where(sec(e))).toBe(expected));

  it('maps Initiated booleans to the ASIM direction', () => {
    const net = (op: MatchOp): IrRule => ({
      title: 't',
      logsource: { product: 'windows', category: 'network_connection' },
      condition: match('Initiated', op),
    });
    expect(where(net({ kind: 'Boolean', value: true }))).toBe('| where NetworkDirection == "Outbound"');
    expect(where(net(str([T('false')])))).toBe('| where NetworkDirection == "Inbound"');
  });
});

describe('keywords', () => {
  const kw = (product: string, service?: string): IrRule => ({
    title: 't',
    logsource: { product, ...(service ? { service } : {}) },
    condition: { kind: 'Keyword', op: str([T('evil')]), range },
  });
  it('search the message column where one holds the whole event', () =>
    expect(where(kw('linux'))).toBe('| where SyslogMessage contains "evil"'));
  it('are refused elsewhere, never emitted as bare literals', () => {
    const r = convertToKql(kw('windows', 'security'));
    expect(r.status).toBe('unsupported');
    expect(r.reasons.map((x) => x.code)).toContain('KEYWORD_SEARCH');
  });
});

describe('string literals', () => {
  it.each([
    ['plain', 'abc', '"abc"'],
    ['quote', 'a"b', '"a\\"b"'],
    ['backslash → verbatim', 'C:\\x', '@"C:\\x"'],
    ['backslash and quote → verbatim, doubled quote', '"C:\\x"', '@"""C:\\x"""'],
    ['newline', 'a\nb', '"a\\nb"'],
    ['backslash and newline → escaped', 'a\\\nb', '"a\\\\\\nb"'],
  ])('%s', (_, text, expected) => expect(kql.string(text)).toBe(expected));
});

describe('registry regexes', () => {
  it('refuse long-form tables when the pattern names a short root, and fall back to Sysmon', () => {
    const rule: IrRule = {
      title: 't',
      logsource: { product: 'windows', category: 'registry_set' },
      condition: match('TargetObject', {
        kind: 'Regex',
        pattern: '^HKLM\\\\SOFTWARE\\\\[a-z]+$',
        flags: { i: false, m: false, s: false },
      }),
    };
    const r = convertToKql(rule);
    expect(r.queries.map((q) => q.table)).toEqual(['WindowsEvent']);
    expect(r.queries[0]?.kql).toContain(
      'tostring(EventData.TargetObject) matches regex @"^HKLM\\\\SOFTWARE\\\\[a-z]+$"',
    );
  });
});
