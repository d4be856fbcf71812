// Defender XDR advanced-hunting tables (Device*), offered as a second query beside the primary one.
// MDE paths (FolderPath) include the file name, like Sysmon's Image.
import { REGISTRY_EVENT_TYPES, TYPED_DATA, registryPath } from './asim-endpoint';
import type { FieldMapping, TableTarget } from './types';

const VARIANT = 'Defender XDR';

/** The process that performed the action (file, registry, network and image-load events). */
const INITIATING: Record<string, FieldMapping> = {
  Image: { column: 'InitiatingProcessFolderPath' },
  CommandLine: { column: 'InitiatingProcessCommandLine' },
  ProcessId: { column: 'InitiatingProcessId' },
};

const deviceProcess: TableTarget = {
  variant: VARIANT,
  table: 'DeviceProcessEvents',
  filters: [],
  fields: {
    Image: { column: 'FolderPath' },
    CommandLine: { column: 'ProcessCommandLine' },
    OriginalFileName: { column: 'ProcessVersionInfoOriginalFileName' },
    Description: { column: 'ProcessVersionInfoFileDescription' },
    Product: { column: 'ProcessVersionInfoProductName' },
    Company: { column: 'ProcessVersionInfoCompanyName' },
    IntegrityLevel: { column: 'ProcessIntegrityLevel' },
    ProcessId: { column: 'ProcessId' },
    ParentImage: { column: 'InitiatingProcessFolderPath' },
    ParentCommandLine: { column: 'InitiatingProcessCommandLine' },
    ParentProcessId: { column: 'InitiatingProcessId' },
    md5: { column: 'MD5' },
    sha1: { column: 'SHA1' },
    sha256: { column: 'SHA256' },
  },
};

const deviceFile = (actions: string[]): TableTarget => ({
  variant: VARIANT,
  table: 'DeviceFileEvents',
  filters: [{ column: 'ActionType', values: actions }],
  fields: { TargetFilename: { column: 'FolderPath' }, ...INITIATING },
});

const REGISTRY_ACTIONS: Record<string, string[]> = {
  registry_set: ['RegistryValueSet'],
  registry_add: ['RegistryKeyCreated'],
  registry_delete: ['RegistryKeyDeleted', 'RegistryValueDeleted'],
  registry_event: [],
};

const deviceRegistry = (actions: string[]): TableTarget => ({
  variant: VARIANT,
  table: 'DeviceRegistryEvents',
  filters: actions.length ? [{ column: 'ActionType', values: actions }] : [],
  fields: {
    TargetObject: registryPath('RegistryKey', 'RegistryValueName'),
    Details: { column: 'RegistryValueData', rejectValues: TYPED_DATA },
    EventType: { column: 'ActionType', values: REGISTRY_EVENT_TYPES },
    ...INITIATING,
  },
  controlSetAlternatives: true,
});

const deviceImageLoad: TableTarget = {
  variant: VARIANT,
  table: 'DeviceImageLoadEvents',
  filters: [],
  fields: { ImageLoaded: { column: 'FolderPath' }, ...INITIATING },
};

/** Defender XDR variant per Sigma category (Windows endpoint categories only). */
export const DEFENDER_TARGETS: Readonly<Record<string, TableTarget>> = {
  process_creation: deviceProcess,
  file_event: deviceFile(['FileCreated']),
  file_delete: deviceFile(['FileDeleted']),
  file_rename: deviceFile(['FileRenamed']),
  image_load: deviceImageLoad,
  ...Object.fromEntries(
    Object.entries(REGISTRY_ACTIONS).map(([cat, actions]) => [cat, deviceRegistry(actions)]),
  ),
};
