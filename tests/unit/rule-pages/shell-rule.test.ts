import { describe, expect, it } from 'vitest';
import { shellRule, type Rule } from '@/lib/content';

// The shell is the page Next builds and the drift guard compares: it should show every part a rule page can have.
const rule = (slug: string, status: Rule['conversion']['status']) =>
  ({ slug, conversion: { status, queries: [], reasons: [] } }) as unknown as Rule;

describe('shellRule', () => {
  it('is the first rule with KQL by slug, whatever the catalog order', () => {
    const rules = [rule('zeta', 'ok'), rule('alpha', 'unsupported'), rule('beta', 'ok'), rule('gamma', 'ok')];
    expect(shellRule(rules)?.slug).toBe('beta');
  });

  it('falls back to the first rule by slug when no rule has KQL, and is undefined for no rule', () => {
    expect(shellRule([rule('b', 'error'), rule('a', 'unsupported')])?.slug).toBe('a');
    expect(shellRule([])).toBeUndefined();
  });
});
