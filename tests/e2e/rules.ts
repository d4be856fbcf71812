import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

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

/**
 * Starts summing the page's layout shifts (those not caused by input) before it loads; the returned function reads
 * the sum so far. Call before page.goto.
 */
export async function watchLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}

/**
 * Collects the page's uncaught errors and console errors and warnings from now on (React reports a hydration
 * mismatch there); the array fills as they come. Call before page.goto.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  return errors;
}
