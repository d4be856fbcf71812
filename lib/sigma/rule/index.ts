export { ProblemSink, type SigmaProblem, type SigmaProblemCode } from './codes';
export type * from './model';
export { mergeCollection } from './merge-collection';
export { readRules, type ReadRules } from './read-rules';
export {
  hasWildcards,
  normaliseParts,
  parseWildcards,
  partsText,
  type SigmaValue,
  type StringPart,
} from './values';
export { cidrVersion, expandWindash, WINDASH_VARIANTS } from './encodings';
