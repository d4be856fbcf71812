// /search-index.json: the feed's search index, written once at build time and fetched lazily by the browser.
import { getTechnique } from '@/lib/attack';
import { getRules } from '@/lib/content';
import { buildSearchIndex, type SearchSource } from '@/lib/search';
import { detectionValuesOf } from '@/lib/sigma';

export const dynamic = 'force-static';

export function GET(): Response {
  // getRules() is newest first, the feed page's server-rendered order.
  const sources: SearchSource[] = getRules().map((rule) => ({
    slug: rule.slug,
    title: rule.title,
    description: rule.description,
    level: rule.level,
    status: rule.status,
    date: rule.date,
    modified: rule.modified,
    author: rule.author,
    techniques: rule.attack.techniques,
    tactics: rule.attack.tactics,
    tags: rule.tags,
    logsource: rule.logsource,
    dataTable: rule.conversion.queries[0]?.table ?? rule.dataTable,
    kqlAvailable: rule.conversion.status === 'ok' && rule.conversion.queries.length > 0,
    detectionValues: detectionValuesOf(rule.sigma),
  }));
  const file = buildSearchIndex(sources, (id) => getTechnique(id)?.name);
  return new Response(JSON.stringify(file), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
