import Link from 'next/link';
import { SITE_NAME } from './site';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-ink">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" className="text-accent">
            <path
              fill="currentColor"
              d="M12 2 3 6v6c0 5 3.8 9.3 9 10 5.2-.7 9-5 9-10V6l-9-4Zm0 4.2 5 2.2V12c0 3.1-2.1 5.9-5 6.7-2.9-.8-5-3.6-5-6.7V8.4l5-2.2Z"
            />
          </svg>
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link href="/" className="rounded-md px-2.5 py-1.5 text-muted hover:bg-sunken hover:text-ink">
            Rules
          </Link>
          <Link
            href="/coverage/"
            className="rounded-md px-2.5 py-1.5 text-muted hover:bg-sunken hover:text-ink"
          >
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
