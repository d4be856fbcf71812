// Runs after `next build` (see the build script in package.json): the Content-Security-Policy step over the export.
// Usage: tsx scripts/postbuild.ts [dir=out]   (BASE_PATH as for the build)
import { existsSync } from 'node:fs';
import { applyCsp } from './csp';

const dir = process.argv[2] ?? 'out';
if (!existsSync(dir)) {
  console.error(`postbuild: ${dir} does not exist; run next build first`);
  process.exit(2);
}
const started = performance.now();
const result = applyCsp(dir, { basePath: process.env.BASE_PATH ?? '' });
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(`${p.file}: ${p.kind}: ${p.detail}`);
  console.error(
    `postbuild: ${result.problems.length} page problem(s) a CSP must not paper over; pages left unchanged`,
  );
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `postbuild: CSP for ${result.pages} pages (${result.inlineScripts} inline scripts hashed), _headers written in ${ms} ms`,
);
