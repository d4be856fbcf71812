// /feed.xml: Atom feed of new and updated rules, written once at build time.
import { absoluteUrl } from '@/components/site';
import { getTechnique } from '@/lib/attack';
import { getRules } from '@/lib/content';
import { buildAtomFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET(): Response {
  const xml = buildAtomFeed(getRules(), {
    siteUrl: absoluteUrl(''),
    techniqueName: (id) => getTechnique(id)?.name,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
