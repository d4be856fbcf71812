// npm run attack:update -- [bundle.json | URL] [--attack-version 18.1] [--out path]
// Reads an Enterprise ATT&CK STIX bundle and writes the project's compact table (lib/attack/data/enterprise.json).

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAttackTable, serializeAttackTable } from '../lib/attack';

const DEFAULT_SOURCE =
  'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/enterprise-attack.json';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = path.join(root, 'lib/attack/data/enterprise.json');

interface Args {
  source: string;
  out: string;
  attackVersion?: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { source: DEFAULT_SOURCE, out: DEFAULT_OUT };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '--attack-version') {
      const v = argv[++i];
      if (!v) return `${a} needs a value`;
      if (a === '--out') args.out = path.resolve(v);
      else args.attackVersion = v;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else positional.push(a);
  }
  if (positional.length > 1) return 'give one bundle file or URL';
  if (positional[0]) args.source = positional[0];
  return args;
}

async function load(source: string): Promise<{ text: string; name: string }> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`GET ${source}: HTTP ${res.status} ${res.statusText}`);
    return { text: await res.text(), name: source };
  }
  return { text: await readFile(source, 'utf8'), name: path.basename(source) };
}

/** "enterprise-attack-18.1.json" names its version; the shared and "latest" bundles do not. */
function versionFromName(name: string): string | undefined {
  return /enterprise-attack-(\d+(?:\.\d+)*)\.json$/i.exec(name)?.[1];
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(
      `attack:update: ${args}\nusage: npm run attack:update -- [bundle.json | URL] [--attack-version X.Y] [--out file]`,
    );
    return 2;
  }
  let loaded: { text: string; name: string };
  let bundle: unknown;
  try {
    loaded = await load(args.source);
  } catch (e) {
    console.error(`attack:update: cannot read ${args.source}: ${(e as Error).message}`);
    return 1;
  }
  try {
    bundle = JSON.parse(loaded.text);
  } catch (e) {
    console.error(`attack:update: ${loaded.name} is not JSON: ${(e as Error).message}`);
    return 1;
  }
  const sha256 = createHash('sha256').update(loaded.text).digest('hex');
  const result = buildAttackTable(bundle, {
    sourceName: loaded.name,
    sha256,
    attackVersion: args.attackVersion ?? versionFromName(loaded.name),
  });
  for (const w of result.warnings) console.warn(`attack:update: warning ${w.code}: ${w.message}`);
  if (!result.value) {
    for (const e of result.errors) console.error(`attack:update: ${loaded.name}: ${e.code}: ${e.message}`);
    return 1;
  }
  const t = result.value;
  await mkdir(path.dirname(args.out), { recursive: true });
  await writeFile(args.out, serializeAttackTable(t));
  const active = t.techniques.filter((x) => !x.revoked && !x.deprecated);
  console.log(
    `attack:update: ATT&CK ${t.version} from ${t.source.name} → ${path.relative(process.cwd(), args.out)}\n` +
      `  ${t.tactics.length} tactics, ${active.filter((x) => !x.parent).length} techniques, ` +
      `${active.filter((x) => x.parent).length} sub-techniques active; ` +
      `${t.techniques.filter((x) => x.revoked).length} revoked, ${t.techniques.filter((x) => x.deprecated).length} deprecated; ` +
      `${t.groups.length} groups, ${t.software.length} software`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`attack:update: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  },
);
