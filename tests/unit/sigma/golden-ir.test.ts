// Golden IR for real-world rule shapes (our own small rules, modelled on SigmaHQ's). Each folder under
// tests/fixtures/sigma-parse/golden holds rule.yml and expected-ir.json (the lowered rule, ranges left out).
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowerRule, parseSigma } from '@/lib/sigma';
import { withoutRanges } from './helpers';

const DIR = resolve(__dirname, '../../fixtures/sigma-parse/golden');
const shapes = readdirSync(DIR).sort();

describe('golden IR', () => {
  it('has a dozen shapes or more', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(12);
  });

  it.each(shapes)('%s', (shape) => {
    const text = readFileSync(join(DIR, shape, 'rule.yml'), 'utf8');
    const parsed = parseSigma(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    const lowered = lowerRule(parsed.rule!);
    expect(lowered.errors).toEqual([]);
    const actual = withoutRanges(lowered.value);
    const expectedPath = join(DIR, shape, 'expected-ir.json');
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
