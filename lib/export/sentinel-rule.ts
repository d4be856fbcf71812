import { completeTactics, sentinelTactics, sentinelTechniques } from './attack-mapping';
import { dataConnectorsFor } from './data-connectors';
import { describe, displayName } from './describe';
import { durationMinutes } from './durations';
import { ENTITY_IDENTIFIERS } from './entity-identifiers';
import { entityMappingsFor } from './entity-mappings';
import { formatCount } from '../format';
import {
  DEFAULT_QUERY_FREQUENCY,
  DEFAULT_QUERY_PERIOD,
  DEFAULT_SUPPRESSION_DURATION,
  MAX_ENTITY_MAPPINGS,
  MAX_QUERY_LENGTH,
  MAX_SCHEDULE_MINUTES,
  MIN_SCHEDULE_MINUTES,
} from './limits';
import { columnSurvives, outputColumns } from './query-columns';
import type {
  EntityMapping,
  ExportOptions,
  ExportProblem,
  ExportQuery,
  ExportResult,
  ExportableRule,
  Level,
  SentinelRule,
  SentinelSeverity,
} from './types';

const SEVERITY: Record<Level, SentinelSeverity> = {
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  // Sentinel has no Critical.
  critical: 'High',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The subset of lib/sigma's ConversionResult the export reads. */
export interface ConversionLike {
  status: 'ok' | 'unsupported' | 'error';
  queries: ExportQuery[];
  reasons: { code: string; detail: string }[];
}

/** The query every download uses: the primary (first) one. The KQL tab shows the same object's text. */
export function exportQuery(conversion: ConversionLike): ExportQuery | undefined {
  return conversion.status === 'ok' ? conversion.queries[0] : undefined;
}

function scheduleProblems(frequency: string, period: string): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const f = durationMinutes(frequency);
  const p = durationMinutes(period);
  for (const [name, value, minutes] of [
    ['queryFrequency', frequency, f],
    ['queryPeriod', period, p],
  ] as const) {
    if (minutes === undefined || minutes < MIN_SCHEDULE_MINUTES || minutes > MAX_SCHEDULE_MINUTES) {
      problems.push({
        code: 'INVALID_SCHEDULE',
        message: `${name} "${value}" must be an ISO 8601 duration from PT5M to P14D.`,
      });
    }
  }
  if (f !== undefined && p !== undefined && p < f) {
    problems.push({ code: 'INVALID_SCHEDULE', message: 'queryPeriod must be at least queryFrequency.' });
  }
  return problems;
}

// Sentinel builds in the _Im_* unifying ASIM parsers; the im* names are the workspace-deployed versions, which an
// import can only resolve once they are deployed (from the Azure-Sentinel repository).
const BUILT_IN_ASIM: Readonly<Record<string, string>> = {
  imProcessCreate: '_Im_ProcessCreate',
  imFileEvent: '_Im_FileEvent',
  imRegistry: '_Im_RegistryEvent',
  imNetworkSession: '_Im_NetworkSession',
  imWebSession: '_Im_WebSession',
  imAuthentication: '_Im_Authentication',
  imAuditEvent: '_Im_AuditEvent',
  imDns: '_Im_Dns',
};

export function asimParserNote(table: string): string | undefined {
  const builtIn = BUILT_IN_ASIM[table];
  return builtIn
    ? `The query reads ${table}, a workspace-deployed ASIM parser: deploy the ASIM parsers to the workspace before importing (Sentinel's built-in equivalent is ${builtIn}).`
    : undefined;
}

