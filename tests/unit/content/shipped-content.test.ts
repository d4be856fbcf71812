import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';

const SLUG = 'communication-to-localtonet-tunneling-service-initiated-linux';
const SEED = '../shared/sigma/rules/linux/network_connection/net_connection_lnx_domain_localtonet_tunnel.yml';

describe('the shipped content', () => {
  const { rules, problems } = loadContent('content/rules');
  const rule = rules.find((r) => r.slug === SLUG);

  it('loads without problems', () => {
    expect(problems).toEqual([]);
    expect(rule).toBeDefined();
  });

  it('carries the corrected LocaltoNet KQL (Outbound, not =~ "true")', () => {
    expect(rule?.conversion.status).toBe('ok');
    expect(rule?.conversion.queries[0]?.kql).toBe(
      'imNetworkSession\n| where (DstHostname endswith ".localto.net" or DstHostname endswith ".localtonet.com") and NetworkDirection == "Outbound"',
    );
    expect(rule?.conversion.queries[0]?.table).toBe('imNetworkSession');
  });

  it('keeps the author, licence and source of the original', () => {
    expect(rule).toMatchObject({ author: 'Andreas Braathen (mnemonic.io)', license: 'DRL-1.1' });
    expect(rule?.source.url).toMatch(/^https:\/\/github\.com\/SigmaHQ\/sigma\/blob\/master\/rules\/linux\//);
  });

  it.skipIf(!existsSync(SEED))('ships the Sigma YAML byte for byte as upstream', () => {
    expect(rule?.sigma).toBe(readFileSync(SEED, 'utf8'));
  });
});
