import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/components/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/', disallow: '/r/' }], sitemap: absoluteUrl('/sitemap.xml') };
}
