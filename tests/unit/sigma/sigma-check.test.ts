// The sigma:check CLI: every problem printed with path:line:col, a summary by code, exit code 1 on errors.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, collectRuleFiles, formatSummary } from '../../../scripts/sigma-check';

const DIR = resolve(__dirname, '../../fixtures/sigma-parse/check');

describe('sigma:check', () => {
  it('collects YAML files from folders, and any file named explicitly', () => {
    const files = collectRuleFiles(DIR).map((f) => f.slice(DIR.length + 1));
    expect(files).toEqual(['custom-field.yml', 'unknown-modifier.yml', 'valid-rule.yml']);
    expect(collectRuleFiles(resolve(DIR, 'nested/notes.txt'))).toHaveLength(1);
  });

  it('prints every problem and counts them by code', () => {
    const lines: string[] = [];
    const summary = checkFiles(collectRuleFiles(DIR), (l) => lines.push(l));
    const heads = lines.map((l) => l.split('\n')[0]!.replace(/^.*check\//, ''));
    expect(heads).toEqual([
      expect.stringMatching(/^custom-field\.yml:12:1 UNKNOWN_KEY \(warning\) /),
      expect.stringMatching(/^unknown-modifier\.yml:9:17 UNKNOWN_MODIFIER /),
      expect.stringMatching(/^unknown-modifier\.yml:10:32 UNKNOWN_IDENTIFIER /),
    ]);
    expect(formatSummary(summary)).toEqual([
      '3 files, 2 errors, 1 warnings',
      expect.stringMatching(/^ {2}UNKNOWN_IDENTIFIER +1 errors +0 warnings$/),
      expect.stringMatching(/^ {2}UNKNOWN_KEY +0 errors +1 warnings$/),
      expect.stringMatching(/^ {2}UNKNOWN_MODIFIER +1 errors +0 warnings$/),
    ]);
  });

  it.each([
    ['valid-rule.yml', 0],
    ['custom-field.yml', 0],
    ['unknown-modifier.yml', 1],
  ])('exits with %s → %i', (file, code) => {
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/sigma-check.ts', resolve(DIR, file)], { stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(code);
  });
});
