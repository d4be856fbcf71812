// Problems are data: a code, a message, where it came from. Line and column are computed only when printed
// (see format-problem.ts), from the offsets kept here.

/** Half-open character range [start, end) in the source text. */
export interface SourceRange {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning';

export interface Problem<Code extends string = string> {
  code: Code;
  severity: Severity;
  message: string;
  range: SourceRange;
}

/** What every collecting API returns: a value when one could be made, and every problem met on the way. */
export interface Result<T, Code extends string = string> {
  value?: T;
  errors: Problem<Code>[];
  warnings: Problem<Code>[];
}
