import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RuleTable, type RuleRow } from '@/components/attack/RuleTable';
import { StatusNote } from '@/components/attack/StatusNote';
import { SentinelBulkExport } from '@/components/export/SentinelBulkExport';
import {
  attack,
  catalogFacts,
  groupByTechnique,
  parentFromId,
  techniquePageIds,
  type RuleFacts,
} from '@/lib/attack';
import { getRules } from '@/lib/content';
import { absoluteUrl, withBase } from '@/components/site';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

/**
 * Every technique and sub-technique of the matrix, every technique ID a rule is tagged with, and every ID those
 * pages link to (parent, sub-techniques, v19 successors, replacement, earlier IDs), transitively: see
 * lib/attack techniqueLinks, which lists exactly the links this page and its StatusNote render.
 */
export function generateStaticParams() {
  const tagged = getRules().flatMap((rule) => rule.attack.techniques);
  return techniquePageIds(attack, tagged).map((id) => ({ id }));
}

function pageData(id: string) {
  const resolved = attack.resolveTag(`attack.${id.toLowerCase()}`);
  if (resolved.kind !== 'technique' && resolved.kind !== 'subtechnique') return null;
  const technique = attack.technique(id);
  const facts = catalogFacts(attack, getRules());
  const active = resolved.status === 'current' && technique?.source === 'data';
  let rows: RuleRow[];
  const row = (f: RuleFacts, via?: string[]): RuleRow => ({
    slug: f.slug,
    title: f.title,
    level: f.level,
    table: f.table,
    ...(via?.length ? { via } : {}),
  });
  if (active) {
    const counted = groupByTechnique(facts, parentFromId).get(id)?.all ?? [];
    rows = counted.map((f) =>
      row(
        f,
        f.techniques.filter((t) => t !== id && parentFromId(t) === id),
      ),
    );
  } else {
    // Not a matrix technique: the rules tagged with it (or, for a parent, with one of its sub-techniques).
    const via = new Map<string, string[]>();
    for (const r of getRules()) {
      const hits = r.attack.techniques.filter((t) => t === id || parentFromId(t) === id);
      if (hits.length > 0)
        via.set(
          r.slug,
          hits.filter((t) => t !== id),
        );
    }
    rows = facts.filter((f) => via.has(f.slug)).map((f) => row(f, via.get(f.slug)));
  }
  return { resolved, technique, active, rows };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const data = pageData(id);
  if (!data) return {};
  const name = data.resolved.name ?? '';
  return {
    title: `${id} ${name}`.trim(),
    description: `SOC Feed rules for MITRE ATT&CK ${id} ${name}: ${data.rows.length} rules.`,
    alternates: { canonical: absoluteUrl(`/attack/${id}/`) },
  };
}

export default async function TechniquePage({ params }: Params) {
  const { id } = await params;
  const data = pageData(id);
  if (!data) notFound();
  const { resolved, technique, active, rows } = data;
  const parent = technique?.parent ? attack.technique(technique.parent) : undefined;
  const subs = attack.subtechniquesOf(id);
  const counts = groupByTechnique(catalogFacts(attack, getRules()), parentFromId);
  const successors = attack.successorsOf(id);
  const taggedWith = (sub: string) => getRules().filter((r) => r.attack.techniques.includes(sub)).length;
  const tactics = (technique?.tactics ?? []).map((s) => attack.tactic(s)).filter((t) => !!t);

  return (
    // Without rules there is no bulk download, the page's one client component: then it is a static document too,
    // and scripts/static-pages.ts drops React's payload from it (it refuses a marked page that needs React).
    <article className="space-y-5 pb-8" data-static-page={rows.length === 0 || undefined}>
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href={withBase('/coverage/')} className="text-accent underline">
          ← ATT&amp;CK coverage
        </a>
        {parent && (
          <>
            {' / '}
            <a href={withBase(`/attack/${parent.id}/`)} className="text-accent underline">
              {parent.id} {parent.name}
            </a>
          </>
        )}
      </nav>
      <header className="space-y-2">
        <p className="font-mono text-sm text-muted">
          {resolved.kind === 'subtechnique' ? 'Sub-technique' : 'Technique'} {id}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{resolved.name || id}</h1>
        <StatusNote resolved={resolved} version={attack.version} />
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
          {tactics.length > 0 && (
            <>
              <dt className="text-muted">Tactics</dt>
              <dd className="flex flex-wrap gap-x-3">
                {tactics.map((t) => (
                  <a
                    key={t.shortName}
                    href={withBase(`/attack/tactics/${t.shortName}/`)}
                    className="text-accent underline"
                  >
                    {t.name} <span className="font-mono text-xs text-muted">{t.id}</span>
                  </a>
                ))}
              </dd>
            </>
          )}
          {technique && technique.platforms.length > 0 && (
            <>
              <dt className="text-muted">Platforms</dt>
              <dd>{technique.platforms.join(', ')}</dd>
            </>
          )}
          <dt className="text-muted">MITRE ATT&amp;CK</dt>
          <dd>
            <a href={resolved.url} rel="noopener noreferrer" className="break-all text-accent underline">
              {resolved.url}
            </a>
          </dd>
        </dl>
        {successors.length > 0 && (
          <p className="text-sm text-muted">
            In ATT&amp;CK v19 this became{' '}
            {successors.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <a href={withBase(`/attack/${s.id}/`)} className="text-accent underline">
                  {s.id}
                  {s.name ? ` ${s.name}` : ''}
                </a>
              </span>
            ))}
            ; rules tagged that way are listed there.
          </p>
        )}
      </header>

      {subs.length > 0 && (
        <section aria-labelledby="subs-heading" className="space-y-2">
          <h2 id="subs-heading" className="text-lg font-semibold tracking-tight">
            Sub-techniques
          </h2>
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {subs.map((s) => (
              <li
                key={s.id}
                className="flex justify-between gap-2 rounded border border-line bg-surface px-2 py-1"
              >
                <a href={withBase(`/attack/${s.id}/`)} className="text-accent underline">
                  <span className="font-mono text-xs">{s.id}</span> {s.name}
                </a>
                <span className="tabular-nums text-muted">
                  {s.source === 'data' ? (counts.get(s.id)?.all.length ?? 0) : taggedWith(s.id)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="rules-heading" className="space-y-2">
        <h2 id="rules-heading" className="text-lg font-semibold tracking-tight">
          Rules{' '}
          <span className="text-sm font-normal text-muted" data-testid="technique-rule-count">
            ({rows.length})
          </span>
        </h2>
        {!active && rows.length > 0 && (
          <p className="text-sm text-muted">
            Rules tagged {id}; they count for no cell of the v{attack.version} matrix
            {resolved.replacedBy ? ' except through the replacement' : ''}.
          </p>
        )}
        {rows.length === 0 ? (
          <p className="text-sm text-muted">No SOC Feed rule covers this technique yet.</p>
        ) : (
          <>
            <SentinelBulkExport
              catalog={getRules()}
              slugs={rows.map((row) => row.slug)}
              fileName={`${id}.sentinel-rules.json`}
            />
            <RuleTable rules={rows} caption={`Rules for ${id}`} />
          </>
        )}
      </section>
    </article>
  );
}
