import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { lowerRule, parseSigma } from '@/lib/sigma';

// The hostile fixtures (tests/fixtures/hostile) are valid content: they must load without problems next to the real
// catalog, and the engine must answer each with a result, never an exception. Content too deep for the YAML parser
// is a reported problem (file, line, field), not a crash. The e2e suite checks the built pages run nothing.
const HOSTILE = path.resolve(__dirname, '../../fixtures/hostile');
const CONTENT = path.resolve(__dirname, '../../../content/rules');

describe('hostile content', () => {
  const loaded = loadContent([CONTENT, HOSTILE]);

  it('loads next to the real catalog with no problems', () => {
    expect(loaded.problems).toEqual([]);
    const slugs = loaded.rules.map((r) => r.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'communication-to-localtonet-tunneling-service-initiated-linux',
        'hostile-links-and-data-urls',
        'hostile-enormous-values',
        'hostile-deeply-nested-yaml',
        'hostile-5mb-rule',
      ]),
    );
  });

  it('keeps the 5 MB Sigma text byte for byte', () => {
    const rule = loaded.rules.find((r) => r.slug === 'hostile-5mb-rule')!;
    const bytes = readFileSync(path.join(HOSTILE, 'hostile-5mb-rule.yml'), 'utf8');
    expect(bytes.length).toBeGreaterThan(5_000_000);
    expect(rule.sigma).toBe(bytes);
  });

  it("refuses the 5 MB rule's queries for their length before any check: unsupported, QUERY_TOO_LONG", () => {
    const { conversion } = loaded.rules.find((r) => r.slug === 'hostile-5mb-rule')!;
    expect(conversion.status).toBe('unsupported');
    expect(conversion.queries).toEqual([]);
    expect(conversion.reasons.map((r) => r.code)).toEqual(['QUERY_TOO_LONG', 'QUERY_TOO_LONG']);
  });

  it.each(readdirSync(HOSTILE).filter((f) => f.endsWith('.yml')))(
    'the engine answers %s without throwing',
    (file) => {
      const parsed = parseSigma(readFileSync(path.join(HOSTILE, file), 'utf8'));
      expect(Array.isArray(parsed.errors)).toBe(true);
      if (parsed.rule && parsed.errors.length === 0) {
        const lowered = lowerRule(parsed.rule);
        expect(Array.isArray(lowered.errors)).toBe(true);
      }
    },
  );

  describe('beyond what the YAML parser can nest', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-deep-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is a content problem naming file, line and field, not a crash', () => {
      const source = readFileSync(path.join(HOSTILE, 'hostile-deeply-nested-yaml.md'), 'utf8');
      writeFileSync(
        path.join(dir, 'too-deep.md'),
        source.replace('slug: hostile-deeply-nested-yaml', 'slug: too-deep'),
      );
      writeFileSync(
        path.join(dir, 'too-deep.yml'),
        `title: Too Deep\nid: 8b3c4d5e-6f70-4a81-9ca2-b3c4d5e6f7a9\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      );
      const result = loadContent([dir]);
      expect(result.rules).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0]).toMatchObject({
        file: expect.stringContaining('too-deep.yml'),
        field: 'sigma',
      });
      expect(result.problems[0]!.line).toBeGreaterThan(0);
    });
  });
});
