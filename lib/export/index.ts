// Sentinel exports: pure builders, no file system and no node: modules, so the same code runs at build time
// (static downloads) and in the browser (bulk templates from a filtered view).
export type {
  DataConnector,
  EntityMapping,
  EntityType,
  ExportOptions,
  ExportProblem,
  ExportProblemCode,
  ExportQuery,
  ExportResult,
  ExportableRule,
  FieldMapping,
  Level,
  SentinelRule,
  SentinelSeverity,
  SentinelTactic,
  TriggerOperator,
} from './types';
export * from './limits';
export { durationMinutes, isIsoDuration, toShortDuration } from './durations';
export {
  completeTactics,
  sentinelTactic,
  sentinelTactics,
  sentinelTechniques,
  v19Predecessors,
} from './attack-mapping';
export { ENTITY_MAPPINGS, entityMappingsFor } from './entity-mappings';
export { ENTITY_IDENTIFIERS } from './entity-identifiers';
export { dataConnectorsFor } from './data-connectors';
export { outputColumns, maskLiterals, type OutputColumns } from './query-columns';
export { buildSentinelRule, exportQuery, type ConversionLike } from './sentinel-rule';
export {
  ALERT_RULE_RESOURCE_TYPE,
  ARM_SCHEMA,
  alertRuleResource,
  armLiteral,
  armValue,
  buildArmTemplate,
  combineResources,
  mergeArmTemplates,
  serializeArmTemplate,
  type AlertRuleResource,
  type ArmTemplate,
} from './arm-template';
export { relevantTechniques, sentinelYaml } from './sentinel-yaml';
export { downloadFileNames, ruleDownloads, type RuleDownloads } from './downloads';
