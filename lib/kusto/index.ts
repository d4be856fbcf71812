// Kusto query checking (node only): the language service against our table schema.
export { checkKql, type KqlDiagnostic } from './language-service';
export { checkQueries, type CheckOptions } from './check-queries';
export { checkResults } from './check-results';
export { checkKqlCached } from './check-sync';
