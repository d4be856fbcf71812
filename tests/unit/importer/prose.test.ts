import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  attackContext,
  detectionValues,
  falsePositiveGuidance,
  huntHypothesis,
  metadataOf,
  triggerOf,
  type ProseInput,
} from '@/lib/importer';
import { lowerRule, parseSigma } from '@/lib/sigma';

const HEAD = `title: T
id: 0b4b6f3e-6d3f-4c55-9a55-0a8a3f1d2c01
status: test
description: Detects a thing done twice. Second sentence.
author: tests
date: 2025-01-01
level: medium
logsource:
    category: process_creation
    product: windows
`;

function ruleOf(extra: string) {
  const rule = parseSigma(HEAD + extra).rule!;
  return { rule, ir: lowerRule(rule).value! };
}

describe('detectionValues', () => {
  it.each([
    [
      'endswith and contains, with a filter',
      `detection:\n    sel:\n        Image|endswith: '\\\\a.exe'\n        CommandLine|contains: ['-x', '-y']\n    filter:\n        ParentImage|startswith: 'C:\\\\Tools\\\\'\n    condition: sel and not filter\n`,
      {
        Image: [['ends with', '\\a.exe']],
        CommandLine: [
          ['contains', '-x'],
          ['contains', '-y'],
        ],
      },
      { ParentImage: [['starts with', 'C:\\Tools\\']] },
    ],
    [
      'exact, wildcard in the middle, regex, cidr',
      `detection:\n    sel:\n        User: 'SYSTEM'\n        TargetObject: 'HKLM\\\\a*b'\n        QueryName|re: '^x\\.y$'\n        DestinationIp|cidr: '10.0.0.0/8'\n    condition: sel\n`,
      {
        User: [['is', 'SYSTEM']],
        TargetObject: [['matches', 'HKLM\\a*b']],
        QueryName: [['matches the regular expression', '^x\\.y$']],
        DestinationIp: [['is in', '10.0.0.0/8']],
      },
      {},
    ],
    [
      'double negation counts as a match',
      `detection:\n    a:\n        Image|endswith: '\\\\a.exe'\n    b:\n        Image|endswith: '\\\\b.exe'\n    condition: a and not (not b)\n`,
      {
        Image: [
          ['ends with', '\\a.exe'],
          ['ends with', '\\b.exe'],
        ],
      },
      {},
    ],
  ])('%s', (_name, detection, matched, excluded) => {
    const values = detectionValues(ruleOf(detection).ir.condition);
    const shape = (list: typeof values.matched) =>
      Object.fromEntries(list.map((f) => [f.field, f.tests.map((t) => [t.relation, t.value])]));
    expect(shape(values.matched)).toEqual(matched);
    expect(shape(values.excluded)).toEqual(excluded);
  });

  it('keeps |all groups apart from each other and from alternatives', () => {
    const { ir } = ruleOf(
      `detection:\n    a:\n        CommandLine|contains|all: ['x1', 'x2']\n    b:\n        CommandLine|contains|all: ['y1', 'y2']\n    c:\n        CommandLine|contains: ['z1', 'z2']\n    condition: 1 of them\n`,
    );
    const input = proseInput(ir);
    const text = huntHypothesis(input);
    expect(text).toContain(
      '`CommandLine` contains all of `x1` and `x2`; contains all of `y1` and `y2`; contains `z1` or `z2`',
    );
  });
});

const names = {
  technique: (id: string) => ({ T1105: 'Ingress Tool Transfer' })[id],
  tactic: () => undefined,
};

function proseInput(ir: ReturnType<typeof ruleOf>['ir'], tags = ''): ProseInput {
  const { rule } = ruleOf(`${tags}detection:\n    sel:\n        Image: x\n    condition: sel\n`);
  return {
    meta: metadataOf(rule).value!,
    values: detectionValues(ir.condition),
    counts: {
      techniques: new Map([
        ['T1105', 3],
        ['T1059.001', 1],
      ]),
      families: new Map([
        ['T1105', 3],
        ['T1059', 5],
      ]),
      tactics: new Map([['execution', 4]]),
    },
    names,
  };
}

