import Link from 'next/link';
import { SITE_NAME } from './site';
import { ThemeToggle } from './ThemeToggle';

// prefetch={false}: a hydrated page would otherwise fetch and decode both routes' payloads (about 85 KB each)
// right after hydrating, on the main thread, just when a reader who started typing waits for results. A click
// still navigates client-side, fetching the payload then.
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-bar">
        <Link href="/" prefetch={false} className="site-logo">
          <span className="i-shield" aria-hidden="true" />
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link href="/" prefetch={false} className="nav-link">
            Rules
          </Link>
          <Link href="/coverage/" prefetch={false} className="nav-link">
            Coverage
          </Link>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
