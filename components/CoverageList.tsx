import { SeverityBadge, type Level } from './ui/SeverityBadge';
import { TechniqueChip } from './ui/TechniqueChip';
import { withBase } from './site';

export interface CoverageGroup {
  tactic: string;
  name: string;
  ruleCount: number;
  techniques: { id: string; href: string; rules: { slug: string; title: string; level: Level }[] }[];
}

/** Techniques covered, one card per tactic, each technique with its rules. */
export function CoverageList({ groups }: { groups: CoverageGroup[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <section
          key={group.tactic || 'none'}
          aria-labelledby={`tactic-${group.tactic || 'none'}`}
          className="rounded-lg border border-line bg-surface"
        >
          <header className="flex items-baseline justify-between gap-2 border-b border-line px-4 py-2.5">
            <h2 id={`tactic-${group.tactic || 'none'}`} className="font-semibold">
              {group.name}
            </h2>
            <p className="text-xs text-muted">
              {group.techniques.length} {group.techniques.length === 1 ? 'technique' : 'techniques'} ·{' '}
              {group.ruleCount} {group.ruleCount === 1 ? 'rule' : 'rules'}
            </p>
          </header>
          <ul className="divide-y divide-line">
            {group.techniques.map((technique) => (
              <li key={technique.id} className="grid grid-cols-[5.5rem_1fr] gap-3 px-4 py-2.5 text-sm">
                <div className="space-y-1">
                  <TechniqueChip id={technique.id} href={technique.href} />
                  <p className="text-xs text-muted">
                    {technique.rules.length} {technique.rules.length === 1 ? 'rule' : 'rules'}
                  </p>
                </div>
                <ul className="min-w-0 space-y-1">
                  {technique.rules.map((rule) => (
                    <li key={rule.slug} className="flex items-start gap-2">
                      <SeverityBadge level={rule.level} className="shrink-0" />
                      <a
                        href={withBase(`/rules/${rule.slug}/`)}
                        className="min-w-0 text-ink hover:text-accent hover:underline"
                      >
                        {rule.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
