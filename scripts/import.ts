// npm run import -- <source> [--out <dir>] [--dry-run] [--strict] [--base-url <url>] [--source-name <name>]
import {
  createProgressReporter,
  formatSummary,
  importExitCode,
  parseImportArgs,
  runImport,
} from '@/lib/importer';

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  if (!args.value) {
    console.error(args.error);
    return 2;
  }
  const { source, out, dryRun, strict, baseUrl, sourceName } = args.value;
  const summary = await runImport({
    source,
    out,
    dryRun,
    baseUrl,
    sourceName,
    onProgress: createProgressReporter(process.stderr),
  });
  console.log(formatSummary(summary));
  const code = importExitCode(summary.skipped.length, strict);
  if (code) console.error(`import: ${summary.skipped.length} rule(s) skipped; failing as --strict asks`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
