// Shared helpers for the Sigma engine tests: build small rules, lower them, and print IR compactly so
// tables stay readable (`and(a, not(b))`, `CommandLine="*foo*"`).
import {
  lowerRule,
  parseSigma,
  type IrExpr,
  type MatchOp,
  type ParseSigmaResult,
  type ValuePart,
} from '@/lib/sigma';

export function ruleText(detection: string, extra = ''): string {
  return `title: Test rule
id: 5a8b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
status: test
logsource:
  product: windows
  category: process_creation
detection:
${detection.replace(/^\n/, '').replace(/^/gm, '  ')}
level: medium
${extra}`;
}

export function lowerText(text: string): { parsed: ParseSigmaResult; ir?: IrExpr; errors: string[] } {
  const parsed = parseSigma(text);
  if (!parsed.rule || parsed.errors.length > 0) return { parsed, errors: parsed.errors.map((e) => e.code) };
  const lowered = lowerRule(parsed.rule);
  return { parsed, ir: lowered.value?.condition, errors: lowered.errors.map((e) => e.code) };
}

function showParts(parts: ValuePart[]): string {
  return parts
    .map((p) =>
      p.kind === 'AnyString' ? '*' : p.kind === 'AnyChar' ? '?' : p.text.replace(/[\\*?"]/g, '\\$&'),
    )
    .join('');
}

export function showOp(op: MatchOp): string {
  switch (op.kind) {
    case 'String':
      return `=${op.cased ? 'cs' : ''}"${showParts(op.parts)}"`;
    case 'Regex':
      return `=~/${op.pattern}/${op.flags.i ? 'i' : ''}${op.flags.m ? 'm' : ''}${op.flags.s ? 's' : ''}`;
    case 'Cidr':
      return ` in cidr${op.version}(${op.cidr})`;
    case 'Number':
      return `${op.datePart ? `|${op.datePart}` : ''}==${op.value}`;
    case 'Compare':
      return `${op.datePart ? `|${op.datePart}` : ''} ${op.op} ${op.value}`;
    case 'Boolean':
      return `==${op.value}`;
    case 'Null':
      return ' is null';
    case 'Exists':
      return op.exists ? ' exists' : ' missing';
    case 'FieldRef':
      return `=ref(${op.other},${op.mode}${op.cased ? ',cased' : ''})`;
    case 'Placeholder':
      return op.template
        ? `=expand"${op.template.map((p) => (p.kind === 'Placeholder' ? `%${p.name}%` : showParts([p]))).join('')}"`
        : `=%${op.name}%`;
  }
}

export function show(expr: IrExpr): string {
  switch (expr.kind) {
    case 'And':
      return `and(${expr.children.map(show).join(', ')})`;
    case 'Or':
      return `or(${expr.children.map(show).join(', ')})`;
    case 'Not':
      return `not(${show(expr.child)})`;
    case 'Match':
      return `${expr.field}${showOp(expr.op)}`;
    case 'Keyword':
      return `kw${showOp(expr.op)}`;
  }
}

/** Drops source ranges so a structure can be compared with a golden file. */
export function withoutRanges(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'range' ? undefined : v)));
}
