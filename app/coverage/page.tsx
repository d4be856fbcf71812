import type { Metadata } from 'next';
import { CoverageExplorer } from '@/components/coverage/CoverageExplorer';
import { absoluteUrl, withBase } from '@/components/site';
import { attack, catalogFacts, coverageView, matrixOf, outsideTags } from '@/lib/attack';
import { getRules, LEVELS, STATUSES } from '@/lib/content';

export const metadata: Metadata = {
  title: 'ATT&CK coverage',
  description:
    'Which MITRE ATT&CK Enterprise techniques the SOC Feed rules detect: matrix, gaps, data tables, Navigator layer.',
  alternates: { canonical: absoluteUrl('/coverage/') },
};

const byCount = (values: (string | null)[]) => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([key, rules]) => ({ key, rules }))
    .sort((a, b) => b.rules - a.rules || a.key.localeCompare(b.key));
};

export default function CoveragePage() {
  const facts = catalogFacts(attack, getRules());
  const matrix = matrixOf(attack);
  return (
    // Hydrated on the first interaction (scripts/defer-hydration.ts): the matrix and counts are all in the HTML.
    <div className="space-y-4 pb-8" data-hydrate="interaction">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">ATT&amp;CK coverage</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Enterprise ATT&amp;CK v{attack.version} matrix: each cell is a technique with the number of rules
          that detect it (a technique counts its sub-techniques&apos; rules too). Filters recount everything
          in your browser.
        </p>
      </div>
      <CoverageExplorer
        matrix={matrix}
        version={attack.version}
        initial={coverageView(facts, matrix)}
        options={{
          levels: [...LEVELS],
          statuses: [...STATUSES],
          tables: byCount(facts.map((f) => f.table)),
          products: byCount(facts.map((f) => f.product)),
        }}
        outside={outsideTags(attack, facts)}
        factsUrl={withBase('/coverage/rule-facts.json')}
        layerUrl={withBase('/coverage/navigator-layer.json')}
        siteUrl={absoluteUrl('/')}
      />
      <p className="border-t border-line pt-3 text-xs text-muted">
        ATT&amp;CK data: Enterprise v{attack.version}. {attack.notice}{' '}
        <a href={attack.termsUrl} rel="noopener noreferrer" className="text-accent underline">
          Terms of use
        </a>
        .
      </p>
    </div>
  );
}
