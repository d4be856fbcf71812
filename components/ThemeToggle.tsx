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
      className="icon-btn"
      aria-label="Switch theme"
      title="Switch theme"
    >
      <span className="i-sun" data-icon="sun" aria-hidden="true" />
      <span className="i-moon" data-icon="moon" aria-hidden="true" />
    </button>
  );
}
