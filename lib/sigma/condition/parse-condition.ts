// The Sigma condition language: `and`, `or`, `not`, parentheses, `1 of x*`, `any of x*`, `all of x*`,
// `1 of them`, `all of them`; precedence not > and > or. Every name must be a search identifier and every
// pattern must match one. Offsets are relative to the condition text; the caller shifts them.
import type { SourceRange } from '../problem';
import type { ConditionNode, SigmaProblemCode } from '../rule';

type TokenKind = 'lparen' | 'rparen' | 'word' | 'pipe' | 'bad' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

export interface ConditionProblem {
  code: SigmaProblemCode;
  message: string;
  range: SourceRange;
}

const WORD_CHAR = /[A-Za-z0-9_\-.*]/;
const KEYWORDS = new Set(['and', 'or', 'not', 'of', 'them']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', text: c, start: i, end: i + 1 });
      i++;
    } else if (c === '|') {
      tokens.push({ kind: 'pipe', text: c, start: i, end: i + 1 });
      i++;
    } else if (WORD_CHAR.test(c)) {
      const start = i;
      while (i < text.length && WORD_CHAR.test(text[i] as string)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), start, end: i });
    } else {
      tokens.push({ kind: 'bad', text: c, start: i, end: i + 1 });
      i++;
    }
  }
  tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return tokens;
}

class ParseError extends Error {
  constructor(readonly problem: ConditionProblem) {
    super(problem.message);
  }
}

function globToRegExp(pattern: string): RegExp {
  // The specification's patterns know one wildcard: `*`.
  const body = pattern.replace(/[.+?^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}$`);
}

/** Parentheses and `not`s nested deeper than this are refused: no rule needs it, and every later layer recurses. */
export const MAX_CONDITION_DEPTH = 64;

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly names: readonly string[],
  ) {}

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }
  private next(): Token {
    return this.tokens[this.pos++] as Token;
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text === text;
  }
  private fail(code: SigmaProblemCode, message: string, token: { start: number; end: number }): never {
    throw new ParseError({
      code,
      message,
      range: { start: token.start, end: Math.max(token.end, token.start) },
    });
  }
  private unexpected(token: Token, wanted: string): never {
    const found = token.kind === 'end' ? 'end of condition' : `'${token.text}'`;
    this.fail('CONDITION_SYNTAX', `expected ${wanted}, found ${found}`, token);
  }

  parse(): ConditionNode {
    const node = this.or();
    const t = this.peek();
    if (t.kind !== 'end') this.unexpected(t, "'and', 'or' or the end");
    return node;
  }

  private or(): ConditionNode {
    const first = this.and();
    const children = [first];
    while (this.isWord('or')) {
      this.next();
      children.push(this.and());
    }
    if (children.length === 1) return first;
    return { kind: 'Or', children, range: span(children) };
  }

  private and(): ConditionNode {
    const first = this.not();
    const children = [first];
    while (this.isWord('and')) {
      this.next();
      children.push(this.not());
    }
    if (children.length === 1) return first;
    return { kind: 'And', children, range: span(children) };
  }

  private not(): ConditionNode {
    if (this.isWord('not')) {
      const t = this.next();
      const child = this.nested(t, () => this.not());
      return { kind: 'Not', child, range: { start: t.start, end: child.range.end } };
    }
    return this.primary();
  }

  private nested(at: Token, parse: () => ConditionNode): ConditionNode {
    if (++this.depth > MAX_CONDITION_DEPTH)
      this.fail('CONDITION_TOO_DEEP', `the condition nests deeper than ${MAX_CONDITION_DEPTH} levels`, at);
    const node = parse();
    this.depth--;
    return node;
  }

  private primary(): ConditionNode {
    const t = this.next();
    if (t.kind === 'lparen') {
      const inner = this.nested(t, () => this.or());
      const close = this.next();
      if (close.kind !== 'rparen') this.unexpected(close, "')'");
      return { ...inner, range: { start: t.start, end: close.end } };
    }
    if (t.kind !== 'word' || KEYWORDS.has(t.text))
      this.unexpected(t, 'a search identifier, a quantifier or (');
    const following = this.peek();
    if (following.kind === 'word' && following.text === 'of') return this.quantified(t);
    if (/^\d+$/.test(t.text) || t.text === 'any' || t.text === 'all') {
      if (!this.names.includes(t.text)) this.unexpected(following, "'of'");
    }
    if (t.text.includes('*')) {
      this.fail('CONDITION_SYNTAX', `a pattern like '${t.text}' needs a quantifier ('1 of' or 'all of')`, t);
    }
    if (!this.names.includes(t.text))
      this.fail('UNKNOWN_IDENTIFIER', `'${t.text}' is not a search identifier`, t);
    return { kind: 'Identifier', name: t.text, range: { start: t.start, end: t.end } };
  }

  private quantified(q: Token): ConditionNode {
    let quantifier: 'one' | 'all';
    if (q.text === '1' || q.text === 'any') quantifier = 'one';
    else if (q.text === 'all') quantifier = 'all';
    else this.fail('CONDITION_SYNTAX', `'${q.text} of' is not Sigma: use '1 of', 'any of' or 'all of'`, q);
    this.next(); // of
    const target = this.next();
    if (target.kind !== 'word' || (KEYWORDS.has(target.text) && target.text !== 'them')) {
      this.unexpected(target, "'them' or an identifier pattern");
    }
    const range = { start: q.start, end: target.end };
    if (target.text === 'them') {
      // The specification (and pySigma) leave identifiers starting with '_' out of 'them' and of patterns.
      const identifiers = this.names.filter((n) => !n.startsWith('_'));
      if (identifiers.length === 0)
        this.fail('PATTERN_MATCHES_NOTHING', "'them' matches no search identifier", target);
      return { kind: 'Quantified', quantifier, target: { kind: 'Them' }, identifiers, range };
    }
    const re = globToRegExp(target.text);
    const identifiers = this.names.filter((n) => !n.startsWith('_') && re.test(n));
    if (identifiers.length === 0) {
      const code = target.text.includes('*') ? 'PATTERN_MATCHES_NOTHING' : 'UNKNOWN_IDENTIFIER';
      this.fail(code, `'${target.text}' matches no search identifier`, target);
    }
    return {
      kind: 'Quantified',
      quantifier,
      target: { kind: 'Pattern', pattern: target.text },
      identifiers,
      range,
    };
  }
}

function span(nodes: ConditionNode[]): SourceRange {
  return {
    start: (nodes[0] as ConditionNode).range.start,
    end: (nodes[nodes.length - 1] as ConditionNode).range.end,
  };
}

/** Parses one condition against the rule's search identifier names. */
export function parseCondition(
  text: string,
  names: readonly string[],
): { ast: ConditionNode; problem?: undefined } | { ast?: undefined; problem: ConditionProblem } {
  const tokens = tokenize(text);
  const pipe = tokens.find((t) => t.kind === 'pipe');
  if (pipe) {
    const message = 'aggregations after | are Sigma v1 syntax; use a correlation rule';
    return {
      problem: { code: 'UNSUPPORTED_AGGREGATION', message, range: { start: pipe.start, end: pipe.end } },
    };
  }
  const bad = tokens.find((t) => t.kind === 'bad');
  if (bad)
    return {
      problem: { code: 'CONDITION_SYNTAX', message: `unexpected character '${bad.text}'`, range: bad },
    };
  try {
    return { ast: new Parser(tokens, names).parse() };
  } catch (e) {
    if (e instanceof ParseError) return { problem: e.problem };
    throw e;
  }
}
