import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A static export refuses a dynamic route whose generateStaticParams() returns nothing, so a catalog missing one
// kind of rule (here: its only rule has no KQL) failed the build on the routes that wrote per-rule KQL and Sentinel
// files. Every dynamic route of app/ must yield at least one path for the smallest catalog the build accepts.

// Keep the test from reading or replacing the build's catalog cache in .cache/.
vi.mock('../../../lib/content/catalog-cache', () => ({
  catalogKey: () => 'test',
  catalogCacheMatches: () => false,
  readCatalogCache: () => undefined,
  writeCatalogCache: () => undefined,
}));

const content = mkdtempSync(path.join(os.tmpdir(), 'socfeed-one-rule-'));
for (const ext of ['md', 'yml'])
  cpSync(
    `tests/fixtures/e2e-content/process-rule-without-kql.${ext}`,
    path.join(content, `process-rule-without-kql.${ext}`),
  );
const previous = process.env.CONTENT_DIR;
process.env.CONTENT_DIR = content;
afterAll(() => {
  if (previous === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previous;
  rmSync(content, { recursive: true, force: true });
});

/** Route files (page or route handler) below a [dynamic] folder, relative to app/. */
function dynamicRoutes(dir = 'app', rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const sub = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return dynamicRoutes(dir, sub);
    return /^(?:page\.tsx|route\.ts)$/.test(entry.name) && sub.includes('[') ? [sub] : [];
  });
}

describe('dynamic routes on a one-rule catalog without KQL', () => {
  const routes = dynamicRoutes();

  it('finds the dynamic routes', () => {
    expect(routes).toContain('rules/[slug]/page.tsx');
  });

  it.each(routes)('%s generates at least one path', async (route) => {
    const mod = (await import(`../../../app/${route}`)) as { generateStaticParams?: () => unknown };
    expect(mod.generateStaticParams, `${route} has no generateStaticParams`).toBeTypeOf('function');
    const params = await mod.generateStaticParams!();
    expect(Array.isArray(params) && params.length > 0, `${route}: ${JSON.stringify(params)}`).toBe(true);
  });
});

describe('technique pages on a one-rule catalog', () => {
  it('include every technique page a technique page links to (parent, sub-techniques, v19 successors)', async () => {
    const { attack } = await import('@/lib/attack');
    const mod = (await import('../../../app/attack/[id]/page')) as {
      generateStaticParams: () => { id: string }[];
    };
    const ids = new Set(mod.generateStaticParams().map((p) => p.id));
    const missing: string[] = [];
    for (const id of ids) {
      const parent = attack.technique(id)?.parent;
      const linked = [
        ...attack.subtechniquesOf(id).map((s) => s.id),
        ...attack.successorsOf(id).map((s) => s.id),
        ...(parent && attack.technique(parent) ? [parent] : []),
      ];
      for (const target of linked) if (!ids.has(target)) missing.push(`${id} -> ${target}`);
    }
    expect(missing).toEqual([]);
  });
});
