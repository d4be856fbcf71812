import type { RuleDetail } from './rule-types';
import { Badge } from './ui/Badge';
import { SeverityBadge } from './ui/SeverityBadge';
import { TechniqueChip } from './ui/TechniqueChip';

interface Props {
  rule: RuleDetail;
  techniqueHrefs: Record<string, string>;
  /** Technique names from the ATT&CK data, when known. */
  techniqueNames?: Record<string, string>;
  table?: string;
}

/** Title, badges, techniques and the data table: the top of the model page. */
export function RuleHeader({ rule, techniqueHrefs, techniqueNames = {}, table }: Props) {
  return (
    <header className="space-y-3">
      <h1 className="rule-title">{rule.title}</h1>
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge title="Rule format">{rule.format}</Badge>
        <SeverityBadge level={rule.level} />
        <Badge title="Source">{rule.source.name}</Badge>
        <Badge title="Sigma status">{rule.status}</Badge>
        {rule.upstream === 'removed' && (
          <Badge title="No longer in the source repository">removed upstream</Badge>
        )}
      </div>
      {rule.attack.techniques.length > 0 && (
        <ul aria-label="ATT&CK techniques" className="flex flex-wrap gap-1.5">
          {rule.attack.techniques.map((id) => (
            <li key={id}>
              <TechniqueChip id={id} href={techniqueHrefs[id] ?? '#'} name={techniqueNames[id]} />
            </li>
          ))}
        </ul>
      )}
      {table && (
        <p className="text-sm">
          <span className="text-muted">Data table </span>
          <code className="table-code">{table}</code>
        </p>
      )}
      <p className="rule-desc">{rule.description}</p>
    </header>
  );
}
