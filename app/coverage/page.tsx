import type { Metadata } from 'next';
import { CoverageExplorer } from '@/components/coverage/CoverageExplorer';
import { absoluteUrl, withBase } from '@/components/site';
import { attack } from '@/lib/attack';
import { explorerProps } from './explorer-props';

export const metadata: Metadata = {
  title: 'ATT&CK coverage',
  description:
    'Which MITRE ATT&CK Enterprise techniques the SOC Feed rules detect: matrix, gaps, data tables, Navigator layer.',
  alternates: { canonical: absoluteUrl('/coverage/') },
};

export default function CoveragePage() {
  return (
    <div className="space-y-4 pb-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">ATT&amp;CK coverage</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Enterprise ATT&amp;CK v{attack.version} matrix: each cell is a technique with the number of rules
          that detect it (a technique counts its sub-techniques&apos; rules too). Filters recount everything
          in your browser.
        </p>
      </div>
      {/* A React island (coverage-island.tsx), hydrated on the first interaction with the props this page was
          rendered from, fetched alongside: the matrix and counts are all in the HTML. */}
      <div
        data-hydrate="island"
        data-island="coverage"
        data-hydrate-preload={withBase('/coverage/explorer.json')}
      >
        <CoverageExplorer {...explorerProps()} />
      </div>
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
