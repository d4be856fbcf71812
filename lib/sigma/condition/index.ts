export { attachConditions } from './attach-conditions';
export { parseCondition, type ConditionProblem } from './parse-condition';
