// Rule pages, rendered after `next build` from the catalog. Next builds one rule page, the shell (see shellRule in
// lib/content and generateStaticParams in app/rules/[slug]/page.tsx); this step renders every rule page with the
// same page component and metadata through react-dom/server, and puts each into the shell's document (see
// page-template.ts). Next spends about 28 ms on a page and writes RSC payload files the post-build step then
// deletes; here a page takes 4 to 5 ms. Rule pages are static documents (no client component), so nothing is lost.
//
// Drift guard: the shell is rendered here too and must equal, byte for byte, the page Next wrote (after the same
// post-processing, scripts/static-pages.ts). A change to the layout, the metadata or the page that this renderer
// does not reproduce fails the build here instead of shipping 3,000 pages that differ from the one Next made.
//
// Import this module after NEXT_PUBLIC_BASE_PATH is set (postbuild.ts does): the site helpers read it when loaded.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Metadata } from 'next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import RulePage, { generateMetadata } from '@/app/rules/[slug]/page';
import { pageTitle, rulePath, siteOrigin } from '@/components/site';
import { shellRule, type Rule } from '@/lib/content';
import {
  driftReport,
  fillTemplate,
  leftoverMention,
  pageTemplate,
  type PageTemplate,
  type SlotValues,
} from './page-template';

export class RulePageError extends Error {}

/** The file Next (and this step) writes a rule page to. */
export function rulePageFile(dir: string, slug: string): string {
  return path.join(dir, 'rules', slug, 'index.html');
}

// As Next resolves metadata URLs: an absolute one as it is, a relative one against metadataBase (the layout's
// siteOrigin()), keeping the base's path.
export function canonicalUrl(canonical: string): string {
  if (URL.canParse(canonical)) return new URL(canonical).href;
  const base = new URL(siteOrigin());
  return new URL(path.posix.join(base.pathname, canonical), base).href;
}

/** The head elements a rule page's metadata becomes, written by React so they are escaped as Next's are. */
export function headSlots(metadata: Metadata): Omit<SlotValues, 'main'> {
  const { title, description } = metadata;
  const canonical = metadata.alternates?.canonical;
  if (typeof title !== 'string' || typeof description !== 'string' || typeof canonical !== 'string')
    throw new RulePageError(
      'rule pages: generateMetadata no longer returns a string title, description and canonical',
    );
  return {
    title: renderToStaticMarkup(createElement('title', null, pageTitle(title))),
    description: renderToStaticMarkup(createElement('meta', { name: 'description', content: description })),
    canonical: renderToStaticMarkup(
      createElement('link', { rel: 'canonical', href: canonicalUrl(canonical) }),
    ),
  };
}

/** One rule page's slots: its metadata in the head, its page component in <main>. */
export async function renderSlots(slug: string): Promise<SlotValues> {
  const params = Promise.resolve({ slug });
  const [metadata, page] = await Promise.all([generateMetadata({ params }), RulePage({ params })]);
  return { ...headSlots(metadata), main: renderToStaticMarkup(page) };
}

/**
 * Renders every rule page but the shell into `pages` (file -> HTML; the CSP step writes them), from the shell page
 * Next built, which `pages` holds already stripped by static-pages.ts. Throws RulePageError when the shell is
 * missing or the drift guard fails.
 */
export async function renderRulePages(
  dir: string,
  rules: readonly Rule[],
  pages: Map<string, string>,
): Promise<{ rendered: number; shell: string }> {
  const shell = shellRule(rules);
  if (!shell) throw new RulePageError('rule pages: the catalog has no rule');
  const shellFile = rulePageFile(dir, shell.slug);
  const nextShell = pages.get(shellFile);
  if (nextShell === undefined)
    throw new RulePageError(
      `rule pages: ${path.relative(dir, shellFile)} (the shell) is not among the static pages`,
    );
  let template: PageTemplate;
  try {
    template = pageTemplate(nextShell);
  } catch (error) {
    throw new RulePageError(`rule pages: ${(error as Error).message}`);
  }
  const leftover = [rulePath(shell.slug), shell.title]
    .map((needle) => leftoverMention(template, needle))
    .find(Boolean);
  if (leftover)
    throw new RulePageError(
      `rule pages: the shell names itself outside the slots the renderer fills: ${leftover}`,
    );
  const drift = driftReport(nextShell, fillTemplate(template, await renderSlots(shell.slug)));
  if (drift)
    throw new RulePageError(
      `rule pages: this renderer's ${shell.slug} differs from the page Next built (the page component, its ` +
        `metadata or the layout changed in a way scripts/rule-pages.ts does not reproduce):\n${drift}`,
    );
  let rendered = 0;
  for (const rule of rules) {
    if (rule.slug === shell.slug) continue;
    const file = rulePageFile(dir, rule.slug);
    mkdirSync(path.dirname(file), { recursive: true });
    pages.set(file, fillTemplate(template, await renderSlots(rule.slug)));
    rendered++;
  }
  return { rendered, shell: shell.slug };
}
