// Runs a command and measures it the way the build budget is stated: wall time, and the peak resident memory of
// the whole process tree (next build forks workers, so one process's maximum would undercount). The tree is sampled
// from /proc every 100 ms; on a system without /proc only the wall time is reported.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface TimedRun {
  command: string;
  code: number;
  wallMs: number;
  /** Peak of the summed RSS of the process and all its descendants; null without /proc. */
  peakRssBytes: number | null;
  /** The last lines of output, for a failed run. */
  tail: string;
}

const PAGE_SIZE = 4096;

/** pid → [ppid, rss bytes] for every process, read from /proc/<pid>/stat. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and parentheses): state ppid ... rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * PAGE_SIZE]);
    } catch {
      // the process ended between readdir and read
    }
  }
  return table;
}

export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.[1] ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function timeCommand(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; echo?: boolean } = {},
): Promise<TimedRun> {
  const sampling = existsSync('/proc/self/stat');
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
  let peak = 0;
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  };
  const timer = sampling ? setInterval(sample, 100) : undefined;
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({
        command: [command, ...args].join(' '),
        code: code ?? 1,
        wallMs: performance.now() - started,
        peakRssBytes: sampling ? peak : null,
        tail: output.split('\n').slice(-25).join('\n'),
      });
    });
  });
}

/** Whether a heavy job (a build, Lighthouse, Playwright) of someone else's is running on this shared machine. */
export function heavyJobRunning(): string | null {
  const self = process.pid;
  for (const [pid] of processTable()) {
    if (pid === self) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (/next build|lighthouse|playwright test/.test(cmdline) && !cmdline.includes('scripts/bench'))
        return cmdline;
    } catch {
      // gone
    }
  }
  return null;
}
