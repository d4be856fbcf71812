// Limits the export must respect, with where each comes from. Sources: the SecurityInsights alertRules API
// (2023-12-01-preview), Microsoft Sentinel service limits, and the Azure-Sentinel repository's template
// validation (which is stricter in places; we meet the stricter of the two so both YAML and ARM stay valid).

/** The API version that has `subTechniques` on Scheduled rules (the portal's own Export uses it too). */
export const ALERT_RULES_API_VERSION = '2023-12-01-preview';

/** Query length accepted for a scheduled rule (Azure-Sentinel template validation: 1..10,000 characters). */
export const MAX_QUERY_LENGTH = 10_000;
/** Rule name / displayName (template validation: 256). */
export const MAX_DISPLAY_NAME_LENGTH = 256;
/** Description (template validation: 5,000). */
export const MAX_DESCRIPTION_LENGTH = 5_000;
/** Entity mappings per rule: the service allows 10, the repository's validation 5. */
export const MAX_ENTITY_MAPPINGS = 5;
/** Identifiers per entity mapping. */
export const MAX_FIELD_MAPPINGS = 3;
/** queryFrequency and queryPeriod range, in minutes (5 minutes to 14 days). */
export const MIN_SCHEDULE_MINUTES = 5;
export const MAX_SCHEDULE_MINUTES = 14 * 24 * 60;
/** Azure Resource Manager: at most 800 resources and 4 MB per template. */
export const MAX_TEMPLATE_RESOURCES = 800;
export const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

export const DEFAULT_QUERY_FREQUENCY = 'PT1H';
export const DEFAULT_QUERY_PERIOD = 'PT1H';
/** Required by the API even with suppression off. */
export const DEFAULT_SUPPRESSION_DURATION = 'PT1H';
