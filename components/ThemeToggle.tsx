/**
 * Switches light/dark and remembers the choice; until then the system setting rules. Rendered on the server:
 * public/enhance.js handles the click and keeps the label current; CSS (globals.css) picks the icon, so it is right
 * from the first paint.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-js-only
      data-theme-toggle
      className="inline-flex h-8 w-8 items-center justify-center rounded-md border border-line text-muted hover:text-ink hover:bg-sunken"
      aria-label="Switch theme"
      title="Switch theme"
    >
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <g data-icon="sun">
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </g>
        <path data-icon="moon" d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    </button>
  );
}
