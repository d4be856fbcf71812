import { describe, expect, it } from 'vitest';
import { assignSlugs, confidenceOf, slugFromTitle } from '@/lib/importer';

describe('slugFromTitle', () => {
  it.each([
    [
      'Communication To LocaltoNet Tunneling Service Initiated - Linux',
      'communication-to-localtonet-tunneling-service-initiated-linux',
    ],
    ['Suspicious Download Via Certutil.EXE', 'suspicious-download-via-certutil-exe'],
    ['HackTool - Mimikatz Execution', 'hacktool-mimikatz-execution'],
    [
      'Potential Credential Dumping Via LSASS Process Clone & Handle',
      'potential-credential-dumping-via-lsass-process-clone-and-handle',
    ],
    ["Windows Defender's Exclusion Added", 'windows-defenders-exclusion-added'],
    ['Café Überwachung', 'cafe-uberwachung'],
    ['<b>!!!</b>', 'b-b'],
    ['???', 'rule'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary within 80 characters', () => {
    const slug = slugFromTitle('word '.repeat(40) + 'end');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('assignSlugs', () => {
  const a = { id: 'aaaaaaaa-1111-4111-8111-111111111111', title: 'Same Title', path: 'rules/b.yml' };
  const b = { id: 'bbbbbbbb-2222-4222-8222-222222222222', title: 'Same Title', path: 'rules/a.yml' };
  const c = { id: 'cccccccc-3333-4333-8333-333333333333', title: 'Other', path: 'rules/c.yml' };

  it('is unique and does not depend on read order', () => {
    const one = assignSlugs([a, b, c]);
    const two = assignSlugs([c, b, a]);
    expect([...one].sort()).toEqual([...two].sort());
    expect(one.get(b.id)).toBe('same-title');
    expect(one.get(a.id)).toBe('same-title-aaaaaaaa');
    expect(one.get(c.id)).toBe('other');
  });

  it('keeps the slug a rule already has, and gives way to it', () => {
    const slugs = assignSlugs([b, { ...a, existing: 'same-title' }]);
    expect(slugs.get(a.id)).toBe('same-title');
    expect(slugs.get(b.id)).toBe('same-title-bbbbbbbb');
  });

  it('never reuses a slug of content outside this import', () => {
    const slugs = assignSlugs([c], ['other']);
    expect(slugs.get(c.id)).toBe('other-cccccccc');
  });
});

describe('confidenceOf', () => {
  it.each([
    ['stable', 'critical', 'high'],
    ['stable', 'high', 'high'],
    ['stable', 'medium', 'high'],
    ['stable', 'low', 'medium'],
    ['stable', 'informational', 'medium'],
    ['test', 'critical', 'medium'],
    ['test', 'high', 'medium'],
    ['test', 'medium', 'medium'],
    ['test', 'low', 'low'],
    ['experimental', 'critical', 'low'],
    ['deprecated', 'high', 'low'],
    ['unsupported', 'high', 'low'],
  ])('status %s, level %s → %s', (status, level, expected) => {
    expect(confidenceOf(status, level)).toBe(expected);
  });
});
