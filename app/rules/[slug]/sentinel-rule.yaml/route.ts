import { sentinelDownloadsFor } from '@/components/export/sentinel-export';
import { getRuleBySlug, getRules } from '@/lib/content';

// The rule as an analytics-rule YAML in the Azure-Sentinel repository's format (same rule as the ARM template).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getRules()
    .filter((rule) => sentinelDownloadsFor(rule).yaml)
    .map((rule) => ({ slug: rule.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const rule = getRuleBySlug(slug);
  const text = rule && sentinelDownloadsFor(rule).yaml;
  if (!text) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
}
