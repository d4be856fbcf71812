'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec {
  /** Panel id; with `hashLinked`, also the #hash that selects it. */
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * WAI-ARIA tabs (automatic activation, arrow keys, Home/End). Without JS the tab list hides and every panel
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
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const [hydrated, setHydrated] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    setHydrated(true);
    if (!hashLinked) return;
    const fromHash = () => {
      const id = location.hash.slice(1);
      if (tabs.some((t) => t.id === id)) setActive(id);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    return () => removeEventListener('hashchange', fromHash);
  }, [hashLinked, tabs]);

  const select = (index: number, focus: boolean) => {
    const tab = tabs[index];
    if (!tab) return;
    setActive(tab.id);
    // Keep the router's history state: replacing it with null makes Next.js treat the entry as foreign.
    if (hashLinked) history.replaceState(history.state, '', `#${tab.id}`);
    if (focus) buttons.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    event.preventDefault();
    select(to, true);
  };

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 overflow-x-auto border-b border-line">
        {tabs.map((tab, index) => {
          const selected = tab.id === active;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                buttons.current[index] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={tab.id}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(index, false)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                selected ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'
              }`}
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
          data-state={tab.id === active ? 'active' : 'inactive'}
          {...(hydrated ? { 'data-hydrated': '' } : {})}
          className="pt-3"
        >
          <h3 data-panel-heading className="mb-2 text-sm font-semibold text-muted">
            {tab.label}
          </h3>
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
