export type Level = 'informational' | 'low' | 'medium' | 'high' | 'critical';

const STYLES: Record<Level, string> = {
  informational: 'text-sev-informational bg-sev-informational-bg border-sev-informational/30',
  low: 'text-sev-low bg-sev-low-bg border-sev-low/30',
  medium: 'text-sev-medium bg-sev-medium-bg border-sev-medium/30',
  high: 'text-sev-high bg-sev-high-bg border-sev-high/30',
  critical: 'text-sev-critical bg-sev-critical-bg border-sev-critical/30',
};

const LABELS: Record<Level, string> = {
  informational: 'INFO',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

/** Severity as colour and text, so it reads without colour too. */
export function SeverityBadge({ level, className = '' }: { level: Level; className?: string }) {
  return (
    <span title={`Severity: ${level}`} className={`sev ${STYLES[level]} ${className}`.trimEnd()}>
      <span aria-hidden="true" className="h-1.5 w-1.5 rounded-full bg-current" />
      <span className="sr-only">Severity </span>
      {LABELS[level]}
    </span>
  );
}
