import { getRuleBySlug, getRules, ruleDownloads } from '@/lib/content';

// The downloadable files of each rule, written into the export as plain files.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getRules().flatMap((rule) => ruleDownloads(rule).map((d) => ({ slug: rule.slug, file: d.file })));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug, file } = await params;
  const rule = getRuleBySlug(slug);
  const download = rule && ruleDownloads(rule).find((d) => d.file === file);
  if (!download) return new Response('Not found', { status: 404 });
  const type = file.endsWith('.yml') ? 'application/yaml' : 'text/plain';
  return new Response(download.text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
