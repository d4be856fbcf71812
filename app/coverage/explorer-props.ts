import type { ComponentProps } from 'react';
import type { CoverageExplorer } from '@/components/coverage/CoverageExplorer';
import { absoluteUrl, withBase } from '@/components/site';
import { attack, catalogFacts, coverageView, matrixOf, outsideTags } from '@/lib/attack';
import { getRules, LEVELS, STATUSES } from '@/lib/content';

export type ExplorerProps = ComponentProps<typeof CoverageExplorer>;

const byCount = (values: (string | null)[]) => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([key, rules]) => ({ key, rules }))
    .sort((a, b) => b.rules - a.rules || a.key.localeCompare(b.key));
};

/**
 * What the coverage explorer renders with: the page renders it into HTML, and /coverage/explorer.json carries the
 * same for the coverage island (components/coverage/coverage-island.tsx) to hydrate with.
 */
export function explorerProps(): ExplorerProps {
  const facts = catalogFacts(attack, getRules());
  const matrix = matrixOf(attack);
  return {
    matrix,
    version: attack.version,
    initial: coverageView(facts, matrix),
    options: {
      levels: [...LEVELS],
      statuses: [...STATUSES],
      tables: byCount(facts.map((f) => f.table)),
      products: byCount(facts.map((f) => f.product)),
    },
    outside: outsideTags(attack, facts),
    factsUrl: withBase('/coverage/rule-facts.json'),
    layerUrl: withBase('/coverage/navigator-layer.json'),
    siteUrl: absoluteUrl('/'),
  };
}
