// Line and column are computed here and only here: problems carry offsets, this turns them into
// `path:line:col CODE message` followed by the source line and a caret under the range.
import type { Problem } from './problem';

export interface LineCol {
  /** 1-based */
  line: number;
  /** 1-based, counted in UTF-16 code units like the offsets. */
  col: number;
}

export function lineColAt(text: string, offset: number): LineCol {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: at - lineStart + 1 };
}

export function formatProblem(problem: Problem, text: string, path: string): string {
  const { line, col } = lineColAt(text, problem.range.start);
  const lineStart = problem.range.start - (col - 1);
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  const source = text.slice(lineStart, lineEnd).replace(/\r$/, '').replace(/\t/g, ' ');
  const width = Math.max(1, Math.min(problem.range.end, lineEnd) - problem.range.start);
  const gutter = `${line} | `;
  const caret =
    ' '.repeat(gutter.length + col - 1) + '^'.repeat(Math.min(width, Math.max(1, source.length - col + 1)));
  const severity = problem.severity === 'warning' ? ' (warning)' : '';
  return `${path}:${line}:${col} ${problem.code}${severity} ${problem.message}\n${gutter}${source}\n${caret}`;
}
