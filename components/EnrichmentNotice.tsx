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
    <section
      aria-label="Provenance"
      className="rounded-lg border border-warn-line bg-warn-bg p-3 text-sm text-ink"
    >
      <p className="flex gap-2">
        <svg
          viewBox="0 0 24 24"
          width="16"
          height="16"
          aria-hidden="true"
          className="mt-0.5 shrink-0 text-warn"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M12 9v4m0 4h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
        </svg>
        <span>{TEXT[rule.enrichment]}</span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 pl-6">
        <a
          href={rule.source.url}
          data-original
          rel="noopener noreferrer"
          className="font-medium text-accent hover:underline"
        >
          View original rule at {rule.source.name} →
        </a>
        <span className="text-muted">
          Retrieved: <time dateTime={rule.retrieved}>{rule.retrieved}</time> · Confidence: {rule.confidence}
        </span>
      </div>
    </section>
  );
}
