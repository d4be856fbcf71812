// Shared test data: the shared v18.1 bundle (read from ../shared, never copied) and a tiny synthetic bundle that
// has what the shared one lacks (revoked-by relationships, groups, software, a collection object).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED_BUNDLE = path.resolve(__dirname, '../../../../shared/attack/enterprise-attack.json');
export const hasSharedBundle = existsSync(SHARED_BUNDLE);

let cached: unknown;
export function sharedBundle(): { objects: Record<string, unknown>[] } {
  cached ??= JSON.parse(readFileSync(SHARED_BUNDLE, 'utf8'));
  return cached as { objects: Record<string, unknown>[] };
}

const ref = (id: string) => [
  { source_name: 'mitre-attack', external_id: id, url: 'https://attack.mitre.org/' },
];

export function syntheticBundle(version = '18.1') {
  const tactic = (stix: string, id: string, shortName: string, name: string) => ({
    type: 'x-mitre-tactic',
    id: stix,
    name,
    x_mitre_shortname: shortName,
    external_references: ref(id),
  });
  const pattern = (
    stix: string,
    id: string,
    name: string,
    phases: string[],
    extra: Record<string, unknown> = {},
  ) => ({
    type: 'attack-pattern',
    id: stix,
    name,
    external_references: ref(id),
    x_mitre_platforms: ['Windows'],
    x_mitre_is_subtechnique: id.includes('.'),
    kill_chain_phases: phases.map((p) => ({ kill_chain_name: 'mitre-attack', phase_name: p })),
    ...extra,
  });
  return {
    type: 'bundle',
    id: 'bundle--1',
    objects: [
      { type: 'x-mitre-collection', id: 'x-mitre-collection--1', x_mitre_version: version },
      {
        type: 'marking-definition',
        id: 'marking-definition--1',
        definition: { statement: 'Copyright 2015-2025, The MITRE Corporation.' },
      },
      {
        type: 'x-mitre-matrix',
        id: 'x-mitre-matrix--1',
        external_references: ref('enterprise-attack'),
        tactic_refs: ['x-mitre-tactic--b', 'x-mitre-tactic--a'],
      },
      tactic('x-mitre-tactic--a', 'TA0002', 'execution', 'Execution'),
      tactic('x-mitre-tactic--b', 'TA0001', 'initial-access', 'Initial Access'),
      pattern('attack-pattern--1', 'T1059', 'Command and Scripting Interpreter', ['execution']),
      pattern('attack-pattern--2', 'T1059.001', 'PowerShell', ['execution']),
      pattern('attack-pattern--3', 'T1086', 'PowerShell', ['execution'], { revoked: true }),
      pattern('attack-pattern--4', 'T1064', 'Scripting', ['execution'], { x_mitre_deprecated: true }),
      pattern('attack-pattern--5', 'T1078', 'Valid Accounts', ['initial-access', 'execution']),
      pattern('attack-pattern--6', 'T1500', 'Old Chain Start', ['execution'], { revoked: true }),
      pattern('attack-pattern--7', 'T1501', 'Old Chain Middle', ['execution'], { revoked: true }),
      pattern('attack-pattern--8', 'T1000', 'Loop A', ['execution'], { revoked: true }),
      pattern('attack-pattern--9', 'T1001', 'Loop B', ['execution'], { revoked: true }),
      {
        type: 'relationship',
        id: 'relationship--1',
        relationship_type: 'revoked-by',
        source_ref: 'attack-pattern--3',
        target_ref: 'attack-pattern--2',
      },
      {
        type: 'relationship',
        id: 'relationship--2',
        relationship_type: 'revoked-by',
        source_ref: 'attack-pattern--6',
        target_ref: 'attack-pattern--7',
      },
      {
        type: 'relationship',
        id: 'relationship--3',
        relationship_type: 'revoked-by',
        source_ref: 'attack-pattern--7',
        target_ref: 'attack-pattern--5',
      },
      {
        type: 'relationship',
        id: 'relationship--4',
        relationship_type: 'revoked-by',
        source_ref: 'attack-pattern--8',
        target_ref: 'attack-pattern--9',
      },
      {
        type: 'relationship',
        id: 'relationship--5',
        relationship_type: 'revoked-by',
        source_ref: 'attack-pattern--9',
        target_ref: 'attack-pattern--8',
      },
      { type: 'intrusion-set', id: 'intrusion-set--1', name: 'APT28', external_references: ref('G0007') },
      {
        type: 'intrusion-set',
        id: 'intrusion-set--2',
        name: 'Old Group',
        external_references: ref('G0001'),
        revoked: true,
      },
      {
        type: 'relationship',
        id: 'relationship--6',
        relationship_type: 'revoked-by',
        source_ref: 'intrusion-set--2',
        target_ref: 'intrusion-set--1',
      },
      { type: 'tool', id: 'tool--1', name: 'Mimikatz', external_references: ref('S0002') },
      {
        type: 'malware',
        id: 'malware--1',
        name: 'Old Malware',
        external_references: ref('S0003'),
        x_mitre_deprecated: true,
      },
    ],
  };
}