describe('generated sections', () => {
  const { ir } = ruleOf(
    `detection:\n    sel:\n        Image|endswith: '\\\\certutil.exe'\n        CommandLine|contains: 'urlcache'\n    filter:\n        User: 'svc_deploy'\n    condition: sel and not filter\n`,
  );

  it('builds the hypothesis from the rule: summary, real values and a place to start', () => {
    const text = huntHypothesis(
      proseInput(ir, 'tags:\n    - attack.command-and-control\n    - attack.t1105\n'),
    );
    expect(text).toMatch(/^\*\*Hypothesis:\*\* /);
    expect(text).toMatch(
      /(Concretely, the rule looks for|In practice that means|The trigger is) a thing done twice\./,
    );
    expect(text).not.toContain('Second sentence');
    expect(text).toContain('`Image` ends with `\\certutil.exe`');
    expect(text).toContain('`CommandLine` contains `urlcache`');
    expect(text).toContain('log source `windows / process_creation`');
  });

  it('picks the command line as the anchor value', () => {
    expect(anchorOf(detectionValues(ir.condition))).toEqual({
      field: 'CommandLine',
      relation: 'contains',
      value: 'urlcache',
    });
  });

  it('gives tuning advice for the matched fields and lists the rule’s own filters', () => {
    const text = falsePositiveGuidance(proseInput(ir));
    expect(text).toContain('`User` is `svc_deploy`');
    expect(text).toMatch(/`Image` \(programs\): /);
    expect(text).toMatch(/`CommandLine` \(arguments\): /);
  });

  it('names techniques, links them and counts the other catalog rules', () => {
    const text = attackContext(
      proseInput(ir, 'tags:\n    - attack.command-and-control\n    - attack.t1105\n    - attack.t1059.001\n'),
    )!;
    expect(text).toContain('[T1105 Ingress Tool Transfer](https://attack.mitre.org/techniques/T1105/)');
    expect(text).toMatch(
      /T1105 Ingress Tool Transfer\]\([^)]*\): (2 other rules in the catalog also cover it|the catalog has 2 more rules for it)/,
    );
    expect(text).toContain('sub-technique of T1059, whose family has 4 other rules here');
    expect(text).toContain('For T1059.001 this rule is all the coverage the catalog has');
  });

  it('counts the tactic when no technique is named, and has nothing to say without ATT&CK tags', () => {
    expect(attackContext(proseInput(ir, 'tags:\n    - attack.execution\n'))).toContain(
      'The catalog has 3 other rules under Execution.',
    );
    expect(attackContext(proseInput(ir))).toBeUndefined();
  });
});

describe('triggerOf', () => {
  it.each([
    [
      'Detects the execution of certutil with flags that download files.',
      'the execution of certutil with flags that download files',
    ],
    [
      'Detects usage of "reg.exe" (e.g. to save hives). More text here.',
      'usage of "reg.exe" (e.g. to save hives)',
    ],
    ['Identifies a new service installed from a temp folder', 'a new service installed from a temp folder'],
    ['Detects when a trail is deleted.', 'when a trail is deleted'],
    ['Detects Obfuscated use of Clip.exe.', 'obfuscated use of Clip.exe'],
    ['Detects AWS keys in a command line.', 'AWS keys in a command line'],
    ['Adversaries may log keystrokes.', undefined],
    ['Detects x.', undefined],
    [undefined, undefined],
  ])('%s', (description, expected) => {
    expect(triggerOf(description)).toBe(expected);
  });
});

describe('false positive guidance', () => {
  it('builds on the listed causes without repeating them', () => {
    const { ir } = ruleOf(`detection:\n    sel:\n        Image: x\n    condition: sel\n`);
    const input = proseInput(ir);
    input.meta = { ...input.meta, falsepositives: ['Backup software from Acme'] };
    const text = falsePositiveGuidance(input);
    expect(text).not.toContain('Acme');
    expect(text).toMatch(/benign cause\b/);
    input.meta = { ...input.meta, falsepositives: ['Unknown'] };
    expect(falsePositiveGuidance(input)).toMatch(
      /no (common benign cause|known false positives)|No benign cause/,
    );
  });
});
