// Parses every condition of a rule in place (ConditionSource.ast) and reports, at file offsets, what does
// not parse or resolve, plus search identifiers that no condition uses.
import type { SourceRange } from '../problem';
import type { ConditionNode, ConditionSource, ProblemSink, SigmaRule } from '../rule';
import { parseCondition } from './parse-condition';

function toFile(range: SourceRange, source: ConditionSource): SourceRange {
  if (!source.offsets.exact) return source.range;
  return { start: source.offsets.base + range.start, end: source.offsets.base + range.end };
}

function shift(node: ConditionNode, source: ConditionSource): ConditionNode {
  const range = toFile(node.range, source);
  switch (node.kind) {
    case 'And':
    case 'Or':
      return { ...node, children: node.children.map((c) => shift(c, source)), range };
    case 'Not':
      return { ...node, child: shift(node.child, source), range };
    case 'Identifier':
    case 'Quantified':
      return { ...node, range };
  }
}

function collectNames(node: ConditionNode, into: Set<string>): void {
  switch (node.kind) {
    case 'And':
    case 'Or':
      node.children.forEach((c) => collectNames(c, into));
      break;
    case 'Not':
      collectNames(node.child, into);
      break;
    case 'Identifier':
      into.add(node.name);
      break;
    case 'Quantified':
      node.identifiers.forEach((n) => into.add(n));
      break;
  }
}

/**
 * Parses the rule's conditions against its identifiers; returns the names they use (undefined when one does
 * not parse). Warns about identifiers no condition uses unless told not to (a collection decides that itself).
 */
export function attachConditions(
  rule: SigmaRule,
  sink: ProblemSink,
  options: { warnUnused?: boolean } = {},
): Set<string> | undefined {
  const detection = rule.detection;
  if (!detection) return undefined;
  const names = detection.identifierNames;
  const used = new Set<string>();
  let allParsed = detection.conditions.length > 0;
  for (const source of detection.conditions) {
    const result = parseCondition(source.text, names);
    if (result.problem) {
      sink.error(result.problem.code, result.problem.message, toFile(result.problem.range, source));
      allParsed = false;
      continue;
    }
    source.ast = shift(result.ast, source);
    collectNames(source.ast, used);
  }
  if (!allParsed) return undefined;
  if (options.warnUnused === false) return used;
  for (const identifier of detection.identifiers) {
    if (!used.has(identifier.name)) {
      sink.warn(
        'UNUSED_IDENTIFIER',
        `search identifier '${identifier.name}' is not used by the condition`,
        identifier.range,
      );
    }
  }
  return used;
}
