import type { Metadata } from 'next';
import { FeedView } from '@/components/search/FeedView';
import { absoluteUrl, SITE_DESCRIPTION } from '@/components/site';
import { feedRows } from '@/lib/content';

export const metadata: Metadata = {
  title: { absolute: 'SOC Feed: detection rules with KQL for Sentinel' },
  description: SITE_DESCRIPTION,
  alternates: { canonical: absoluteUrl('/') },
};

export default function FeedPage() {
  return <FeedView rows={feedRows()} page={1} />;
}
