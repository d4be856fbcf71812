// lib/importer: Sigma sources (folder, archive, URL) → content files. Other code imports only this file.
export { runImport, DEFAULT_BASE_URL, isoSeconds } from './run-import';
export type { ImportOptions, ImportSummary, ProgressEvent, SkippedRule } from './types';
export { readSource, selectRuleFiles, type SourceFile, type SourceListing } from './sources';
export { slugFromTitle, assignSlugs } from './slug';
export { confidenceOf, type Confidence } from './confidence';
export { writeFileAtomic } from './atomic-write';
export { mdText, mdCode } from './markdown';
export { formatSummary, createProgressReporter } from './report';
export { importExitCode, parseImportArgs, USAGE, type ImportArgs } from './cli-args';
export { detectionValues, type DetectionValues, type FieldValues } from './prose/detection-values';
export { huntHypothesis, anchorOf, triggerOf } from './prose/hunt-hypothesis';
export { falsePositiveGuidance } from './prose/false-positives';
export { attackContext } from './prose/attack-context';
export type { ProseInput, AttackNames, CatalogCounts } from './prose/types';
export { metadataOf, type RuleMetadata } from './rule-metadata';
