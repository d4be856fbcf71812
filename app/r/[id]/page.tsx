import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { rulePath, withBase } from '@/components/site';
import { getRuleById, getRules } from '@/lib/content';

// A permalink by Sigma rule id. A static host cannot redirect, so the page does: a meta refresh without JS,
// location.replace with JS (keeping a #kql deep link), and a plain link for everyone.
type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getRules().map((rule) => ({ id: rule.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const rule = getRuleById((await params).id);
  if (!rule) return {};
  return {
    title: rule.title,
    description: `Permanent link to the rule ${rule.title}.`,
    robots: { index: false },
    alternates: { canonical: rulePath(rule.slug) },
  };
}

export default async function PermalinkPage({ params }: Params) {
  const rule = getRuleById((await params).id);
  if (!rule) notFound();
  const target = withBase(rulePath(rule.slug));
  return (
    <div className="space-y-2 py-10 text-center">
      <meta httpEquiv="refresh" content={`0;url=${target}`} />
      <script
        dangerouslySetInnerHTML={{ __html: `location.replace(${JSON.stringify(target)}+location.hash)` }}
      />
      <p className="text-muted">This is the permanent link of</p>
      <p className="text-lg font-medium">
        <Link href={rulePath(rule.slug)} className="text-accent hover:underline">
          {rule.title}
        </Link>
      </p>
    </div>
  );
}
