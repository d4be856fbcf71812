import type { Metadata } from 'next';
import { withBase } from '@/components/site';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-muted">
        No page lives at this address. The rule may have been renamed or removed; every rule has a permanent
        link by its Sigma ID at <code className="font-mono text-sm">/r/&lt;rule-id&gt;/</code>.
      </p>
      <p className="flex justify-center gap-4 pt-2 text-sm">
        <a href={withBase('/')} className="font-medium text-accent hover:underline">
          Browse all rules
        </a>
        <a href={withBase('/coverage/')} className="font-medium text-accent hover:underline">
          ATT&amp;CK coverage
        </a>
      </p>
    </div>
  );
}
