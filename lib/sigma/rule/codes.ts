import type { Problem, Severity, SourceRange } from '../problem';

/** Every problem the Sigma reader and lowering can report. */
export type SigmaProblemCode =
  // YAML and document shape
  | 'YAML_SYNTAX'
  | 'DUPLICATE_KEY'
  | 'NOT_A_MAPPING'
  | 'MULTIPLE_DOCUMENTS'
  // metadata (Sigma specification v2)
  | 'MISSING_FIELD'
  | 'INVALID_FIELD_TYPE'
  | 'INVALID_ID'
  | 'INVALID_STATUS'
  | 'INVALID_LEVEL'
  | 'INVALID_DATE'
  | 'INVALID_RELATED'
  | 'INVALID_TAG'
  | 'UNKNOWN_KEY'
  | 'UNKNOWN_LOGSOURCE_KEY'
  // rule kinds the converter does not turn into one query
  | 'CORRELATION_RULE'
  | 'FILTER_RULE'
  | 'UNSUPPORTED_RULE_KIND'
  | 'INVALID_CORRELATION'
  | 'INVALID_FILTER'
  | 'INVALID_COLLECTION'
  // detection and values
  | 'INVALID_DETECTION'
  | 'EMPTY_VALUE_LIST'
  | 'UNKNOWN_MODIFIER'
  | 'INVALID_MODIFIER_COMBINATION'
  | 'INVALID_MODIFIER_VALUE'
  | 'INVALID_REGEX'
  | 'INVALID_CIDR'
  | 'UNUSED_IDENTIFIER'
  | 'TIMEFRAME_WITHOUT_AGGREGATION'
  // condition
  | 'CONDITION_SYNTAX'
  | 'CONDITION_TOO_DEEP'
  | 'UNSUPPORTED_AGGREGATION'
  | 'UNKNOWN_IDENTIFIER'
  | 'PATTERN_MATCHES_NOTHING';

export type SigmaProblem = Problem<SigmaProblemCode>;

/** Collects problems for one parse: errors and warnings kept apart, in source order of discovery. */
export class ProblemSink {
  readonly errors: SigmaProblem[] = [];
  readonly warnings: SigmaProblem[] = [];

  add(code: SigmaProblemCode, severity: Severity, message: string, range: SourceRange): void {
    const problem: SigmaProblem = { code, severity, message, range: { start: range.start, end: range.end } };
    if (severity === 'error') this.errors.push(problem);
    else this.warnings.push(problem);
  }

  error(code: SigmaProblemCode, message: string, range: SourceRange): void {
    this.add(code, 'error', message, range);
  }

  warn(code: SigmaProblemCode, message: string, range: SourceRange): void {
    this.add(code, 'warning', message, range);
  }
}
