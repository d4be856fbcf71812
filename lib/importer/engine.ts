// The importer's one door into the Sigma engine: validate, lower to the IR, and (when the converter is there)
// pick the data table. Problems come back as offsets with a message; the caller formats `path:line`.
import { lowerRule, parseSigma, type ConversionStatus, type IrRule, type SigmaRule } from '@/lib/sigma';

export interface EngineProblem {
  offset: number;
  code: string;
  message: string;
}

export interface Analysis {
  /** Problems that make the file unusable as a catalog rule (invalid Sigma). */
  errors: EngineProblem[];
  /** The rule model, when the file is valid Sigma. */
  rule?: SigmaRule;
  /** The lowered rule; absent when the converter cannot express the rule (it still imports, without values). */
  ir?: IrRule;
  /** Why there is no IR, when there is none. */
  notLowered?: string;
  dataTable?: string;
  /** The converter's verdict on the rule (before the build's language-service check); absent without a converter. */
  kqlStatus?: ConversionStatus;
}

/** A converter limit, not a fault in the rule: the rule imports and its page shows the reason. */
const CONVERTER_LIMIT = /^(UNSUPPORTED_|CORRELATION_RULE|FILTER_RULE)/;

/** The converter's verdict on a lowered rule: its status and, when it converts, the primary query's table. */
export type TableChooser = (ir: IrRule) => { status: ConversionStatus; table?: string };

export function analyseRule(text: string, path: string, chooseTable?: TableChooser): Analysis {
  const parsed = parseSigma(text, { path });
  const toProblem = (p: { range: { start: number }; code: string; message: string }) => ({
    offset: p.range.start,
    code: p.code,
    message: p.message,
  });
  const rule = parsed.rule;
  if (parsed.errors.length > 0 || !rule) {
    const errors = parsed.errors.map(toProblem);
    return {
      errors:
        errors.length > 0 ? errors : [{ offset: 0, code: 'NOT_A_RULE', message: 'no rule in the file' }],
    };
  }
  if (parsed.documents.length > 1) {
    const message = `the file holds ${parsed.documents.length} YAML documents; the catalog takes one rule per file`;
    return {
      errors: [{ offset: parsed.documents[1]?.range.start ?? 0, code: 'MULTIPLE_DOCUMENTS', message }],
    };
  }
  const lowered = lowerRule(rule);
  if (!lowered.value) {
    const blocking = lowered.errors.filter((e) => !CONVERTER_LIMIT.test(e.code));
    if (blocking.length > 0) return { errors: blocking.map(toProblem) };
    return {
      errors: [],
      rule,
      notLowered: lowered.errors.map((e) => `${e.code}: ${e.message}`).join('; '),
      kqlStatus: chooseTable ? 'unsupported' : undefined,
    };
  }
  const verdict = chooseTable?.(lowered.value);
  return { errors: [], rule, ir: lowered.value, dataTable: verdict?.table, kqlStatus: verdict?.status };
}
