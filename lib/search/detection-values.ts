// The literal values a detection looks for, so typing `lsass` or `localto.net` finds the rules that use them.
// From the lowered IR when the rule converts; from the raw detection mapping otherwise.
import YAML from 'yaml';
import { lowerRule, parseSigma, type IrExpr, type IrRule, type MatchOp } from '@/lib/sigma';

function opValues(op: MatchOp): string[] {
  switch (op.kind) {
    case 'String':
      // Wildcards split a value: `*\lsass.exe*` indexes `\lsass.exe`.
      return op.parts
        .map((part) => (part.kind === 'Text' ? part.text : ' '))
        .join('')
        .split(' ')
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

/** Every string leaf of a parsed Sigma `detection` mapping except the condition (and timeframe). */
export function detectionValuesFromYaml(detection: unknown): string[] {
  const out = new Set<string>();
  const visit = (node: unknown, key?: string): void => {
    if (key === 'condition' || key === 'timeframe' || node === null || node === undefined) return;
    if (Array.isArray(node)) node.forEach((item) => visit(item));
    else if (typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, k);
    else if (typeof node === 'string') out.add(node);
  };
  visit(detection);
  return [...out];
}

/**
 * Values of one Sigma rule text: the lowered IR's literal text (escapes resolved, windash variants spelled
 * out) together with the rule's own detection values as written, which is what an analyst reads and types
 * (the IR holds base64/utf16 modifiers' values encoded). Never throws: unparsable text gives what it can.
 */
export function detectionValuesOf(sigmaText: string): string[] {
  const values = new Set<string>();
  const parsed = parseSigma(sigmaText);
  const lowered = parsed.rule && parsed.errors.length === 0 ? lowerRule(parsed.rule) : undefined;
  if (lowered?.value) for (const v of detectionValuesFromIr(lowered.value)) values.add(v);
  try {
    const raw = YAML.parseAllDocuments(sigmaText)[0]?.toJS() as { detection?: unknown } | null | undefined;
    for (const v of detectionValuesFromYaml(raw?.detection)) values.add(v);
  } catch {
    // Broken YAML is reported by the content loader; search just indexes less.
  }
  return [...values];
}
