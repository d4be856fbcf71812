import Link from 'next/link';
import { SITE_NAME } from './site';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-bar">
        <Link href="/" className="site-logo">
          <span className="i-shield" aria-hidden="true" />
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link href="/" className="nav-link">
            Rules
          </Link>
          <Link href="/coverage/" className="nav-link">
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