/** Entity mappings for the query's table, keeping only those whose columns the query returns. */
function mappingsFor(query: ExportQuery, warnings: ExportProblem[]): EntityMapping[] {
  const candidates = entityMappingsFor(query.table);
  if (candidates.length === 0) {
    warnings.push({
      code: 'NO_ENTITY_MAPPING',
      message: `${query.table} has no columns this export maps to entities.`,
    });
    return [];
  }
  const columns = outputColumns(query.kql, query.table);
  if (columns.kind === 'unknown') {
    warnings.push({
      code: 'ENTITY_MAPPING_DROPPED',
      message: `No entity mappings: the output columns could not be determined (${columns.reason}).`,
    });
    return [];
  }
  const kept: EntityMapping[] = [];
  for (const mapping of candidates) {
    const fieldMappings = mapping.fieldMappings.filter((field) => columnSurvives(columns, field.columnName));
    const sufficient = ENTITY_IDENTIFIERS[mapping.entityType].sufficient;
    if (fieldMappings.some((field) => sufficient.includes(field.identifier))) {
      kept.push({ entityType: mapping.entityType, fieldMappings });
    } else {
      warnings.push({
        code: 'ENTITY_MAPPING_DROPPED',
        message: `No ${mapping.entityType} mapping: the query does not return ${mapping.fieldMappings.map((f) => f.columnName).join(', ')}.`,
      });
    }
  }
  return kept.slice(0, MAX_ENTITY_MAPPINGS);
}

/**
 * A Sentinel scheduled analytics rule for one rule and its checked query, or the reasons there is none.
 * Never throws on content: every problem is returned.
 */
export function buildSentinelRule(
  rule: ExportableRule,
  query: ExportQuery | undefined,
  options: ExportOptions = {},
): ExportResult<SentinelRule> {
  const errors: ExportProblem[] = [];
  const warnings: ExportProblem[] = [];
  if (!GUID.test(rule.id)) {
    errors.push({
      code: 'INVALID_RULE_ID',
      message: `The rule id "${rule.id}" is not a GUID, which Sentinel needs as the rule's name.`,
    });
  }
  if (!query) {
    errors.push({
      code: 'NO_QUERY',
      message: 'There is no checked KQL query for this rule, so there is nothing to export.',
    });
  } else if (query.kql.trim().length === 0) {
    errors.push({ code: 'QUERY_EMPTY', message: 'The KQL query is empty.' });
  } else if (query.kql.length > MAX_QUERY_LENGTH) {
    errors.push({
      code: 'QUERY_TOO_LONG',
      message: `The query is ${formatCount(query.kql.length)} characters; Sentinel analytics rules take at most ${formatCount(MAX_QUERY_LENGTH)}.`,
    });
  }
  const queryFrequency = options.queryFrequency ?? DEFAULT_QUERY_FREQUENCY;
  const queryPeriod = options.queryPeriod ?? DEFAULT_QUERY_PERIOD;
  errors.push(...scheduleProblems(queryFrequency, queryPeriod));
  if (errors.length > 0 || !query) return { errors, warnings };

  const asimNote = asimParserNote(query.table);
  if (asimNote) warnings.push({ code: 'ASIM_PARSER_REQUIRED', message: asimNote });
  const { techniques, subTechniques } = sentinelTechniques(rule.attack.techniques, warnings);
  const tagged = sentinelTactics(rule.attack.tactics, warnings);
  const tactics = options.tacticsOf
    ? completeTactics(tagged, [...techniques, ...subTechniques], options.tacticsOf, warnings)
    : tagged;
  const value: SentinelRule = {
    id: rule.id.toLowerCase(),
    displayName: displayName(rule, warnings),
    description: describe(rule, query, options.pageUrl, warnings, asimNote),
    severity: SEVERITY[rule.level],
    enabled: options.enabled ?? true,
    // Byte-for-byte the converter's text: the KQL tab, the .kql download and both templates show the same query.
    query: query.kql,
    table: query.table,
    queryFrequency,
    queryPeriod,
    triggerOperator: 'GreaterThan',
    triggerThreshold: 0,
    suppressionDuration: DEFAULT_SUPPRESSION_DURATION,
    suppressionEnabled: false,
    tactics,
    techniques,
    subTechniques,
    entityMappings: mappingsFor(query, warnings),
    requiredDataConnectors: dataConnectorsFor(query.table),
    version: '1.0.0',
  };
  return { value, errors, warnings };
}
