import { readFileSync } from 'node:fs';

// The shipped example rule, as the e2e tests expect to find it.
export const EXAMPLE = {
  slug: 'communication-to-localtonet-tunneling-service-initiated-linux',
  id: 'c4568f5d-131f-4e78-83d4-45b2da0ec4f1',
  title: 'Communication To LocaltoNet Tunneling Service Initiated - Linux',
  kql: 'imNetworkSession\n| where (DstHostname endswith ".localto.net" or DstHostname endswith ".localtonet.com") and NetworkDirection == "Outbound"',
  sigmaUrl:
    'https://github.com/SigmaHQ/sigma/blob/master/rules/linux/network_connection/net_connection_lnx_domain_localtonet_tunnel.yml',
  sigma: () =>
    readFileSync('content/rules/communication-to-localtonet-tunneling-service-initiated-linux.yml', 'utf8'),
};

export const rulePath = (slug: string) => `/rules/${slug}/`;
