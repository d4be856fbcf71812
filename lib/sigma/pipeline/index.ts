// Pipeline: log source routing and field mappings, as data.
export { routeLogsource } from './route';
export type { FieldMapping, PipelineNote, Route, SourceFilter, TableTarget } from './types';
