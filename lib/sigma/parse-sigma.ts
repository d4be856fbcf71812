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
  for (const rule of rules) attachConditions(rule, sink);
  const result: ParseSigmaResult = {
    documents: rules,
    errors: sink.errors.sort(byPosition),
    warnings: sink.warnings.sort(byPosition),
  };
  if (rules[0]) result.rule = rules[0];
  if (options.path !== undefined) result.path = options.path;
  return result;
}
