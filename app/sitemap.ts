import type { MetadataRoute } from 'next';
import { absoluteUrl, rulePath } from '@/components/site';
import { getRules, lastChanged } from '@/lib/content';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const rules = getRules();
  const newest = rules.map(lastChanged).sort().pop();
  return [
    { url: absoluteUrl('/'), lastModified: newest },
    { url: absoluteUrl('/coverage/'), lastModified: newest },
    ...rules.map((rule) => ({ url: absoluteUrl(rulePath(rule.slug)), lastModified: lastChanged(rule) })),
  ];
}
