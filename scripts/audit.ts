// npm run audit [-- --strict]: `npm audit --omit=dev` with a verdict. Fails on any high or critical finding in the
// production dependencies (what the exported site and the build scripts run). When the registry's audit endpoint
// cannot be reached (a mirror or proxy that only allows GET answers 405), it says so and exits 0, or 1 with --strict:
// an unreachable audit is reported as "not checked", never as "no findings".
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];

export type AuditVerdict =
  | { kind: 'clean' | 'findings'; counts: Record<Severity, number>; blocking: string[] }
  | { kind: 'unreachable'; reason: string };

interface AuditReport {
  vulnerabilities?: Record<string, { severity?: string }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string };
}

/** Reads the JSON `npm audit --json` prints: a report, or the registry's error. */
export function auditVerdict(json: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return { kind: 'unreachable', reason: 'npm audit printed no JSON report' };
  }
  if (!report.metadata?.vulnerabilities) {
    const reason = report.error?.summary || report.message || report.error?.code || 'no audit report';
    return {
      kind: 'unreachable',
      reason: report.statusCode ? `${reason} (HTTP ${report.statusCode})` : reason,
    };
  }
  const found = report.metadata.vulnerabilities;
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, found[s] ?? 0])) as Record<Severity, number>;
  const blocking = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  const kind = counts.high + counts.critical > 0 ? 'findings' : 'clean';
  return { kind, counts, blocking };
}

/** One line for the terminal and the exit code. */
export function describeVerdict(verdict: AuditVerdict, strict: boolean): { line: string; code: number } {
  if (verdict.kind === 'unreachable')
    return {
      line: `audit: NOT CHECKED: the registry's audit endpoint could not be used: ${verdict.reason}`,
      code: strict ? 1 : 0,
    };
  const summary = SEVERITIES.map((s) => `${verdict.counts[s]} ${s}`).join(', ');
  if (verdict.kind === 'clean') return { line: `audit: production dependencies: ${summary}: ok`, code: 0 };
  return {
    line: `audit: production dependencies: ${summary}: FAILED, high or critical in ${verdict.blocking.join(', ')}`,
    code: 1,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const { line, code } = describeVerdict(auditVerdict(run.stdout), process.argv.includes('--strict'));
  console.log(line);
  process.exit(code);
}
