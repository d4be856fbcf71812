import { BulkSentinelDownload } from './BulkSentinelDownload';
import { sentinelDownloadsFor, type ExportSource } from './sentinel-export';

const LABEL = 'All as one Sentinel ARM template';

/**
 * The bulk Sentinel download for a server-rendered list of rules (a technique page): `slugs` picks the rules
 * out of `catalog`; only those with a Sentinel export are offered, and a note says how many are left out.
 */
export function SentinelBulkExport({
  catalog,
  slugs,
  fileName,
}: {
  catalog: ExportSource[];
  slugs: string[];
  fileName: string;
}) {
  const wanted = new Set(slugs);
  const rules = catalog.filter((rule) => wanted.has(rule.slug));
  const exportable = rules.filter((rule) => sentinelDownloadsFor(rule).armJson).map((rule) => rule.slug);
  if (rules.length === 0) return null;
  return (
    <div className="space-y-1" data-testid="sentinel-bulk-export">
      {/* A React island (bulk-export-island.tsx): the props it hydrates with are these data attributes. */}
      <div
        data-hydrate="island"
        data-island="bulk-export"
        data-slugs={exportable.join(' ')}
        data-file-name={fileName}
        data-label={LABEL}
      >
        <BulkSentinelDownload slugs={exportable} fileName={fileName} label={LABEL} />
      </div>
      {exportable.length < rules.length && (
        <p className="text-xs text-muted">
          {rules.length - exportable.length} of these {rules.length} rules{' '}
          {rules.length - exportable.length === 1 ? 'has' : 'have'} no Sentinel export (no checked query, or
          one Sentinel would refuse); their pages say why.
        </p>
      )}
    </div>
  );
}
