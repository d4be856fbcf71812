import { sentinelDownloadsFor } from '@/components/export/sentinel-export';
import { getRuleBySlug, getRules } from '@/lib/content';

// The rule as a Sentinel scheduled analytics rule, in an ARM template for Analytics > Import. Written into the
// static export for every rule that can be exported; the rule page explains why the others cannot.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getRules()
    .filter((rule) => sentinelDownloadsFor(rule).armJson)
    .map((rule) => ({ slug: rule.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const rule = getRuleBySlug(slug);
  const text = rule && sentinelDownloadsFor(rule).armJson;
  if (!text) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
