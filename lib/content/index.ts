// lib/content: server-only loading, validation and preparation of the rule files. Pages import only this.
export {
  getRules,
  getRuleBySlug,
  getRuleById,
  lastChanged,
  saveCatalog,
  catalogSaved,
  shellRule,
} from './catalog';
export { feedRows } from './feed';
export { loadContent, loadRuleFile, contentDirs, type LoadedContent } from './load-content';
export { parseRule, type RuleFiles, type ParsedRule } from './parse-rule';
export { formatProblem, formatProblems, ContentError } from './format-problem';
export { ruleKql, checkedKql } from './rule-kql';
export { techniqueHref } from './attack-href';
export { coverageByTactic, tacticName, type TacticCoverage, type CoveredTechnique } from './coverage';
export { highlightCode, type CodeLanguage } from './highlight-code';
export { renderMarkdown } from './render-markdown';
export { SECTION_TITLES } from './split-sections';
export { frontMatterSchema, LEVELS, STATUSES, TACTICS, type FrontMatter } from './schema';
export type * from './types';
export { ruleDownloads, type RuleDownload } from './downloads';
