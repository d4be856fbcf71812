// Every condition form, precedence (not > and > or) and identifier resolution.
import { describe, expect, it } from 'vitest';
import { lowerText, ruleText, show } from './helpers';

const DETECTION = `sel: {a: 1}
sel_x: {x: 1}
sel_y: {y: 1}
filter_1: {f1: 1}
filter_2: {f2: 1}
_hidden: {h: 1}
sel-dash.dot: {d: 1}
`;

function lowerCondition(condition: string) {
  const yamlCondition = condition.includes('\n') ? condition : JSON.stringify(condition);
  return lowerText(ruleText(`${DETECTION}condition: ${yamlCondition}`));
}

const cases: [string, string][] = [
  ['sel', 'a'],
  ['sel and sel_x', 'and(a, x)'],
  ['sel or sel_x', 'or(a, x)'],
  ['not sel', 'not(a)'],
  ['sel and not sel_x', 'and(a, not(x))'],
  ['not sel and sel_x', 'and(not(a), x)'],
  ['not sel or sel_x', 'or(not(a), x)'],
  ['sel or sel_x and sel_y', 'or(a, and(x, y))'],
  ['sel and sel_x or sel_y', 'or(and(a, x), y)'],
  ['sel and sel_x and sel_y', 'and(a, x, y)'],
  ['sel or sel_x or sel_y', 'or(a, x, y)'],
  ['(sel or sel_x) and sel_y', 'and(or(a, x), y)'],
  ['not (sel or sel_x)', 'not(or(a, x))'],
  ['not not sel', 'not(not(a))'],
  ['((sel))', 'a'],
  ['sel and (sel_x or (sel_y and not filter_1))', 'and(a, or(x, and(y, not(f1))))'],
  ['1 of sel_*', 'or(x, y)'],
  ['any of sel_*', 'or(x, y)'],
  ['all of sel_*', 'and(x, y)'],
  ['1 of sel*', 'or(a, x, y, d)'],
  ['all of sel_x', 'x'],
  ['1 of them', 'or(a, x, y, f1, f2, d)'],
  ['all of them', 'and(a, x, y, f1, f2, d)'],
  ['sel and not 1 of filter_*', 'and(a, not(or(f1, f2)))'],
  ['all of sel_* and not 1 of filter_*', 'and(x, y, not(or(f1, f2)))'],
  ['1 of sel_* or all of filter_*', 'or(x, y, and(f1, f2))'],
  ['_hidden and sel-dash.dot', 'and(h, d)'],
  ['1 of *', 'or(a, x, y, f1, f2, d)'],
  ['sel\n  and not filter_1', 'and(a, not(f1))'],
  ['  sel   and\tsel_x  ', 'and(a, x)'],
];

describe('conditions', () => {
  it.each(cases)('%j', (condition, expected) => {
    const { ir, errors } = lowerCondition(condition.includes('\n') ? `|\n  ${condition}` : condition);
    expect(errors).toEqual([]);
    expect(show(ir!).replace(/==1/g, '')).toBe(expected);
  });

  it('ORs a condition list', () => {
    const { ir, errors } = lowerText(ruleText(`${DETECTION}condition:\n  - sel\n  - sel_x and sel_y`));
    expect(errors).toEqual([]);
    expect(show(ir!).replace(/==1/g, '')).toBe('or(a, and(x, y))');
  });

  it('keeps the AST with resolved identifiers and file positions in the model', () => {
    const text = ruleText(`${DETECTION}condition: sel and not 1 of filter_*`);
    const { parsed } = lowerText(text);
    const ast = parsed.rule?.detection?.conditions[0]?.ast;
    expect(ast?.kind).toBe('And');
    if (ast?.kind !== 'And') return;
    const [first, second] = ast.children;
    expect(first).toMatchObject({ kind: 'Identifier', name: 'sel' });
    expect(text.slice(first!.range.start, first!.range.end)).toBe('sel');
    expect(second?.kind).toBe('Not');
    if (second?.kind !== 'Not') return;
    expect(second.child).toMatchObject({
      kind: 'Quantified',
      quantifier: 'one',
      target: { kind: 'Pattern', pattern: 'filter_*' },
      identifiers: ['filter_1', 'filter_2'],
    });
    expect(text.slice(second.child.range.start, second.child.range.end)).toBe('1 of filter_*');
  });
});
