// Golden pairs: tests/fixtures/sigma/<behaviour>/{rule.yml,expected.kql}. Every query must also pass the
// Kusto language service against our schema. UPDATE_GOLDEN=1 rewrites expected.kql (review the diff!).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKql } from '@/lib/kusto';
import { convertRuleText, formatResult } from './golden-format';

const root = path.resolve('tests/fixtures/sigma');
const behaviours = readdirSync(root).filter((d) => existsSync(path.join(root, d, 'rule.yml')));

describe('golden KQL', () => {
  it('has at least 80 behaviours', () => expect(behaviours.length).toBeGreaterThanOrEqual(80));

  it.each(behaviours)('%s', (name) => {
    const dir = path.join(root, name);
    const result = convertRuleText(readFileSync(path.join(dir, 'rule.yml'), 'utf8'), `${name}/rule.yml`);
    const actual = formatResult(result);
    const file = path.join(dir, 'expected.kql');
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
    for (const q of result.queries) expect(checkKql(q.kql), q.kql).toEqual([]);
  });
});
