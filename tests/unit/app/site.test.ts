import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, siteOrigin } from '../../../components/site';

// SITE_URL is where the export is served: canonical links, the sitemap and the feeds are absolute URLs on it.
describe('siteOrigin', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    [undefined, 'http://localhost:3000'],
    ['https://soc.example.org', 'https://soc.example.org'],
    ['https://soc.example.org/', 'https://soc.example.org'],
  ])('SITE_URL=%s gives %s', (value, origin) => {
    vi.stubEnv('SITE_URL', value);
    expect(siteOrigin()).toBe(origin);
    expect(absoluteUrl('/coverage/')).toBe(`${origin}/coverage/`);
  });

  it.each(['not-a-url', 'soc.example.org', 'ftp://soc.example.org', 'javascript:alert(1)'])(
    'refuses SITE_URL=%s, naming the variable',
    (value) => {
      vi.stubEnv('SITE_URL', value);
      expect(() => siteOrigin()).toThrow(/SITE_URL must be an absolute http\(s\) URL/);
    },
  );
});
