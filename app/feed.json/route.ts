// /feed.json: JSON Feed 1.1 of new and updated rules, written once at build time.
import { absoluteUrl } from '@/components/site';
import { getTechnique } from '@/lib/attack';
import { getRules } from '@/lib/content';
import { buildJsonFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET(): Response {
  const feed = buildJsonFeed(getRules(), {
    siteUrl: absoluteUrl(''),
    techniqueName: (id) => getTechnique(id)?.name,
  });
  return new Response(JSON.stringify(feed), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
}
