import { describe, expect, it } from 'vitest';
import { auditVerdict, describeVerdict } from '../../../scripts/audit';

// What `npm audit --omit=dev --json` prints in each case, reduced to the fields the verdict reads.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe('auditVerdict', () => {
  it.each([
    ['no findings', report({}), 'clean', 0],
    ['moderate only', report({ moderate: 2 }, { a: { severity: 'moderate' } }), 'clean', 0],
    ['a high finding', report({ high: 1 }, { next: { severity: 'high' } }), 'findings', 1],
    ['a critical finding', report({ critical: 1 }, { x: { severity: 'critical' } }), 'findings', 1],
  ])('%s: %s', (_name, json, kind, code) => {
    const verdict = auditVerdict(json);
    expect(verdict.kind).toBe(kind);
    expect(describeVerdict(verdict, true).code).toBe(code);
  });

  it('names the packages with high or critical findings', () => {
    const verdict = auditVerdict(
      report(
        { high: 1, critical: 1, low: 1 },
        {
          zlib: { severity: 'critical' },
          lodash: { severity: 'high' },
          minimist: { severity: 'low' },
        },
      ),
    );
    expect(describeVerdict(verdict, false).line).toBe(
      'audit: production dependencies: 0 info, 1 low, 0 moderate, 1 high, 1 critical: FAILED, ' +
        'high or critical in lodash (high), zlib (critical)',
    );
  });

  it('reports an unreachable endpoint as not checked, failing only when strict', () => {
    const json = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    const verdict = auditVerdict(json);
    expect(verdict).toEqual({
      kind: 'unreachable',
      reason:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (HTTP 405)',
    });
    expect(describeVerdict(verdict, false)).toMatchObject({
      code: 0,
      line: expect.stringMatching(/^audit: NOT CHECKED/),
    });
    expect(describeVerdict(verdict, true).code).toBe(1);
  });

  it('treats output that is not JSON as not checked', () => {
    expect(auditVerdict('npm error network').kind).toBe('unreachable');
  });
});
