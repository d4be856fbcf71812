import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkedKql,
  ContentError,
  formatProblem,
  loadContent,
  loadRuleFile,
  ruleKql,
  type ContentProblemCode,
  type FrontMatter,
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

  it("carries the converter's queries for its Sigma text: ASIM first, then Defender XDR", () => {
    expect(rule?.conversion.status).toBe('ok');
    expect(rule?.conversion.queries.map((q) => [q.variant, q.table, q.kql])).toEqual([
      ['ASIM', 'imProcessCreate', 'imProcessCreate\n| where TargetProcessName endswith "/whoami"'],
      ['Defender XDR', 'DeviceProcessEvents', 'DeviceProcessEvents\n| where FolderPath endswith "/whoami"'],
    ]);
  });
});

describe('ruleKql and checkedKql', () => {
  const { value: rule } = loadRuleFile(`${FIXTURES}/valid/whoami-run-by-a-service-account.md`);
  // ruleKql reads only the kql and dataTable fields of the front matter.
  const frontMatter = (kql?: string) => ({ kql }) as FrontMatter;

  it('puts a curated query in place of the generated ones', () => {
    const result = ruleKql(frontMatter('SecurityEvent\n| where EventID == 4688\n'), rule?.sigma ?? '');
    expect(result.queries).toEqual([
      {
        variant: 'Curated',
        table: 'SecurityEvent',
        kql: 'SecurityEvent\n| where EventID == 4688',
        warnings: [],
      },
    ]);
  });

  it('keeps a query that passes the language-service check', () => {
    const result = ruleKql(frontMatter(), rule?.sigma ?? '');
    expect(checkedKql(result)).toBe(result);
  });

  it('shows no query, and says why, when one fails the check', () => {
    const result = checkedKql(ruleKql(frontMatter('imProcessCreate | where NoSuchColumn == 1'), ''));
    expect(result.status).toBe('error');
    expect(result.queries).toEqual([]);
    expect(result.reasons).toEqual([
      expect.objectContaining({
        code: 'KQL_CHECK_FAILED',
        detail: expect.stringMatching(/Curated query .*NoSuchColumn/),
      }),
    ]);
  });

  it("turns Sigma that does not parse into status error with the parser's reasons, never a throw", () => {
    const result = ruleKql(frontMatter(), 'title: [unclosed');
    expect(result.status).toBe('error');
    expect(result.reasons.length).toBeGreaterThan(0);
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
