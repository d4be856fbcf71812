import type { ContentProblem } from './types';

/** `path:line: field: message`, the form editors and CI logs understand. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** Every problem, one per line, sorted by file then line. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map(formatProblem)
    .join('\n');
}

/** Thrown once by the catalog when any content file is broken; the message lists them all. */
export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const files = new Set(problems.map((p) => p.file)).size;
    super(`Content has ${problems.length} problem(s) in ${files} file(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    // Not enumerable: Node would print the whole array again under the message.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
  }
}
