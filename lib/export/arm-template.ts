import { ALERT_RULES_API_VERSION, MAX_TEMPLATE_BYTES, MAX_TEMPLATE_RESOURCES } from './limits';
import type { EntityMapping, ExportProblem, ExportResult, SentinelRule } from './types';

// An ARM template in the shape Sentinel's own Analytics "Export" writes and its "Import" reads: one `workspace`
// parameter, one Microsoft.OperationalInsights/workspaces/providers/alertRules resource per rule.

export const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const ALERT_RULE_RESOURCE_TYPE = 'Microsoft.OperationalInsights/workspaces/providers/alertRules';

export interface AlertRuleResource {
  id: string;
  name: string;
  type: typeof ALERT_RULE_RESOURCE_TYPE;
  kind: 'Scheduled';
  apiVersion: string;
  properties: Record<string, unknown> & { entityMappings?: EntityMapping[] };
}

export interface ArmTemplate {
  $schema: string;
  contentVersion: '1.0.0.0';
  parameters: { workspace: { type: 'String'; metadata: { description: string } } };
  resources: AlertRuleResource[];
}

/**
 * ARM evaluates a string that starts with "[" and ends with "]" as an expression; "[[" makes it literal again.
 * After deployment the rule holds the original text.
 */
export function armLiteral(text: string): string {
  return text.startsWith('[') && text.endsWith(']') ? `[${text}` : text;
}

/** Reverses armLiteral: the value a deployed rule ends up with. */
export function armValue(text: string): string {
  return text.startsWith('[[') && text.endsWith(']') ? text.slice(1) : text;
}

export function alertRuleResource(rule: SentinelRule): AlertRuleResource {
  const properties: AlertRuleResource['properties'] = {
    displayName: armLiteral(rule.displayName),
    description: armLiteral(rule.description),
    severity: rule.severity,
    enabled: rule.enabled,
    query: armLiteral(rule.query),
    queryFrequency: rule.queryFrequency,
    queryPeriod: rule.queryPeriod,
    triggerOperator: rule.triggerOperator,
    triggerThreshold: rule.triggerThreshold,
    suppressionDuration: rule.suppressionDuration,
    suppressionEnabled: rule.suppressionEnabled,
    tactics: rule.tactics,
    techniques: rule.techniques,
    subTechniques: rule.subTechniques,
    // A custom rule, not created from a gallery template.
    alertRuleTemplateName: null,
    incidentConfiguration: {
      createIncident: true,
      groupingConfiguration: {
        enabled: false,
        reopenClosedIncident: false,
        lookbackDuration: 'PT5H',
        matchingMethod: 'AllEntities',
        groupByEntities: [],
        groupByAlertDetails: [],
        groupByCustomDetails: [],
      },
    },
    eventGroupingSettings: { aggregationKind: 'SingleAlert' },
  };
  if (rule.entityMappings.length > 0) properties.entityMappings = rule.entityMappings;
  return {
    id: `[concat(resourceId('Microsoft.OperationalInsights/workspaces/providers', parameters('workspace'), 'Microsoft.SecurityInsights'),'/alertRules/${rule.id}')]`,
    name: `[concat(parameters('workspace'),'/Microsoft.SecurityInsights/${rule.id}')]`,
    type: ALERT_RULE_RESOURCE_TYPE,
    kind: 'Scheduled',
    apiVersion: ALERT_RULES_API_VERSION,
    properties,
  };
}

function template(resources: AlertRuleResource[]): ArmTemplate {
  return {
    $schema: ARM_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: {
      workspace: {
        type: 'String',
        metadata: { description: 'Name of the Log Analytics workspace with Microsoft Sentinel.' },
      },
    },
    resources,
  };
}

/** Combines resources into one template: duplicates (same rule GUID) are kept once, ARM's limits are enforced. */
export function combineResources(resources: AlertRuleResource[]): ExportResult<ArmTemplate> {
  const errors: ExportProblem[] = [];
  const warnings: ExportProblem[] = [];
  const byName = new Map<string, AlertRuleResource>();
  for (const resource of resources) {
    if (byName.has(resource.name)) {
      warnings.push({
        code: 'DUPLICATE_RULE',
        message: `A rule appeared twice and is included once (${resource.name}).`,
      });
    } else {
      byName.set(resource.name, resource);
    }
  }
  if (byName.size > MAX_TEMPLATE_RESOURCES) {
    errors.push({
      code: 'TOO_MANY_RULES',
      message: `${byName.size} rules is more than the ${MAX_TEMPLATE_RESOURCES} resources an ARM template may hold; narrow the selection.`,
    });
    return { errors, warnings };
  }
  const value = template([...byName.values()]);
  const bytes = new TextEncoder().encode(serializeArmTemplate(value)).length;
  if (bytes > MAX_TEMPLATE_BYTES) {
    errors.push({
      code: 'TEMPLATE_TOO_LARGE',
      message: `The template would be ${(bytes / 1048576).toFixed(1)} MB; ARM accepts at most 4 MB. Narrow the selection.`,
    });
    return { errors, warnings };
  }
  return { value, errors, warnings };
}

/** One ARM template holding every given rule (one rule is just the smallest bulk). */
export function buildArmTemplate(rules: SentinelRule[]): ExportResult<ArmTemplate> {
  return combineResources(rules.map(alertRuleResource));
}

/** Merges templates this module wrote (e.g. downloaded per-rule files) into one; anything else is refused. */
export function mergeArmTemplates(templates: unknown[]): ExportResult<ArmTemplate> {
  const resources: AlertRuleResource[] = [];
  for (const candidate of templates) {
    const list = (candidate as Partial<ArmTemplate> | null)?.resources;
    if (
      !Array.isArray(list) ||
      !list.every((r) => r?.type === ALERT_RULE_RESOURCE_TYPE && typeof r.name === 'string')
    ) {
      return {
        errors: [
          {
            code: 'NOT_A_TEMPLATE',
            message: 'A downloaded rule template was not a Sentinel analytics rule template.',
          },
        ],
        warnings: [],
      };
    }
    resources.push(...list);
  }
  return combineResources(resources);
}

export function serializeArmTemplate(value: ArmTemplate): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
