// The build's first step (`npm run build` runs it before `next build`): loads the content, converts every rule,
// and checks every query with the Kusto language service on all cores, filling the check cache that the page
// renderer answers from. A broken content file stops the build here with every problem listed at once.
// Prints one line of figures; each query that fails the check is listed (its rule then shows no query).
import { checkQueries } from '../lib/kusto';
import { catalogSaved, contentDirs, formatProblems, loadContent, saveCatalog } from '../lib/content';

const started = performance.now();
// The catalog this step saved last time is still valid (same content files, same code, same check cache): the
// content loaded without a problem then, and each query was checked, so there is nothing new to check.
if (catalogSaved()) {
  console.log(
    `kql: content unchanged since the last check (.cache/catalog.json is valid for it); not checked again ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exit(0);
}
const { rules, problems } = loadContent();
if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(
    `Content has ${problems.length} problem(s) in ${files} file(s):\n${formatProblems(problems)}`,
  );
  process.exit(1);
}
// Said here, plainly: Next would only fail later on the rule page route, which a static export cannot leave empty.
if (rules.length === 0) {
  console.error(`Content has no rule: no rule file in ${contentDirs().join(', ')}`);
  process.exit(1);
}

const queries = rules.flatMap((rule) => rule.conversion.queries.map((q) => ({ rule, q })));
const diagnostics = await checkQueries(queries.map(({ q }) => q.kql));
const failed = queries.filter(({ q }) => (diagnostics.get(q.kql) ?? []).length > 0);
for (const { rule, q } of failed) {
  const first = diagnostics.get(q.kql)?.[0];
  console.error(
    `${rule.files.sigma}: ${q.variant} query fails the KQL check: ${first?.code} ${first?.message}`,
  );
}

// The build's later processes (page data, page rendering) read the catalog this step saves instead of loading again.
saveCatalog({ rules, problems });

const count = (status: string) => rules.filter((r) => r.conversion.status === status).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `kql: ${rules.length} rules: ${count('ok')} with KQL, ${count('unsupported')} unsupported, ${count('error')} ` +
    `error; ${new Set(queries.map(({ q }) => q.kql)).size} queries checked, ${failed.length} failed (${seconds} s)`,
);
