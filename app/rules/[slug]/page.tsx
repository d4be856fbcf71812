import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttackContext } from '@/components/attack/AttackContext';
import { DetectionRule } from '@/components/DetectionRule';
import { EnrichmentNotice } from '@/components/EnrichmentNotice';
import { SentinelExport } from '@/components/export/SentinelExport';
import { ProseSection } from '@/components/ProseSection';
import { RuleDetails } from '@/components/RuleDetails';
import { RuleHeader } from '@/components/RuleHeader';
import type { DetectionView } from '@/components/rule-types';
import { absoluteUrl, rulePath, withBase } from '@/components/site';
import {
  getRuleBySlug,
  getRules,
  highlightCode,
  ruleDownloads,
  shellRule,
  tacticName,
  techniqueHref,
  type Rule,
} from '@/lib/content';
import { attackTagsOf, getTechnique } from '@/lib/attack';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

// `next build` renders one rule page, the shell; scripts/rule-pages.ts renders every other rule page into the shell's
// document after the build (4 to 5 ms a page instead of Next's 28 ms, and no RSC payload files to write and then
// delete) and fails the build if its rendering of the shell differs from Next's. `next dev` serves every rule.
export function generateStaticParams() {
  const rules = getRules();
  const pages = process.env.NODE_ENV === 'production' ? [shellRule(rules)!] : rules;
  return pages.map((rule) => ({ slug: rule.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const rule = getRuleBySlug((await params).slug);
  if (!rule) return {};
  return {
    title: rule.title,
    description:
      `${rule.level.toUpperCase()} · ${rule.attack.techniques.join(', ') || 'no ATT&CK technique'} · ${rule.description}`.slice(
        0,
        300,
      ),
    alternates: { canonical: absoluteUrl(rulePath(rule.slug)) },
  };
}

async function detectionView(rule: Rule): Promise<DetectionView> {
  const downloads = ruleDownloads(rule);
  const link = (file: string) => withBase(`${rulePath(rule.slug)}${file}`);
  const [sigma, ...kqlFiles] = downloads;
  return {
    sigmaHtml: await highlightCode(rule.sigma, 'yaml'),
    sigmaDownload: { href: link(sigma!.file), fileName: sigma!.saveAs },
    status: rule.conversion.status,
    reasons: rule.conversion.reasons,
    queries: await Promise.all(
      rule.conversion.queries.map(async (query, index) => {
        const file = kqlFiles.find((f) => f.queryIndex === index)!;
        return {
          variant: query.variant,
          table: query.table,
          warnings: query.warnings,
          html: await highlightCode(query.kql, 'kusto'),
          download: { href: link(file.file), fileName: file.saveAs },
        };
      }),
    ),
  };
}

export default async function RulePage({ params }: Params) {
  const rule = getRuleBySlug((await params).slug);
  if (!rule) notFound();
  const detection = await detectionView(rule);
  const section = (key: string) => rule.sections.find((s) => s.key === key);
  const hunt = section('hunt-hypothesis');
  const fp = section('false-positive-guidance');
  const context = section('mitre-attack-context');
  const techniqueHrefs = Object.fromEntries(rule.attack.techniques.map((id) => [id, techniqueHref(id)]));
  const techniqueNames = Object.fromEntries(
    rule.attack.techniques.map((id) => [id, getTechnique(id)?.name ?? '']).filter(([, name]) => name),
  );
  const table = rule.conversion.queries[0]?.table ?? rule.dataTable;

  return (
    // A static document: no client component, so scripts/static-pages.ts drops React's payload from the HTML.
    <article className="space-y-4" data-static-page>
      <nav aria-label="Breadcrumb" className="flex items-center justify-between text-sm">
        <a href={withBase('/')} className="link">
          ← Back to SOC feed
        </a>
        <a href={withBase('/coverage/')} className="link">
          Coverage →
        </a>
      </nav>
      <div className="rule-grid">
        <div className="min-w-0 space-y-6">
          <RuleHeader
            rule={rule}
            techniqueHrefs={techniqueHrefs}
            techniqueNames={techniqueNames}
            table={table}
          />
          <EnrichmentNotice rule={rule} />
          {hunt && <ProseSection id="hunt-hypothesis" title={hunt.title} html={hunt.html} />}
          <DetectionRule detection={detection} sigmaFileName={detection.sigmaDownload.fileName} />
          <SentinelExport rule={rule} />
          {(fp || rule.falsepositives.length > 0) && (
            <ProseSection id="false-positive-guidance" title="False Positive Guidance" html={fp?.html}>
              {rule.falsepositives.length > 0 && (
                <div className="card-sm">
                  <p className="label">Listed in the rule</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {rule.falsepositives.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              )}
            </ProseSection>
          )}
          {(context || attackTagsOf(rule).length > 0) && (
            <ProseSection
              id="mitre-attack-context"
              title={context?.title ?? 'MITRE ATT&CK Context'}
              html={context?.html}
            >
              <AttackContext tags={attackTagsOf(rule)} />
            </ProseSection>
          )}
          <p className="border-t border-line pt-4 text-sm text-muted">
            Original source:{' '}
            <a href={rule.source.url} data-original rel="noopener noreferrer" className="link break-all">
              {rule.source.url}
            </a>
            <br />
            Rule by {rule.author}, {rule.source.name}, under the{' '}
            {rule.license === 'DRL-1.1' ? 'Detection Rule License (DRL) 1.1' : rule.license}.
          </p>
        </div>
        <aside className="min-w-0">
          <RuleDetails
            rule={rule}
            tacticNames={rule.attack.tactics.map(tacticName)}
            permalink={withBase(`/r/${rule.id}/`)}
          />
        </aside>
      </div>
    </article>
  );
}
