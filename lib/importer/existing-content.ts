// What the content folder already holds, so a re-import keeps slugs, retrieved times and curated sections.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface ExistingRule {
  /** Absolute path of the .md file. */
  mdPath: string;
  slug: string;
  id?: string;
  /** The whole .md text and the parsed front matter (undefined when it does not parse). */
  text: string;
  frontMatter?: Record<string, unknown>;
  body: string;
  /** Bytes of the sibling .yml, when present. */
  sigma?: Uint8Array;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): { yaml?: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  return { yaml: match[1], body: text.slice(match[0].length) };
}

async function listMarkdown(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const rel = dir ? path.join(dir, entry.name) : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith('.')) return listMarkdown(root, rel);
      return entry.isFile() && entry.name.endsWith('.md') ? [rel] : [];
    }),
  );
  return nested.flat();
}

/** Every content file under `root` (missing folder = none). Files that do not parse are returned without id. */
export async function readExistingContent(root: string): Promise<ExistingRule[]> {
  const files = await listMarkdown(root);
  const rules: ExistingRule[] = [];
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const loaded = await Promise.all(
      batch.map(async (rel) => {
        const mdPath = path.join(root, rel);
        const text = await readFile(mdPath, 'utf8');
        const sigma = await readFile(mdPath.replace(/\.md$/, '.yml')).catch(() => undefined);
        const { yaml, body } = splitFrontMatter(text);
        let frontMatter: Record<string, unknown> | undefined;
        try {
          const parsed: unknown = yaml === undefined ? undefined : parse(yaml);
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            frontMatter = parsed as Record<string, unknown>;
        } catch {
          frontMatter = undefined;
        }
        const id = typeof frontMatter?.id === 'string' ? frontMatter.id : undefined;
        return {
          mdPath,
          slug: path.basename(rel, '.md'),
          id,
          text,
          frontMatter,
          body,
          sigma: sigma ? new Uint8Array(sigma) : undefined,
        } satisfies ExistingRule;
      }),
    );
    rules.push(...loaded);
  }
  return rules;
}
