import { attack, type ResolvedTag } from '@/lib/attack';
import { withBase } from '../site';

const STATUS: Partial<Record<ResolvedTag['status'], string>> = {
  revoked: 'revoked',
  deprecated: 'deprecated',
  'newer-than-data': `not in ATT&CK v${attack.version} data`,
  unknown: 'not checkable',
};

function Row({ r }: { r: ResolvedTag }) {
  const isTechnique = r.kind === 'technique' || r.kind === 'subtechnique';
  const technique = isTechnique ? attack.technique(r.id) : undefined;
  const tactics = (technique?.tactics ?? []).map((s) => attack.tactic(s)?.name ?? s);
  const page = isTechnique
    ? `/attack/${r.id}/`
    : r.kind === 'tactic' && r.shortName
      ? `/attack/tactics/${r.shortName}/`
      : undefined;
  return (
    <li className="attack-row" data-attack-id={r.id}>
      <span>
        {page ? (
          <a href={withBase(page)} className="link">
            {r.id}
          </a>
        ) : (
          r.id
        )}
      </span>
      <span>
        <span className="font-medium">
          {r.name ?? (r.kind === 'unknown' ? r.tag : 'Name not in the data')}
        </span>
        {tactics.length > 0 && <span className="text-muted"> · {tactics.join(', ')}</span>}
        {r.kind === 'tactic' && <span className="text-muted"> · tactic</span>}
        {STATUS[r.status] && <span className="warn-tag">{STATUS[r.status]}</span>}
        {r.replacedBy && (
          <span className="block text-xs text-muted">
            Replaced by{' '}
            <a href={withBase(`/attack/${r.replacedBy.id}/`)} className="link">
              {r.replacedBy.id} {r.replacedBy.name}
            </a>
          </span>
        )}
        {r.previously && r.previously.length > 0 && (
          <span className="block text-xs text-muted">
            In ATT&amp;CK v{attack.version}: {r.previously.join(', ')}
          </span>
        )}
      </span>
      {r.url && (
        <a href={r.url} rel="noopener noreferrer" className="link text-xs">
          attack.mitre.org <span aria-hidden="true">↗</span>
        </a>
      )}
    </li>
  );
}

/** The rule's ATT&CK tags as the data knows them: names, tactics, status, links. */
export function AttackContext({ tags }: { tags: string[] }) {
  const resolved = tags.map((t) => attack.resolveTag(t));
  if (resolved.length === 0) return null;
  const order = { technique: 0, subtechnique: 0, tactic: 1, group: 2, software: 2, unknown: 3 };
  resolved.sort((a, b) => order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
  return (
    <ul aria-label="ATT&CK tags" className="attack-list" data-testid="attack-context">
      {resolved.map((r) => (
        <Row key={r.tag} r={r} />
      ))}
    </ul>
  );
}
