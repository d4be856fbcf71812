// The public API of lib/sigma: other code imports only this file.
export type { Problem, Result, Severity, SourceRange } from './problem';
export { parseSigma, type ParseSigmaOptions, type ParseSigmaResult } from './parse-sigma';
export { formatProblem, lineColAt, type LineCol } from './format-problem';
export { lowerRule } from './ir';
export type * from './ir/types';
export { parseWildcards, type SigmaProblem, type SigmaProblemCode } from './rule';
export type * from './rule/model';
export type { SigmaValue, StringPart } from './rule/values';
export {
  convertToKql,
  kql,
  kqlSchema,
  columnType,
  limitQueryLength,
  MAX_KQL_LENGTH,
  queryTooLong,
  type KqlConfig,
  type KustoType,
  type SchemaTable,
} from './backend';
export type { ConversionReason, ConversionResult, ConversionStatus, KqlQuery } from './backend';
export { routeLogsource, type TableTarget } from './pipeline';
export { convertSigma } from './convert-sigma';
export { detectionValuesAsWritten, detectionValuesFromIr, detectionValuesOf } from './detection-values';
