import { SITE_NAME, withBase } from './site';
import { ThemeToggle } from './ThemeToggle';

// Plain links, not next/link: every page is static HTML that loads fast on its own, and the feed and coverage pages
// hydrate on demand, so a client-side navigation would only trade a light page load for fetching and rendering the
// other route's payload (about 85 KB) on the main thread. It also keeps next/link's script (3.4 KB compressed) off
// the path of a reader who types at once.
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-bar">
        <a href={withBase('/')} className="site-logo">
          <span className="i-shield" aria-hidden="true" />
          {SITE_NAME}
        </a>
        <nav aria-label="Main" className="site-nav">
          <a href={withBase('/')} className="nav-link">
            Rules
          </a>
          <a href={withBase('/coverage/')} className="nav-link">
            Coverage
          </a>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
