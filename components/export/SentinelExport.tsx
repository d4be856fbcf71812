import { durationMinutes } from '@/lib/export';
import { sentinelDownloadsFor, sentinelHref, type ExportSource } from './sentinel-export';

/** PT1H -> "hour", PT2H -> "2 hours", PT5M -> "5 minutes": read as "every …" and "the last …". */
function span(iso: string): string {
  const minutes = durationMinutes(iso) ?? 0;
  const [n, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return n === 1 ? unit : `${n} ${unit}s`;
}

function DownloadLink({
  href,
  fileName,
  label,
  testId,
}: {
  href: string;
  fileName: string;
  label: string;
  testId: string;
}) {
  return (
    <a href={href} download={fileName} data-testid={testId} className="btn-sm">
      <span className="i-download" aria-hidden="true" />
      {label}
    </a>
  );
}

/** "Deploy to Microsoft Sentinel": the rule as an analytics rule to import, or why it cannot be one. */
export function SentinelExport({ rule }: { rule: ExportSource }) {
  const downloads = sentinelDownloadsFor(rule);
  const sentinel = downloads.rule;
  return (
    <section aria-labelledby="sentinel-heading" className="space-y-2" data-testid="sentinel-export">
      <h2 id="sentinel-heading" className="h2">
        Deploy to Microsoft Sentinel
      </h2>
      {sentinel && downloads.armJson ? (
        <div className="card space-y-3">
          <p>
            A scheduled analytics rule with the {rule.conversion.queries[0]?.variant} query above (
            {sentinel.table}): severity {sentinel.severity}, runs every {span(sentinel.queryFrequency)} over
            the last {span(sentinel.queryPeriod)}, alerts on any result
            {sentinel.entityMappings.length > 0
              ? `, maps ${[...new Set(sentinel.entityMappings.map((m) => m.entityType))].join(', ')} entities`
              : ''}
            .
          </p>
          <div className="flex flex-wrap gap-2">
            <DownloadLink
              href={sentinelHref(rule.slug, 'armJson')}
              fileName={`${rule.slug}.sentinel-rule.json`}
              label="ARM template (.json)"
              testId="sentinel-arm-download"
            />
            <DownloadLink
              href={sentinelHref(rule.slug, 'yaml')}
              fileName={`${rule.slug}.sentinel-rule.yaml`}
              label="Analytics rule YAML"
              testId="sentinel-yaml-download"
            />
          </div>
          <p className="text-muted">
            In Sentinel, open Analytics, choose Import and pick the .json file. The YAML follows the
            Azure-Sentinel repository&apos;s analytics-rule format. Test the rule before you rely on it.
          </p>
          {downloads.warnings.length > 0 && (
            <details className="text-muted">
              <summary className="cursor-pointer">Notes on this export ({downloads.warnings.length})</summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {downloads.warnings.map((w, i) => (
                  <li key={`${w.code}-${i}`}>{w.message}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ) : (
        <div className="card" data-testid="sentinel-export-unavailable">
          <p className="font-medium">No analytics rule export for this rule.</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
            {downloads.errors.map((e, i) => (
              <li key={`${e.code}-${i}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
