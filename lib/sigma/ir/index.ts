export { lowerRule } from './lower-rule';
export type * from './types';
