import { describe, expect, it } from 'vitest';
import { buildSearchIndex, compactValues, decodeEntries, slugify } from '@/lib/search';
import { detectionValuesOf } from '@/lib/sigma';
import { SOURCES } from './sources';

const RULE = `title: Test Rule
id: 5b3a8a0c-0000-4000-8000-000000000001
status: test
description: A test.
author: SOC Feed tests
date: 2024-01-01
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\certutil.exe'
    CommandLine|contains|all:
      - 'urlcache'
      - ' -f '
  filter:
    ParentImage|startswith: 'C:\\Program Files\\'
  condition: selection and not filter
level: high
`;

describe('detection values', () => {
  it('collects every literal of the lowered rule and the raw detection', () => {
    const values = detectionValuesOf(RULE);
    expect(values).toEqual(
      expect.arrayContaining(['\\certutil.exe', 'urlcache', ' -f ', 'C:\\Program Files\\']),
    );
    expect(values).not.toContain('selection and not filter');
  });

  it('keeps values as written next to the encoded ones a base64 modifier produces', () => {
    const rule = RULE.replace('CommandLine|contains|all:', 'CommandLine|base64offset|contains:');
    const values = detectionValuesOf(rule);
    expect(values).toEqual(expect.arrayContaining(["'urlcache'", "'\\certutil.exe'"]));
    expect(values.some((v) => /^[A-Za-z0-9+/]{6,}$/.test(v))).toBe(true);
  });

  it('gives nothing for text that is not a Sigma rule', () => {
    expect(detectionValuesOf(': : :\n  - [')).toEqual([]);
  });
});

describe('compact values', () => {
  it('keeps distinct lower-case chunks, drops hashes, numbers and words already indexed', () => {
    const values = [
      '\\Certutil.exe',
      'MD5=c996d7971c49252c582171d9380360f2',
      '4625',
      'C:\\Windows\\Temp\\',
      'x',
    ];
    expect(compactValues(values, 'Windows rule')).toBe('certutil.exe md5 temp');
  });
});

describe('index file', () => {
  const file = buildSearchIndex(SOURCES, (id) => (id === 'T1003' ? 'OS Credential Dumping' : undefined));

  it('round-trips every rule through the columns', () => {
    const entries = decodeEntries(file);
    expect(entries).toHaveLength(SOURCES.length);
    entries.forEach((entry, i) => {
      const source = SOURCES[i]!;
      expect(entry).toMatchObject({
        slug: source.slug,
        title: source.title,
        level: source.level,
        status: source.status,
        date: source.date,
        modified: source.modified,
        techniques: source.techniques,
        tactics: source.tactics,
        product: source.logsource.product,
        dataTable: source.dataTable,
        kqlAvailable: source.kqlAvailable,
      });
      expect(entry.updated).toBe(source.modified ?? source.date);
    });
  });

  it('omits slugs equal to the slugified title and names parent techniques once', () => {
    expect(slugify(SOURCES[0]!.title)).toBe(SOURCES[0]!.slug);
    expect(file.columns.slug[0]).toBe('');
    expect(file.columns.slug[1]).toBe('certutil-download');
    expect(file.techniqueNames).toEqual({ T1003: 'OS Credential Dumping' });
  });
});

describe('slugify', () => {
  it.each([
    [
      'Communication To LocaltoNet Tunneling Service Initiated - Linux',
      'communication-to-localtonet-tunneling-service-initiated-linux',
    ],
    ['  PowerShell: Base64 (Encoded) Command!! ', 'powershell-base64-encoded-command'],
    ['Détection de Café — Über', 'detection-de-cafe-uber'],
    ['Ａｄｍｉｎ Share', 'admin-share'],
    ['---', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
