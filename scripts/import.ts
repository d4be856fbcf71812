// npm run import -- <source> [--out <dir>] [--dry-run] [--base-url <url>] [--source-name <name>]
import { createProgressReporter, formatSummary, parseImportArgs, runImport } from '@/lib/importer';

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  if (!args.value) {
    console.error(args.error);
    return 2;
  }
  const { source, out, dryRun, baseUrl, sourceName } = args.value;
  const summary = await runImport({
    source,
    out,
    dryRun,
    baseUrl,
    sourceName,
    onProgress: createProgressReporter(process.stderr),
  });
  console.log(formatSummary(summary));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
