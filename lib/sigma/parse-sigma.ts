// The public entry: Sigma YAML text → rule model with its conditions parsed, and every problem found.
// Never throws on input.
import { attachConditions } from './condition';
import { ProblemSink, readRules, type SigmaProblem, type SigmaRule } from './rule';

export interface ParseSigmaOptions {
  /** Used only to label problems by callers; parsing never touches the file system. */
  path?: string;
}

export interface ParseSigmaResult {
  /** The first document's rule (a file normally holds exactly one). */
  rule?: SigmaRule;
  /** Every document of the file, in order. */
  documents: SigmaRule[];
  errors: SigmaProblem[];
  warnings: SigmaProblem[];
  path?: string;
}

const byPosition = (a: SigmaProblem, b: SigmaProblem) =>
  a.range.start - b.range.start || a.range.end - b.range.end;

export function parseSigma(text: string, options: ParseSigmaOptions = {}): ParseSigmaResult {
  const sink = new ProblemSink();
  const { rules } = readRules(text, sink);
  // Sigma v1 collections: a global document lends its identifiers to every document and may name theirs.
  const names = (rs: SigmaRule[]) => rs.flatMap((r) => r.detection?.identifierNames ?? []);
  const shared = names(rules.filter((r) => r.action === 'global'));
  const everyName = names(rules);
  for (const rule of rules) attachConditions(rule, sink, rule.action === 'global' ? everyName : shared);
  const result: ParseSigmaResult = {
    documents: rules,
    errors: sink.errors.sort(byPosition),
    warnings: sink.warnings.sort(byPosition),
  };
  if (rules[0]) result.rule = rules[0];
  if (options.path !== undefined) result.path = options.path;
  return result;
}
