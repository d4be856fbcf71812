// lib/importer: Sigma sources (folder, archive, URL) → content files. Other code imports only this file.
export { runImport, DEFAULT_BASE_URL, isoSeconds } from './run-import';
export type { ImportOptions, ImportSummary, ProgressEvent, SkippedRule } from './types';
export { readSource, selectRuleFiles, type SourceFile, type SourceListing } from './sources';
export { slugFromTitle, assignSlugs } from './slug';
export { confidenceOf, type Confidence } from './confidence';
export { writeFileAtomic } from './atomic-write';
export { mdText, mdCode } from './markdown';
export { formatSummary, createProgressReporter } from './report';
export { parseImportArgs, USAGE, type ImportArgs } from './cli-args';
