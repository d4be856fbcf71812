'use client';
import { useEffect } from 'react';

/** Tells public/hydrate.js that React owns the page now, so it replays the clicks it held until then. */
export function signalHydrated(): void {
  document.dispatchEvent(new Event('soc:hydrated'));
}

/** For a page's root client component: signals once, when it has mounted. */
export function useHydratedSignal(): void {
  useEffect(signalHydrated, []);
}
