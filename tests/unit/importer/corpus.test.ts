// The whole shared SigmaHQ catalog through the importer and the site's content loader (skipped when absent).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { runImport } from '@/lib/importer';
import { clock, SHARED_RULES, tempDir } from './helpers';

describe.skipIf(!existsSync(SHARED_RULES))('import of ../shared/sigma/rules', () => {
  it('writes 3,141 rules that all pass the content loader', async () => {
    const out = tempDir('corpus-');
    const summary = await runImport({ source: SHARED_RULES, out, now: clock('2026-01-01T00:00:00Z') });
    expect(summary.skipped).toEqual([]);
    expect(summary.found).toBe(3141);
    expect(summary.added).toHaveLength(3141);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(3141);
    expect(files.filter((f) => f.endsWith('.yml'))).toHaveLength(3141);

    const loaded = loadContent(out);
    expect(loaded.problems).toEqual([]);
    expect(loaded.rules).toHaveLength(3141);
    expect(new Set(loaded.rules.map((r) => r.slug)).size).toBe(3141);
    for (const rule of loaded.rules) {
      expect(rule.source.url).toBe(`https://github.com/SigmaHQ/sigma/blob/master/${rule.source.path}`);
    }
  }, 600_000);
});
