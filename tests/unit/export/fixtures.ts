import type { ConversionLike, ExportQuery, ExportableRule } from '@/lib/export';

// A rule shaped like the repository's LocaltoNet example, and helpers to vary it per test case.

export const RULE: ExportableRule = {
  id: 'c4568f5d-131f-4e78-83d4-45b2da0ec4f1',
  title: 'Communication To LocaltoNet Tunneling Service Initiated - Linux',
  description: 'Detects an executable initiating a network connection to "LocaltoNet" tunneling sub-domains.',
  author: 'Andreas Braathen (mnemonic.io)',
  level: 'high',
  license: 'DRL-1.1',
  source: {
    name: 'SigmaHQ',
    url: 'https://github.com/SigmaHQ/sigma/blob/master/rules/linux/network_connection/net_connection_lnx_domain_localtonet_tunnel.yml',
  },
  attack: { techniques: ['T1572', 'T1090', 'T1102'], tactics: ['command-and-control'] },
  falsepositives: ['Legitimate use of the LocaltoNet service.'],
};

export const QUERY: ExportQuery = {
  variant: 'ASIM',
  table: 'imNetworkSession',
  kql: 'imNetworkSession\n| where (DstHostname endswith ".localto.net" or DstHostname endswith ".localtonet.com") and NetworkDirection == "Outbound"',
  warnings: [],
};

export function rule(overrides: Partial<ExportableRule> = {}): ExportableRule {
  return { ...RULE, ...overrides, attack: { ...RULE.attack, ...overrides.attack } };
}

export function query(overrides: Partial<ExportQuery> = {}): ExportQuery {
  return { ...QUERY, ...overrides };
}

export function conversion(q: ExportQuery = QUERY): ConversionLike {
  return { status: 'ok', queries: [q], reasons: [] };
}

export const UNSUPPORTED: ConversionLike = {
  status: 'unsupported',
  queries: [],
  reasons: [{ code: 'UNMAPPED_FIELD', detail: 'AccessMask in imRegistry' }],
};
