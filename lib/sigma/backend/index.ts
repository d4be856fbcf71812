// KQL backend: IR → Microsoft Sentinel queries.
export { convertToKql, internalError } from './convert';
export { kql, type KqlConfig } from './kql-config';
export { kqlSchema, columnType, type KustoType, type SchemaTable } from './schema';
export type { ConversionReason, ConversionResult, ConversionStatus, KqlQuery } from './types';
