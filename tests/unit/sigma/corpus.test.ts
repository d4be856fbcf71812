// The shared SigmaHQ corpus (read from ../shared, never copied here): every rule parses with zero errors and
// lowers to the IR without errors. Skipped when the corpus is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, lowerRule, parseSigma } from '@/lib/sigma';

const RULES = resolve(__dirname, '../../../../shared/sigma/rules');

function yamlFiles(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, into);
    else if (name.endsWith('.yml') || name.endsWith('.yaml')) into.push(path);
  }
  return into;
}

describe.skipIf(!existsSync(RULES))('SigmaHQ corpus', () => {
  it('parses and lowers every rule without errors', () => {
    const files = yamlFiles(RULES);
    expect(files.length).toBeGreaterThan(0);
    const failures: string[] = [];
    let lowered = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const parsed = parseSigma(text, { path });
      for (const e of parsed.errors) failures.push(formatProblem(e, text, path));
      if (!parsed.rule) {
        failures.push(`${path}: no rule`);
        continue;
      }
      const result = lowerRule(parsed.rule);
      for (const e of result.errors) failures.push(formatProblem(e, text, path));
      if (result.value) lowered++;
      expect(result.value?.title ?? parsed.rule.title).toBe(parsed.rule.title);
    }
    expect(failures).toEqual([]);
    expect(lowered).toBe(files.length);
  });
});
