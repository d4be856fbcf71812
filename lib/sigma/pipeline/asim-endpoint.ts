// ASIM parsers for endpoint events: process creation, file and registry activity.
// Sigma field names follow Sysmon; the columns are the ASIM schema's.
import type { FieldMapping, TableTarget } from './types';

export const asimProcessCreate: TableTarget = {
  variant: 'ASIM',
  table: 'imProcessCreate',
  filters: [],
  fields: {
    Image: { column: 'TargetProcessName' },
    CommandLine: { column: 'TargetProcessCommandLine' },
    OriginalFileName: { column: 'TargetProcessFileOriginalName' },
    Description: { column: 'TargetProcessFileDescription' },
    Product: { column: 'TargetProcessFileProduct' },
    Company: { column: 'TargetProcessFileCompany' },
    FileVersion: { column: 'TargetProcessFileVersion' },
    IntegrityLevel: { column: 'TargetProcessIntegrityLevel' },
    CurrentDirectory: { column: 'TargetProcessCurrentDirectory' },
    ProcessId: { column: 'TargetProcessId' },
    ProcessGuid: { column: 'TargetProcessGuid' },
    User: { column: 'TargetUsername' },
    // In ASIM the acting process is the one that created the target: Sysmon's parent.
    ParentImage: { column: 'ActingProcessName' },
    ParentCommandLine: { column: 'ActingProcessCommandLine' },
    ParentProcessId: { column: 'ActingProcessId' },
    ParentProcessGuid: { column: 'ActingProcessGuid' },
    ParentUser: { column: 'ActorUsername' },
    md5: { column: 'TargetProcessMD5' },
    sha1: { column: 'TargetProcessSHA1' },
    sha256: { column: 'TargetProcessSHA256' },
    Imphash: { column: 'TargetProcessIMPHASH' },
  },
};

/** Sysmon file events carry the acting process; the file is the target. */
const FILE_FIELDS: Record<string, FieldMapping> = {
  TargetFilename: { column: 'TargetFilePath' },
  Image: { column: 'ActingProcessName' },
  CommandLine: { column: 'ActingProcessCommandLine' },
  ProcessId: { column: 'ActingProcessId' },
  ProcessGuid: { column: 'ActingProcessGuid' },
  User: { column: 'ActorUsername' },
};

const fileTarget = (
  eventTypes: string[],
  fields: Record<string, FieldMapping> = FILE_FIELDS,
): TableTarget => ({
  variant: 'ASIM',
  table: 'imFileEvent',
  filters: [{ column: 'EventType', values: eventTypes }],
  fields,
});

export const ASIM_FILE: Readonly<Record<string, TableTarget>> = {
  file_event: fileTarget(['FileCreated']),
  file_delete: fileTarget(['FileDeleted']),
  file_rename: fileTarget(['FileRenamed'], {
    ...FILE_FIELDS,
    SourceFilename: { column: 'SrcFilePath' },
  }),
  // Sigma's file_access events name the file FileName (a full path).
  file_access: fileTarget(['FileAccessed'], { ...FILE_FIELDS, FileName: { column: 'TargetFilePath' } }),
};

/** Registry value data that Sysmon prints with a type prefix (DWORD (0x00000001)) is stored differently elsewhere. */
const TYPED_DATA = {
  pattern: '^(DWORD|QWORD) \\(|^Binary Data|^\\(Empty\\)$',
  why: 'typed registry data (DWORD (0x...), Binary Data) is stored in another format',
};

/** Sysmon's TargetObject is the key for key events and key\value for value events. */
const registryPath = (key: string, value: string): FieldMapping => ({
  column: 'RegistryPath',
  compute: `iff(isempty(${value}), ${key}, strcat(${key}, @"\\", ${value}))`,
  registry: 'long-roots',
  // Sysmon names the unnamed value "(Default)"; other sources leave the value name empty.
  rejectValues: {
    pattern: '\\\\\\(Default\\)$',
    why: 'the default value is named differently outside Sysmon',
  },
});

/** Sysmon EventType values → ASIM registry event types. */
const REGISTRY_EVENT_TYPES: Record<string, string> = {
  createkey: 'RegistryKeyCreated',
  deletekey: 'RegistryKeyDeleted',
  deletevalue: 'RegistryValueDeleted',
  setvalue: 'RegistryValueSet',
  renamekey: 'RegistryKeyRenamed',
};

const registryTarget = (eventTypes: string[]): TableTarget => ({
  variant: 'ASIM',
  table: 'imRegistry',
  filters: eventTypes.length ? [{ column: 'EventType', values: eventTypes }] : [],
  fields: {
    TargetObject: registryPath('RegistryKey', 'RegistryValue'),
    Details: { column: 'RegistryValueData', rejectValues: TYPED_DATA },
    EventType: { column: 'EventType', values: REGISTRY_EVENT_TYPES },
    Image: { column: 'ActingProcessName' },
    ProcessId: { column: 'ActingProcessId' },
    ProcessGuid: { column: 'ActingProcessGuid' },
    User: { column: 'ActorUsername' },
  },
  controlSetAlternatives: true,
});

export const ASIM_REGISTRY: Readonly<Record<string, TableTarget>> = {
  registry_set: registryTarget(['RegistryValueSet']),
  registry_add: registryTarget(['RegistryKeyCreated']),
  registry_delete: registryTarget(['RegistryKeyDeleted', 'RegistryValueDeleted']),
  registry_event: registryTarget([]),
};

export { REGISTRY_EVENT_TYPES, TYPED_DATA, registryPath };
