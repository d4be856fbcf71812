import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedView } from '@/components/search/FeedView';
import { absoluteUrl, SITE_DESCRIPTION } from '@/components/site';
import { feedRows } from '@/lib/content';
import { feedPageCount, feedPagePath } from '@/lib/search';

// The feed's later pages (/page/2/, ...), so every rule is listed without JavaScript. Page 1 is generated too,
// with the feed as its canonical URL: a static export needs at least one path, and a catalogue of fewer than
// PAGE_SIZE rules has no other.
export const dynamicParams = false;

type Params = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  const count = feedPageCount(feedRows().length);
  return Array.from({ length: count }, (_, i) => ({ n: String(i + 1) }));
}

function pageOf(n: string): number | null {
  const page = Number(n);
  return Number.isInteger(page) && page >= 1 && page <= feedPageCount(feedRows().length) ? page : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = pageOf((await params).n);
  if (!page) return {};
  return {
    title: `Detection rules, page ${page} of ${feedPageCount(feedRows().length)}`,
    description: SITE_DESCRIPTION,
    alternates: { canonical: absoluteUrl(feedPagePath(page)) },
  };
}

export default async function FeedPageN({ params }: Params) {
  const page = pageOf((await params).n);
  if (!page) notFound();
  return <FeedView rows={feedRows()} page={page} />;
}
