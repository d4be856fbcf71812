// npm run sigma:check -- <files or folders>: parses every Sigma rule, lowers each detection rule to the IR,
// prints every problem with its position, then a summary (files, errors, warnings by code).
// Exit code 1 when any error was found, 2 when an argument cannot be read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, lowerRule, parseSigma, type Problem } from '../lib/sigma';

/** Files named on the command line are checked whatever their extension; folders contribute *.yml and *.yaml. */
export function collectRuleFiles(path: string, into: string[] = [], explicit = true): string[] {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) collectRuleFiles(join(path, name), into, false);
  } else if (explicit || /\.ya?ml$/i.test(path)) {
    into.push(path);
  }
  return into;
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  byCode: Map<string, { errors: number; warnings: number }>;
}

export function checkFiles(paths: string[], print: (line: string) => void): CheckSummary {
  const summary: CheckSummary = { files: 0, errors: 0, warnings: 0, byCode: new Map() };
  for (const path of paths) {
    summary.files++;
    const text = readFileSync(path, 'utf8');
    const label = relative(process.cwd(), path) || path;
    const parsed = parseSigma(text, { path: label });
    const problems: Problem[] = [...parsed.errors, ...parsed.warnings];
    // Lowering is what a converter does next; meta rules and multi-document files already carry their warning.
    if (parsed.errors.length === 0 && parsed.rule?.kind === 'detection' && parsed.documents.length === 1) {
      const lowered = lowerRule(parsed.rule);
      problems.push(...lowered.errors, ...lowered.warnings);
    }
    problems.sort((a, b) => a.range.start - b.range.start);
    for (const p of problems) {
      print(formatProblem(p, text, label));
      const entry = summary.byCode.get(p.code) ?? { errors: 0, warnings: 0 };
      if (p.severity === 'error') {
        entry.errors++;
        summary.errors++;
      } else {
        entry.warnings++;
        summary.warnings++;
      }
      summary.byCode.set(p.code, entry);
    }
  }
  return summary;
}

export function formatSummary(summary: CheckSummary): string[] {
  const lines = [`${summary.files} files, ${summary.errors} errors, ${summary.warnings} warnings`];
  for (const [code, n] of [...summary.byCode].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(
      `  ${code.padEnd(30)} ${String(n.errors).padStart(5)} errors ${String(n.warnings).padStart(5)} warnings`,
    );
  }
  return lines;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('usage: npm run sigma:check -- <files or folders>');
    process.exit(2);
  }
  const files: string[] = [];
  let unreadable = false;
  for (const arg of args) {
    try {
      collectRuleFiles(arg, files);
    } catch {
      console.error(`${arg}: cannot read`);
      unreadable = true;
    }
  }
  const summary = checkFiles(files, (line) => console.log(line));
  console.log(['', ...formatSummary(summary)].join('\n'));
  process.exitCode = summary.errors > 0 ? 1 : unreadable ? 2 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
