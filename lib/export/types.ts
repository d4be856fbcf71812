// The export layer's own view of a rule: just the fields a Sentinel analytics rule needs. lib/content's Rule and
// lib/sigma's KqlQuery satisfy these shapes structurally, so this folder stays free of both (and of node: modules):
// the same builders run at build time and in the browser.

export type Level = 'informational' | 'low' | 'medium' | 'high' | 'critical';

export interface ExportableRule {
  /** Sigma rule UUID; becomes the analytics rule's GUID. */
  id: string;
  title: string;
  description: string;
  author: string;
  level: Level;
  /** SPDX-like id from the front matter, e.g. DRL-1.1. */
  license?: string;
  source: { name: string; url: string };
  attack: { techniques: string[]; tactics: string[] };
  falsepositives?: string[];
}

/** One KQL query as the converter produced it (structurally lib/sigma's KqlQuery). */
export interface ExportQuery {
  variant: string;
  table: string;
  kql: string;
  warnings: { code: string; detail: string }[];
}

export type ExportProblemCode =
  | 'NO_QUERY'
  | 'QUERY_EMPTY'
  | 'QUERY_TOO_LONG'
  | 'INVALID_RULE_ID'
  | 'INVALID_SCHEDULE'
  | 'TOO_MANY_RULES'
  | 'TEMPLATE_TOO_LARGE'
  | 'DUPLICATE_RULE'
  | 'NOT_A_TEMPLATE'
  | 'TITLE_TRUNCATED'
  | 'DESCRIPTION_TRUNCATED'
  | 'TACTIC_MAPPED'
  | 'TACTIC_ADDED'
  | 'UNKNOWN_TACTIC'
  | 'TECHNIQUE_MAPPED'
  | 'INVALID_TECHNIQUE'
  | 'NO_ENTITY_MAPPING'
  | 'ASIM_PARSER_REQUIRED'
  | 'ENTITY_MAPPING_DROPPED';

export interface ExportProblem {
  code: ExportProblemCode;
  /** A sentence an analyst can act on; shown on the page and in build output. */
  message: string;
}

/** Collecting result, as everywhere in this project: a value when one could be made, and every problem met. */
export interface ExportResult<T> {
  value?: T;
  errors: ExportProblem[];
  warnings: ExportProblem[];
}

export type SentinelSeverity = 'Informational' | 'Low' | 'Medium' | 'High';
export type TriggerOperator = 'GreaterThan' | 'LessThan' | 'Equal' | 'NotEqual';

/** Sentinel's ATT&CK tactic enum (AttackTactic in the SecurityInsights API). */
export type SentinelTactic =
  | 'Reconnaissance'
  | 'ResourceDevelopment'
  | 'InitialAccess'
  | 'Execution'
  | 'Persistence'
  | 'PrivilegeEscalation'
  | 'DefenseEvasion'
  | 'CredentialAccess'
  | 'Discovery'
  | 'LateralMovement'
  | 'Collection'
  | 'Exfiltration'
  | 'CommandAndControl'
  | 'Impact'
  | 'PreAttack'
  | 'ImpairProcessControl'
  | 'InhibitResponseFunction';

/** Entity types this export maps (a subset of Sentinel's EntityMappingType). */
export type EntityType = 'Account' | 'Host' | 'IP' | 'Process' | 'File' | 'URL' | 'DNS' | 'AzureResource';

export interface FieldMapping {
  identifier: string;
  columnName: string;
}

export interface EntityMapping {
  entityType: EntityType;
  fieldMappings: FieldMapping[];
}

export interface DataConnector {
  connectorId: string;
  dataTypes: string[];
}

/** A scheduled analytics rule, format-neutral; the ARM and YAML writers both render this one object. */
export interface SentinelRule {
  /** Lower-case GUID (the Sigma id). */
  id: string;
  displayName: string;
  description: string;
  severity: SentinelSeverity;
  enabled: boolean;
  query: string;
  /** The table or ASIM parser the query reads. */
  table: string;
  /** ISO 8601 durations. */
  queryFrequency: string;
  queryPeriod: string;
  triggerOperator: TriggerOperator;
  triggerThreshold: number;
  suppressionDuration: string;
  suppressionEnabled: boolean;
  tactics: SentinelTactic[];
  /** Parent techniques only (T####): the API rejects anything else here. */
  techniques: string[];
  /** Sub-techniques (T####.###), each with its parent also in `techniques`. */
  subTechniques: string[];
  entityMappings: EntityMapping[];
  requiredDataConnectors: DataConnector[];
  /** Template version for the Azure-Sentinel YAML (a.b.c). */
  version: string;
}

export interface ExportOptions {
  /** ISO 8601 duration; default PT1H. */
  queryFrequency?: string;
  /** ISO 8601 duration; default PT1H. */
  queryPeriod?: string;
  /** Default true. */
  enabled?: boolean;
  /** Absolute URL of this rule's page on the site, added to the description when given. */
  pageUrl?: string;
  /**
   * ATT&CK tactics (Sigma short names) of a technique ID, from the caller's ATT&CK data. When given, tactics the
   * exported techniques belong to are added. Left out, the rule's own tactic tags are exported as they are.
   */
  tacticsOf?: (techniqueId: string) => readonly string[];
}
