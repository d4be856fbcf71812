import type { ReactNode } from 'react';

export interface TabSpec {
  /** Panel id; with `hashLinked`, also the #hash that selects it. */
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * WAI-ARIA tabs (automatic activation, arrow keys, Home/End), rendered on the server; public/enhance.js makes them
 * switch, so the page needs no hydration and ships each panel once. Without JS the tab list hides and every panel
 * shows under its own heading (see globals.css), so nothing is unreadable.
 */
export function Tabs({
  tabs,
  label,
  hashLinked = false,
}: {
  tabs: TabSpec[];
  label: string;
  hashLinked?: boolean;
}) {
  const first = tabs[0]?.id;
  return (
    <div data-tabs={hashLinked ? 'hash' : ''}>
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((tab) => {
          const selected = tab.id === first;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={tab.id}
              tabIndex={selected ? 0 : -1}
              className="tab"
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={tab.id}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          data-tabpanel={tab.id}
          data-state={tab.id === first ? 'active' : 'inactive'}
          className="pt-3"
        >
          <h3 data-panel-heading className="panel-heading">
            {tab.label}
          </h3>
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
