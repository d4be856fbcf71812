import type { ReactNode } from 'react';
import type { ResolvedTag } from '@/lib/attack';
import { withBase } from '../site';

/** Why an ID is not an ordinary matrix technique: revoked, deprecated, or newer than the shipped data. */
export function StatusNote({ resolved, version }: { resolved: ResolvedTag; version: string }) {
  if (resolved.status === 'current') return null;
  let text: ReactNode;
  if (resolved.status === 'revoked') {
    text = resolved.replacedBy ? (
      <>
        Revoked in ATT&amp;CK; replaced by{' '}
        <a
          href={withBase(`/attack/${resolved.replacedBy.id}/`)}
          className="font-medium text-accent underline"
        >
          {resolved.replacedBy.id}
          {resolved.replacedBy.name ? ` ${resolved.replacedBy.name}` : ''}
        </a>
        . Rules tagged {resolved.id} count for the replacement in the matrix.
      </>
    ) : (
      <>Revoked in ATT&amp;CK. The v{version} data does not say what replaced it; see attack.mitre.org.</>
    );
  } else if (resolved.status === 'deprecated') {
    text = (
      <>Deprecated in ATT&amp;CK v{version}: not in the matrix, and rules tagged with it count for no cell.</>
    );
  } else {
    text = (
      <>
        Not in the ATT&amp;CK v{version} data this site ships
        {resolved.fromOverlay ? ' (known from the ATT&CK v19 change notes)' : ''}. Rules tagged with it are
        listed as tagged and counted in the &quot;not in ATT&amp;CK v{version} data&quot; group of the
        coverage page.
        {resolved.previously && resolved.previously.length > 0 && (
          <>
            {' '}
            In v{version} this was{' '}
            {resolved.previously.map((p, i) => (
              <span key={p}>
                {i > 0 && ', '}
                <a href={withBase(`/attack/${p}/`)} className="font-mono text-accent underline">
                  {p}
                </a>
              </span>
            ))}
            .
          </>
        )}
      </>
    );
  }
  return (
    <p
      role="note"
      className="rounded border border-warn-line bg-warn-bg px-3 py-2 text-sm text-warn"
      data-status={resolved.status}
    >
      {text}
    </p>
  );
}
