import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RuleTable } from '@/components/attack/RuleTable';
import { binClass } from '@/components/coverage/bins';
import { attack, catalogFacts, coverageView, matrixOf } from '@/lib/attack';
import { getRules } from '@/lib/content';
import { absoluteUrl, withBase } from '@/components/site';

type Params = { params: Promise<{ key: string }> };

export const dynamicParams = false;

/** The data's tactics by short name, and the newer tactics rules use (Stealth, Defense Impairment). */
export function generateStaticParams() {
  return [...attack.tactics, ...attack.newerTactics].map((t) => ({ key: t.shortName }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const tactic = attack.tactic((await params).key);
  if (!tactic) return {};
  return {
    title: `${tactic.name} (${tactic.id})`,
    description: `SOC Feed coverage of the MITRE ATT&CK tactic ${tactic.name}.`,
    alternates: { canonical: absoluteUrl(`/attack/tactics/${tactic.shortName}/`) },
  };
}

export default async function TacticPage({ params }: Params) {
  const { key } = await params;
  const tactic = attack.tactic(key);
  if (!tactic || tactic.shortName !== key) notFound();
  const facts = catalogFacts(attack, getRules());
  const column = matrixOf(attack).find((t) => t.shortName === key);
  const view = column ? coverageView(facts, [column]) : undefined;
  const cov = view?.tactics[0];
  const tagged = facts.filter((f) => f.outside.includes(key));

  return (
    // A static document (no client component): scripts/static-pages.ts drops React's payload from the HTML.
    <article className="space-y-5 pb-8" data-static-page>
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href={withBase('/coverage/')} className="text-accent underline">
          ← ATT&amp;CK coverage
        </a>
      </nav>
      <header className="space-y-2">
        <p className="font-mono text-sm text-muted">Tactic {tactic.id}</p>
        <h1 className="text-2xl font-semibold tracking-tight">{tactic.name}</h1>
        {tactic.renamedLater && (
          <p role="note" className="rounded border border-line bg-sunken px-3 py-2 text-sm">
            {tactic.renamedLater.note} This page shows the ATT&amp;CK v{attack.version} tactic {tactic.name};
            rules tagged attack.{tactic.renamedLater.shortName} are on the{' '}
            <a
              href={withBase(`/attack/tactics/${tactic.renamedLater.shortName}/`)}
              className="text-accent underline"
            >
              {tactic.renamedLater.name}
            </a>{' '}
            page.
          </p>
        )}
        {tactic.source === 'overlay' && (
          <p role="note" className="rounded border border-warn-line bg-warn-bg px-3 py-2 text-sm text-warn">
            {tactic.note} Not in the ATT&amp;CK v{attack.version} data this site ships, so it has no matrix
            column; its techniques appear under the v{attack.version} tactics.
          </p>
        )}
        <p className="text-sm">
          <a href={tactic.url} rel="noopener noreferrer" className="text-accent underline">
            {tactic.url}
          </a>
        </p>
        {cov && (
          <p className="text-sm" data-testid="tactic-coverage">
            <strong className="tabular-nums">
              {cov.covered} of {cov.total}
            </strong>{' '}
            techniques covered ({cov.percent}%).
          </p>
        )}
      </header>
      {column && view && (
        <section aria-labelledby="techniques-heading" className="space-y-2">
          <h2 id="techniques-heading" className="text-lg font-semibold tracking-tight">
            Techniques
          </h2>
          <ul className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {column.techniques.map((t) => {
              const n = view.counts[t.id] ?? 0;
              return (
                <li key={t.id} className={`rounded border ${binClass(n)}`}>
                  <a
                    href={withBase(`/attack/${t.id}/`)}
                    className="flex justify-between gap-2 px-2 py-1 hover:underline"
                  >
                    <span>
                      <span className="font-mono text-xs">{t.id}</span> {t.name}
                    </span>
                    <span className="font-mono font-semibold tabular-nums">{n}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {tactic.source === 'overlay' && (
        <section aria-labelledby="rules-heading" className="space-y-2">
          <h2 id="rules-heading" className="text-lg font-semibold tracking-tight">
            Rules tagged attack.{tactic.shortName}{' '}
            <span className="text-sm font-normal text-muted">({tagged.length})</span>
          </h2>
          {tagged.length === 0 ? (
            <p className="text-sm text-muted">No rule carries this tag.</p>
          ) : (
            <RuleTable rules={tagged} caption={`Rules tagged attack.${tactic.shortName}`} />
          )}
        </section>
      )}
    </article>
  );
}
