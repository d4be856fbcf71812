import type { EntityType } from './types';

// Sentinel's identifiers per entity type, and which of them identify the entity on their own (a mapping needs at
// least one of those). Facts from the Sentinel entity reference and the Azure-Sentinel template validation.
export const ENTITY_IDENTIFIERS: Readonly<
  Record<EntityType, { all: readonly string[]; sufficient: readonly string[] }>
> = {
  Account: {
    all: [
      'Name',
      'FullName',
      'NTDomain',
      'DnsDomain',
      'UPNSuffix',
      'Sid',
      'AadTenantId',
      'AadUserId',
      'PUID',
      'IsDomainJoined',
      'DisplayName',
      'ObjectGuid',
    ],
    sufficient: ['FullName', 'Sid', 'Name', 'AadUserId', 'PUID', 'ObjectGuid'],
  },
  Host: {
    all: [
      'DnsDomain',
      'NTDomain',
      'HostName',
      'FullName',
      'NetBiosName',
      'AzureID',
      'OMSAgentID',
      'OSFamily',
      'OSVersion',
      'IsDomainJoined',
    ],
    sufficient: ['FullName', 'HostName', 'NetBiosName', 'AzureID', 'OMSAgentID'],
  },
  IP: { all: ['Address'], sufficient: ['Address'] },
  Process: {
    all: ['ProcessId', 'CommandLine', 'ElevationToken', 'CreationTimeUtc'],
    sufficient: ['CommandLine', 'ProcessId'],
  },
  File: { all: ['Directory', 'Name'], sufficient: ['Name'] },
  URL: { all: ['Url'], sufficient: ['Url'] },
  DNS: { all: ['DomainName'], sufficient: ['DomainName'] },
  AzureResource: { all: ['ResourceId'], sufficient: ['ResourceId'] },
};
