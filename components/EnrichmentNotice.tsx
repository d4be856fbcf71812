import type { RuleDetail } from './rule-types';

const TEXT: Record<RuleDetail['enrichment'], string> = {
  ai: 'AI-enriched: this rule comes from an open-source repository and the notes on this page were written with AI. Test it outside production before you deploy it.',
  generated:
    'This rule comes from an open-source repository and the notes on this page were generated from the rule itself. Test it outside production before you deploy it.',
  curated:
    'This rule comes from an open-source repository and the notes on this page were written by an editor. Test it outside production before you deploy it.',
};

/** How the prose was made, the link to the original, and when it was fetched. */
export function EnrichmentNotice({ rule }: { rule: RuleDetail }) {
  return (
    <section aria-label="Provenance" className="notice">
      <p className="flex gap-2">
        <span className="i-warn" aria-hidden="true" />
        <span>{TEXT[rule.enrichment]}</span>
      </p>
      <div className="notice-links">
        <a href={rule.source.url} data-original rel="noopener noreferrer" className="link font-medium">
          View original rule at {rule.source.name} →
        </a>
        <span className="text-muted">
          Retrieved: <time dateTime={rule.retrieved}>{rule.retrieved}</time> · Confidence: {rule.confidence}
        </span>
      </div>
    </section>
  );
}
