import type { Metadata } from 'next';
import Link from 'next/link';
import { RuleList } from '@/components/RuleList';
import { CompactRuleList } from '@/components/search/CompactRuleList';
import { FeedSearch } from '@/components/search/FeedSearch';
import { SITE_DESCRIPTION } from '@/components/site';
import { getRules, lastChanged, techniqueHref } from '@/lib/content';
import { PAGE_SIZE } from '@/lib/search';

export const metadata: Metadata = {
  title: { absolute: 'SOC Feed: detection rules with KQL for Sentinel' },
  description: SITE_DESCRIPTION,
  alternates: { canonical: '/' },
};

export default function FeedPage() {
  const rules = getRules();
  const techniques = [...new Set(rules.flatMap((r) => r.attack.techniques))];
  const techniqueHrefs = Object.fromEntries(techniques.map((id) => [id, techniqueHref(id)]));
  const rows = rules.map((rule) => ({
    ...rule,
    dataTable: rule.conversion.queries[0]?.table ?? rule.dataTable,
    updated: lastChanged(rule),
  }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Detection rules</h1>
          <p className="mt-1 text-sm text-muted">
            <span data-testid="rule-count">
              {rules.length} {rules.length === 1 ? 'rule' : 'rules'}
            </span>
            , newest first. Sigma originals with KQL for Microsoft Sentinel.
          </p>
        </div>
        <Link href="/coverage/" className="text-sm font-medium text-accent hover:underline">
          ATT&amp;CK coverage: {techniques.length} techniques →
        </Link>
      </div>
      <FeedSearch total={rules.length} techniqueHrefs={techniqueHrefs}>
        <RuleList rules={rows.slice(0, PAGE_SIZE)} techniqueHrefs={techniqueHrefs} />
        <CompactRuleList rules={rows.slice(PAGE_SIZE)} start={PAGE_SIZE + 1} />
      </FeedSearch>
    </div>
  );
}
