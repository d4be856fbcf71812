// `import <source> [--out <dir>] [--dry-run] [--strict] [--base-url <url>] [--source-name <name>]`

export interface ImportArgs {
  source: string;
  out: string;
  dryRun: boolean;
  /** exit 1 when any rule was skipped (the good ones are still written) */
  strict: boolean;
  baseUrl?: string;
  sourceName?: string;
}

export const USAGE =
  'usage: npm run import -- <folder | archive.zip | archive.tar.gz | https://…/archive> [--out <dir>] [--dry-run] [--strict] [--base-url <url>] [--source-name <name>]';

/** Parse the command line; returns an error message instead of throwing. */
export function parseImportArgs(argv: string[]): { value?: ImportArgs; error?: string } {
  const positional: string[] = [];
  const args: Partial<ImportArgs> = { out: 'content/rules', dryRun: false, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--strict':
        args.strict = true;
        break;
      case '--out':
      case '--base-url':
      case '--source-name': {
        const v = value();
        if (!v) return { error: `${flag} needs a value\n${USAGE}` };
        if (flag === '--out') args.out = v;
        else if (flag === '--base-url') {
          if (!/^https?:\/\/\S+$/i.test(v)) return { error: `--base-url must be an http(s) URL, got ${v}` };
          args.baseUrl = v;
        } else args.sourceName = v;
        break;
      }
      case '--help':
      case '-h':
        return { error: USAGE };
      default:
        if (arg.startsWith('--')) return { error: `unknown option ${arg}\n${USAGE}` };
        positional.push(arg);
    }
  }
  if (positional.length !== 1) return { error: USAGE };
  return { value: { ...args, source: positional[0]! } as ImportArgs };
}

/** The importer's exit status: skipped rules are reported either way; with --strict they also fail the run (CI). */
export function importExitCode(skipped: number, strict: boolean): number {
  return strict && skipped > 0 ? 1 : 0;
}
