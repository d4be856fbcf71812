// The literal values a detection looks for, so typing `lsass` or `localto.net` finds the rules that use them.
// From the lowered IR when the rule converts; from the raw detection mapping otherwise.
// Lives in lib/sigma rather than lib/search so the search code the feed ships to the browser does not reach the
// YAML parser through it.
import { lowerRule } from './ir';
import type { IrExpr, IrRule, MatchOp } from './ir/types';
import { parseSigma } from './parse-sigma';
import type { DetectionNode, SigmaRule } from './rule/model';

/** Stands in for a wildcard while joining parts; never occurs in rule text. */
const WILDCARD = '\u0000';

function opValues(op: MatchOp): string[] {
  switch (op.kind) {
    case 'String':
      // Wildcards split a value: `*\lsass.exe*` indexes `\lsass.exe`.
      return op.parts
        .map((part) => (part.kind === 'Text' ? part.text : WILDCARD))
        .join('')
        .split(WILDCARD)
        .filter(Boolean);
    case 'Regex':
      return [op.pattern];
    case 'Cidr':
      return [op.cidr];
    case 'Number':
    case 'Compare':
    case 'Boolean':
    case 'Null':
    case 'Exists':
    case 'FieldRef':
    case 'Placeholder':
      return [];
    default: {
      const unreachable: never = op;
      throw new Error(`unknown match op ${JSON.stringify(unreachable)}`);
    }
  }
}

function walk(expr: IrExpr, out: string[]): void {
  switch (expr.kind) {
    case 'And':
    case 'Or':
      for (const child of expr.children) walk(child, out);
      return;
    case 'Not':
      walk(expr.child, out);
      return;
    case 'Match':
    case 'Keyword':
      out.push(...opValues(expr.op));
      return;
    default: {
      const unreachable: never = expr;
      throw new Error(`unknown IR node ${JSON.stringify(unreachable)}`);
    }
  }
}

export function detectionValuesFromIr(rule: IrRule): string[] {
  const out: string[] = [];
  walk(rule.condition, out);
  return [...new Set(out)];
}

/**
 * Every value of the rule's detection exactly as written in the file (each value keeps its source range), so
 * base64/utf16 modifiers' values stay readable. No YAML parser here: this module ships to the browser
 * with lib/search, and a bundled parser would cost the feed page 30 KB.
 */
export function detectionValuesAsWritten(rule: SigmaRule, text: string): string[] {
  const out = new Set<string>();
  const visit = (node: DetectionNode): void => {
    if (node.kind === 'Item')
      for (const value of node.values) out.add(text.slice(value.range.start, value.range.end));
    else node.children.forEach(visit);
  };
  for (const identifier of rule.detection?.identifiers ?? []) visit(identifier.body);
  return [...out].filter(Boolean);
}

/**
 * Values of one Sigma rule text: the lowered IR's literal text (escapes resolved, windash variants spelled
 * out) together with the detection's values as written, which is what an analyst reads and types (the IR
 * holds base64/utf16 modifiers' values encoded). Never throws: unparsable text gives what it can.
 */
export function detectionValuesOf(sigmaText: string): string[] {
  const values = new Set<string>();
  const parsed = parseSigma(sigmaText);
  if (!parsed.rule) return [];
  for (const v of detectionValuesAsWritten(parsed.rule, sigmaText)) values.add(v);
  const lowered = parsed.errors.length === 0 ? lowerRule(parsed.rule) : undefined;
  if (lowered?.value) for (const v of detectionValuesFromIr(lowered.value)) values.add(v);
  return [...values];
}
