// What the CLI prints: a progress bar on a terminal, plain lines elsewhere, and the closing summary.
import path from 'node:path';
import type { ImportSummary, ProgressEvent } from './types';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

function bar(fraction: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

/**
 * A progress callback for runImport. TTY: one redrawn line with count (or bytes), total and rate. Otherwise a line
 * per 10%.
 */
export function createProgressReporter(stream: Stream, clock: () => number = () => performance.now()) {
  let started = 0;
  let lastDraw = 0;
  let lastTenth = -1;
  let downloadStarted: number | undefined;
  const draw = (line: string, force = false) => {
    const now = clock();
    if (!force && now - lastDraw < 80) return;
    lastDraw = now;
    const width = stream.columns && stream.columns > 20 ? stream.columns - 1 : 100;
    stream.write(`\r${line.slice(0, width)}\x1b[K`);
  };
  return (event: ProgressEvent) => {
    if (event.phase === 'download') {
      if (downloadStarted === undefined) downloadStarted = clock();
      const seconds = (clock() - downloadStarted) / 1000;
      const finished = event.received === event.total;
      const rate = seconds >= 0.2 || (finished && seconds > 0) ? `${mib(event.received / seconds)}/s` : '…/s';
      const pct = event.total ? event.received / event.total : 0;
      const size = event.total ? `${mib(event.received)} / ${mib(event.total)}` : mib(event.received);
      const text = `${size} ${rate}`;
      if (stream.isTTY) draw(`download ${event.total ? bar(pct, 30) : ''} ${text}`, finished);
      else {
        // Without a Content-Length there are no tenths: a line per 10 MiB instead.
        const step = event.total ? Math.floor(pct * 10) : Math.floor(event.received / (10 * 1048576));
        if (step > lastTenth) stream.write(`download ${text}\n`);
        lastTenth = step;
      }
      return;
    }
    if (event.phase === 'read') {
      if (stream.isTTY && lastDraw > 0) stream.write('\n');
      stream.write(`found ${event.files} rule files in ${event.origin}\n`);
      started = clock();
      lastTenth = -1;
      lastDraw = 0;
      return;
    }
    const elapsed = (clock() - started) / 1000;
    // A rate over the first few milliseconds means nothing; show it once there is something to average.
    const rate = elapsed >= 0.2 ? String(Math.round(event.done / elapsed)) : '…';
    const finished = event.done === event.total;
    if (stream.isTTY) {
      draw(`import ${bar(event.done / event.total, 30)} ${event.done}/${event.total} ${rate}/s`, finished);
      if (finished) stream.write('\n');
    } else {
      const tenth = Math.floor((event.done / event.total) * 10);
      if (tenth > lastTenth || finished) {
        if (tenth > lastTenth) stream.write(`import ${event.done}/${event.total} (${rate}/s)\n`);
        lastTenth = tenth;
      }
    }
  };
}

export function formatSummary(summary: ImportSummary, cwd = process.cwd()): string {
  // Relative to the working folder when inside it; a path climbing out of it (../../tmp/x) reads worse than absolute.
  const rel = (file: string) => {
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  };
  const lines = [
    `${summary.dryRun ? 'dry run (nothing written): ' : ''}${summary.found} rule files from ${summary.origin} in ${(summary.ms / 1000).toFixed(1)} s`,
    `  added:            ${summary.added.length}`,
    `  updated:          ${summary.updated.length}`,
    `  unchanged:        ${summary.unchanged.length}`,
    `  removed upstream: ${summary.removed.length}${summary.stillRemoved.length ? ` (plus ${summary.stillRemoved.length} marked earlier)` : ''}`,
    `  skipped:          ${summary.skipped.length}`,
  ];
  for (const file of summary.removed) lines.push(`removed upstream, kept and marked: ${rel(file)}`);
  for (const s of summary.skipped) lines.push(`skipped ${s.path}:${s.line}: ${s.reason}`);
  return lines.join('\n');
}
