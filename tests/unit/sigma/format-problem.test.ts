import { describe, expect, it } from 'vitest';
import { formatProblem, lineColAt, type Problem } from '@/lib/sigma';

const text = 'title: T\ndetection:\n  sel:\n    F|contain: x\n  condition: sel\n';

describe('lineColAt', () => {
  it.each([
    [0, '1:1'],
    [7, '1:8'],
    [9, '2:1'],
    [text.indexOf('contain'), '4:7'],
    [text.length, '6:1'],
    [-5, '1:1'],
    [text.length + 10, '6:1'],
  ])('offset %i is %s', (offset, expected) => {
    const { line, col } = lineColAt(text, offset);
    expect(`${line}:${col}`).toBe(expected);
  });
});

describe('formatProblem', () => {
  it('prints path:line:col CODE message, the line, and a caret under the range', () => {
    const start = text.indexOf('contain');
    const problem: Problem = {
      code: 'UNKNOWN_MODIFIER',
      severity: 'error',
      message: "unknown modifier 'contain'",
      range: { start, end: start + 7 },
    };
    expect(formatProblem(problem, text, 'rules/x.yml')).toBe(
      [
        "rules/x.yml:4:7 UNKNOWN_MODIFIER unknown modifier 'contain'",
        '4 |     F|contain: x',
        '          ^^^^^^^',
      ].join('\n'),
    );
  });

  it('marks warnings and keeps a one-character caret for empty ranges', () => {
    const start = text.length - 1;
    const problem: Problem = {
      code: 'CONDITION_SYNTAX',
      severity: 'warning',
      message: 'm',
      range: { start, end: start },
    };
    expect(formatProblem(problem, text, 'f.yml').split('\n')).toEqual([
      'f.yml:5:17 CONDITION_SYNTAX (warning) m',
      '5 |   condition: sel',
      '                    ^',
    ]);
  });

  it('cuts a multi-line range at the end of its first line', () => {
    const start = text.indexOf('sel:');
    const problem: Problem = {
      code: 'X',
      severity: 'error',
      message: 'm',
      range: { start, end: text.length },
    };
    expect(formatProblem(problem, text, 'f.yml').split('\n').slice(1)).toEqual(['3 |   sel:', '      ^^^^']);
  });
});
