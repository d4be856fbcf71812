// KQL backend: IR → Microsoft Sentinel queries.
export { convertToKql, internalError } from './convert';
export { kql, type KqlConfig } from './kql-config';
export { limitQueryLength, MAX_KQL_LENGTH, queryTooLong } from './query-length';
export { kqlSchema, columnType, type KustoType, type SchemaTable } from './schema';
export type { ConversionReason, ConversionResult, ConversionStatus, KqlQuery } from './types';
