// Rule model → IR: resolves the condition against the search identifiers and turns detection items into
// Match/Keyword nodes. Modifiers were applied by the rule layer, so this is structure only.
import type { Result, SourceRange } from '../problem';
import {
  ProblemSink,
  type ConditionNode,
  type DetectionNode,
  type SigmaProblemCode,
  type SigmaRule,
  type SigmaValue,
} from '../rule';
import type { IrExpr, IrKeyword, IrLogsource, IrRule, MatchOp } from './types';

// The rule layer's values are the IR's match operations; this line fails to compile if they drift apart.
const sameShape: (v: SigmaValue) => MatchOp = (v) => v;

function group(kind: 'And' | 'Or', children: IrExpr[]): IrExpr {
  const flat = children.flatMap((c) => (c.kind === kind ? c.children : [c]));
  return flat.length === 1 ? (flat[0] as IrExpr) : { kind, children: flat };
}

function lowerDetection(node: DetectionNode): IrExpr {
  if (node.kind !== 'Item')
    return group(node.kind === 'AllOf' ? 'And' : 'Or', node.children.map(lowerDetection));
  const field = node.field;
  const perValue = node.values.map((value) =>
    group(
      'Or',
      value.alternatives.map((alt): IrExpr => {
        if (field !== undefined) return { kind: 'Match', field, op: sameShape(alt), range: node.range };
        // The rule layer only lets String and Regex through for keywords.
        return { kind: 'Keyword', op: alt as IrKeyword['op'], range: value.range };
      }),
    ),
  );
  const matched = group(node.linking === 'all' ? 'And' : 'Or', perValue);
  return node.negated ? { kind: 'Not', child: matched } : matched;
}

class Lowering {
  readonly bodies: Map<string, DetectionNode>;
  constructor(
    rule: SigmaRule,
    readonly sink: ProblemSink,
  ) {
    this.bodies = new Map((rule.detection?.identifiers ?? []).map((i) => [i.name, i.body]));
  }

  identifier(name: string, range: SourceRange): IrExpr | undefined {
    const body = this.bodies.get(name);
    if (!body) {
      this.sink.error('INVALID_DETECTION', `search identifier '${name}' is invalid or missing`, range);
      return undefined;
    }
    return lowerDetection(body);
  }

  condition(node: ConditionNode): IrExpr | undefined {
    switch (node.kind) {
      case 'And':
      case 'Or': {
        const children = node.children.map((c) => this.condition(c));
        return children.every((c): c is IrExpr => c !== undefined) ? group(node.kind, children) : undefined;
      }
      case 'Not': {
        const child = this.condition(node.child);
        return child && { kind: 'Not', child };
      }
      case 'Identifier':
        return this.identifier(node.name, node.range);
      case 'Quantified': {
        const children = node.identifiers.map((n) => this.identifier(n, node.range));
        if (!children.every((c): c is IrExpr => c !== undefined)) return undefined;
        return group(node.quantifier === 'all' ? 'And' : 'Or', children);
      }
    }
  }
}

function logsourceOf(rule: SigmaRule): IrLogsource {
  const out: IrLogsource = {};
  for (const key of ['category', 'product', 'service', 'definition'] as const) {
    const v = rule.logsource[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Lowers a parsed detection rule to the IR, or says why it cannot. */
export function lowerRule(rule: SigmaRule): Result<IrRule, SigmaProblemCode> {
  const sink = new ProblemSink();
  const whole = { start: rule.range.start, end: rule.range.start };
  if (rule.kind !== 'detection') {
    sink.error(
      'UNSUPPORTED_RULE_KIND',
      `${rule.kind} rules are not converted to a single query yet`,
      rule.keyRanges[rule.kind] ?? whole,
    );
    return { errors: sink.errors, warnings: sink.warnings };
  }
  if (rule.document.count > 1 && !rule.collection) {
    sink.error(
      'UNSUPPORTED_RULE_KIND',
      'rules from multi-document files are not converted to a single query yet',
      whole,
    );
    return { errors: sink.errors, warnings: sink.warnings };
  }
  const conditions = rule.detection?.conditions ?? [];
  if (conditions.length === 0 || conditions.some((c) => !c.ast)) {
    sink.error('MISSING_FIELD', 'the rule has no valid condition', rule.keyRanges.detection ?? whole);
    return { errors: sink.errors, warnings: sink.warnings };
  }
  const lowering = new Lowering(rule, sink);
  const parts = conditions.map((c) => lowering.condition(c.ast as ConditionNode));
  if (!parts.every((p): p is IrExpr => p !== undefined))
    return { errors: sink.errors, warnings: sink.warnings };
  const value: IrRule = { title: rule.title, logsource: logsourceOf(rule), condition: group('Or', parts) };
  if (rule.id !== undefined) value.id = rule.id;
  if (rule.detection?.timeframe !== undefined) value.timeframe = rule.detection.timeframe;
  return { value, errors: sink.errors, warnings: sink.warnings };
}
