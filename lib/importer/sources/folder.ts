import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { selectRuleFiles } from './select-rules';
import type { SourceFile, SourceListing } from './types';

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(root, rel);
      return entry.isFile() ? [rel] : [];
    }),
  );
  return nested.flat();
}

/** Read every rule file under a folder: a checkout, its `rules/` folder, or any folder of Sigma rules. */
export async function readFolderSource(root: string): Promise<SourceListing> {
  const absolute = path.resolve(root);
  const names = await listFiles(absolute);
  const selected = selectRuleFiles(
    names.map((name) => ({ path: name, value: name })),
    path.basename(absolute),
  );
  const files: SourceFile[] = [];
  // Bounded batches: thousands of concurrent opens would hit the descriptor limit on small machines.
  for (let i = 0; i < selected.length; i += 64) {
    const batch = selected.slice(i, i + 64);
    const read = await Promise.all(batch.map((e) => readFile(path.join(absolute, e.value))));
    batch.forEach((e, j) => files.push({ path: e.path, bytes: new Uint8Array(read[j]!) }));
  }
  return { files, origin: absolute };
}
