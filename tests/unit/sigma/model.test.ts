// The typed rule model: metadata per the Sigma specification v2, positions kept, unknown keys kept.
import { describe, expect, it } from 'vitest';
import { lowerRule, parseSigma } from '@/lib/sigma';
import { show } from './helpers';

const TEXT = `title: Suspicious Tunnel Client
id: 8f4b3c2a-1d0e-4f5a-9b8c-7d6e5f4a3b2c
related:
  - id: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
    type: derived
name: suspicious_tunnel_client
taxonomy: sigma
status: experimental
description: Detects a tunnel client started from a user folder.
license: DRL-1.1
references:
  - https://example.org/report
author: SOC Feed tests
date: 2024-03-01
modified: 2024-05-20
tags:
  - attack.command-and-control
  - attack.t1572
  - cve.2021-44228
  - detection.threat-hunting
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\tunnel.exe'
  condition: selection
fields:
  - CommandLine
falsepositives:
  - Admin tools
level: high
scope:
  - server
regression_tests_path: tests/x.yml
`;

describe('rule model', () => {
  const parsed = parseSigma(TEXT, { path: 'x.yml' });
  const rule = parsed.rule!;

  it('reads every specification field', () => {
    expect(parsed.errors).toEqual([]);
    expect(rule).toMatchObject({
      kind: 'detection',
      title: 'Suspicious Tunnel Client',
      id: '8f4b3c2a-1d0e-4f5a-9b8c-7d6e5f4a3b2c',
      name: 'suspicious_tunnel_client',
      taxonomy: 'sigma',
      status: 'experimental',
      description: 'Detects a tunnel client started from a user folder.',
      license: 'DRL-1.1',
      references: ['https://example.org/report'],
      author: 'SOC Feed tests',
      date: '2024-03-01',
      modified: '2024-05-20',
      logsource: { category: 'process_creation', product: 'windows' },
      fields: ['CommandLine'],
      falsepositives: ['Admin tools'],
      level: 'high',
      scope: ['server'],
      document: { index: 0, count: 1 },
    });
    expect(rule.related).toMatchObject([{ id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', type: 'derived' }]);
    expect(parsed.documents).toEqual([rule]);
    expect(parsed.path).toBe('x.yml');
  });

  it('splits tags into namespace and value', () => {
    expect(rule.tags.map((t) => [t.namespace, t.value])).toEqual([
      ['attack', 'command-and-control'],
      ['attack', 't1572'],
      ['cve', '2021-44228'],
      ['detection', 'threat-hunting'],
    ]);
    const tag = rule.tags[1]!;
    expect(TEXT.slice(tag.range.start, tag.range.end)).toBe('attack.t1572');
  });

  it('keeps unknown top-level keys as data and warns', () => {
    expect(rule.custom).toEqual({ regression_tests_path: 'tests/x.yml' });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['UNKNOWN_KEY']);
  });

  it('keeps search identifiers with their positions and modifiers', () => {
    const [identifier] = rule.detection!.identifiers;
    expect(identifier?.name).toBe('selection');
    expect(TEXT.slice(identifier!.range.start, identifier!.range.end)).toBe('selection');
    const body = identifier!.body;
    expect(body.kind).toBe('AllOf');
    if (body.kind === 'Item') return;
    const item = body.children[0]!;
    expect(item).toMatchObject({
      kind: 'Item',
      field: 'Image',
      linking: 'any',
      modifiers: [{ name: 'endswith' }],
    });
    if (item.kind !== 'Item') return;
    expect(TEXT.slice(item.range.start, item.range.end)).toBe('Image|endswith');
    expect(item.values[0]!.alternatives).toEqual([
      {
        kind: 'String',
        parts: [{ kind: 'AnyString' }, { kind: 'Text', text: '\\tunnel.exe' }],
        cased: false,
      },
    ]);
    expect(TEXT.slice(rule.keyRanges.level!.start, rule.keyRanges.level!.end)).toBe('level');
  });

  it('parses every document of a multi-document file', () => {
    const two = parseSigma(`${TEXT}---\n${TEXT.replace('Suspicious', 'Other')}`);
    expect(two.errors).toEqual([]);
    expect(two.documents.map((d) => [d.title, d.document])).toEqual([
      ['Suspicious Tunnel Client', { index: 0, count: 2 }],
      ['Other Tunnel Client', { index: 1, count: 2 }],
    ]);
    expect(two.warnings.map((w) => w.code)).toContain('MULTIPLE_DOCUMENTS');
  });

  it('keeps a correlation rule body as data', () => {
    const corr = parseSigma(
      `title: Many failures\nname: many\ncorrelation:\n  type: event_count\n  rules: [failed_logon]\n  group-by: [User]\n  timespan: 5m\n  condition:\n    gte: 10\n`,
    );
    expect(corr.errors).toEqual([]);
    expect(corr.rule?.metaSummary).toBe('event_count of failed_logon grouped by User within 5m');
    expect(corr.rule).toMatchObject({
      kind: 'correlation',
      correlation: {
        type: 'event_count',
        rules: ['failed_logon'],
        'group-by': ['User'],
        timespan: '5m',
        condition: { gte: 10 },
      },
    });
  });

  it.each([
    ['binary garbage', '\u0000\u0001\u0002'],
    ['tabs', '\ttitle: x'],
    ['deep nesting', '['.repeat(200)],
    ['alias loop', 'a: &a [*a]\n'],
    ['only a comment', '# nothing\n'],
    ['scalar', 'just text'],
    ['detection is a list', 'title: x\nlogsource: {product: w}\ndetection: [a]\n'],
  ])('never throws on %s', (_name, text) => {
    expect(() => parseSigma(text)).not.toThrow();
    expect(parseSigma(text).errors.length).toBeGreaterThan(0);
  });
});

describe('Sigma v1 collections', () => {
  const text = `action: global
title: Shared title
logsource:
  product: windows
detection:
  selection:
    EventID: 1
  condition: selection and specific
---
detection:
  specific:
    Image|endswith: '\\a.exe'
---
detection:
  specific:
    Image|endswith: '\\b.exe'
`;

  it('parses every document without demanding completeness', () => {
    const parsed = parseSigma(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['MULTIPLE_DOCUMENTS']);
    expect(parsed.documents.map((d) => d.action)).toEqual(['global', undefined, undefined]);
  });

  it('merges the global document into each rule of the collection', () => {
    const parsed = parseSigma(text);
    expect(parsed.collection?.map((r) => r.collection?.documents)).toEqual([
      [0, 1],
      [0, 2],
    ]);
    const rule = parsed.collection![1]!;
    expect(rule.title).toBe('Shared title');
    expect(rule.logsource.product).toBe('windows');
    expect(rule.detection?.identifiers.map((i) => i.name)).toEqual(['selection', 'specific']);
    const lowered = lowerRule(rule);
    expect(lowered.errors).toEqual([]);
    expect(show(lowered.value!.condition)).toBe('and(EventID==1, Image="*\\\\b.exe")');
  });

  it('merges a map identifier key by key, and repeat starts from the previous rule', () => {
    const parsed = parseSigma(`action: global
title: T
logsource: {product: windows, category: process_creation}
detection:
  selection: {Image: a.exe, User: x}
  condition: selection
---
detection:
  selection: {User: y}
---
action: repeat
detection:
  selection: {CommandLine: z}
`);
    expect(parsed.errors).toEqual([]);
    const shown = parsed.collection!.map((r) => show(lowerRule(r).value!.condition));
    expect(shown).toEqual(['and(Image="a.exe", User="y")', 'and(Image="a.exe", User="y", CommandLine="z")']);
  });

  it('reports a rule of the collection that ends up without a detection', () => {
    const parsed = parseSigma(`action: global\ntitle: T\nlogsource: {product: windows}\n---\nlevel: low\n`);
    expect(parsed.errors.map((e) => e.code)).toEqual(['MISSING_FIELD']);
  });

  it('still reports a name that no document defines', () => {
    const parsed = parseSigma(text.replace('selection and specific', 'selection and other'));
    expect(parsed.errors.map((e) => e.code)).toEqual(['UNKNOWN_IDENTIFIER']);
    const e = parsed.errors[0]!;
    expect(
      text.replace('selection and specific', 'selection and other').slice(e.range.start, e.range.end),
    ).toBe('other');
  });
});
