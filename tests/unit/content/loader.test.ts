import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ContentError,
  formatProblem,
  loadContent,
  loadRuleFile,
  type ContentProblemCode,
} from '@/lib/content';

const FIXTURES = 'tests/fixtures/content';
const invalid = (name: string) => `${FIXTURES}/invalid/${name}.md`;

describe('loadRuleFile on a valid rule', () => {
  const file = `${FIXTURES}/valid/whoami-run-by-a-service-account.md`;
  const { value: rule, problems } = loadRuleFile(file);

  it('has no problems and keeps the Sigma text byte for byte', () => {
    expect(problems).toEqual([]);
    expect(rule?.sigma).toBe(readFileSync(file.replace(/\.md$/, '.yml'), 'utf8'));
  });

  it('reads the front matter, defaults and sections', () => {
    expect(rule).toMatchObject({
      id: '7f3b2c1a-5d4e-4f60-9a8b-0c1d2e3f4a5b',
      slug: 'whoami-run-by-a-service-account',
      level: 'low',
      date: '2025-01-02',
      license: 'DRL-1.1',
      attack: { techniques: ['T1033'], tactics: ['discovery'] },
      curated: [],
      tags: [],
    });
    expect(rule?.sections.map((s) => s.key)).toEqual(['hunt-hypothesis', 'false-positive-guidance']);
    expect(rule?.sections[0]?.html).toContain('<code>whoami</code>');
  });

  it('has no KQL without a curated query and says why', () => {
    expect(rule?.conversion.status).toBe('unsupported');
    expect(rule?.conversion.queries).toEqual([]);
    expect(rule?.conversion.reasons[0]?.detail).toMatch(/no curated KQL/);
  });
});

// One fixture per failure: the code, line and field the loader must report.
const cases: { fixture: string; code: ContentProblemCode; line: number; field: string; file?: string }[] = [
  { fixture: 'missing-title', code: 'SCHEMA', line: 2, field: 'title' },
  { fixture: 'bad-level', code: 'SCHEMA', line: 6, field: 'level' },
  { fixture: 'bad-date', code: 'SCHEMA', line: 10, field: 'date' },
  { fixture: 'bad-uuid', code: 'SCHEMA', line: 2, field: 'id' },
  { fixture: 'malformed-yaml', code: 'YAML_SYNTAX', line: 8, field: 'description' },
  { fixture: 'unknown-key', code: 'SCHEMA', line: 27, field: 'titel' },
  { fixture: 'bad-technique', code: 'SCHEMA', line: 18, field: 'attack.techniques.1' },
  { fixture: 'javascript-source-url', code: 'SCHEMA', line: 13, field: 'source.url' },
  { fixture: 'slug-mismatch', code: 'SLUG_MISMATCH', line: 4, field: 'slug' },
  { fixture: 'missing-sigma', code: 'MISSING_SIGMA', line: 1, field: 'file' },
  { fixture: 'id-mismatch', code: 'ID_MISMATCH', line: 2, field: 'id', file: 'id-mismatch.yml' },
  { fixture: 'unknown-section', code: 'UNKNOWN_SECTION', line: 33, field: 'body' },
  { fixture: 'no-front-matter', code: 'NO_FRONT_MATTER', line: 1, field: 'front matter' },
];

describe('loadRuleFile on broken files', () => {
  it.each(cases)('$fixture: $code at line $line, field $field', ({ fixture, code, line, field, file }) => {
    const { value, problems } = loadRuleFile(invalid(fixture));
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ code, line, field });
    const expectedFile = `${FIXTURES}/invalid/${file ?? `${fixture}.md`}`;
    expect(problem?.file).toBe(expectedFile);
    expect(formatProblem(problem!)).toMatch(new RegExp(`^${expectedFile}:${line}: ${field}: \\S`));
  });
});

describe('loadContent', () => {
  it('reports every broken file in one pass, plus a Sigma file without its page', () => {
    const { rules, problems } = loadContent(`${FIXTURES}/invalid`);
    expect(rules).toEqual([]);
    const files = new Set(problems.map((p) => p.file.replace(/\.(md|yml)$/, '')));
    for (const { fixture } of cases) expect(files).toContain(`${FIXTURES}/invalid/${fixture}`);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'ORPHAN_SIGMA', file: `${FIXTURES}/invalid/orphan-sigma.yml` }),
    );
  });

  it('reports a duplicate id at the second file, naming the first', () => {
    const { problems } = loadContent(`${FIXTURES}/duplicate-id`);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_ID',
        file: `${FIXTURES}/duplicate-id/second-rule.md`,
        line: 2,
        field: 'id',
        message: expect.stringContaining('first-rule.md'),
      }),
    ]);
  });

  it('reports a duplicate slug across subfolders', () => {
    const { problems } = loadContent(`${FIXTURES}/duplicate-slug`);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_SLUG',
        file: `${FIXTURES}/duplicate-slug/two/same-name.md`,
        line: 4,
        field: 'slug',
      }),
    ]);
  });

  it('loads several folders together', () => {
    const { rules, problems } = loadContent([`${FIXTURES}/valid`, `${FIXTURES}/duplicate-slug/one`]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_ID', file: `${FIXTURES}/duplicate-slug/one/same-name.md` }),
    ]);
    expect(rules).toHaveLength(2);
  });
});

describe('ContentError', () => {
  it('lists every problem once, sorted, in its message', () => {
    const { problems } = loadContent(`${FIXTURES}/invalid`);
    const error = new ContentError(problems);
    const lines = error.message.split('\n').slice(1);
    expect(lines).toHaveLength(problems.length);
    expect(lines).toEqual([...lines].sort());
    expect(error.problems).toBe(problems);
    expect(Object.keys(error)).not.toContain('problems');
  });
});
