'use client';
import { useEffect } from 'react';

/** Tells public/hydrate.js that React owns the page now, so it replays the clicks it held until then. */
export function signalHydrated(): void {
  document.dispatchEvent(new Event('soc:hydrated'));
}

/**
 * Tells public/hydrate.js that an island could not start (its data did not load): it turns the island's controls
 * off, drops the clicks it held and says why on the page, which stays what its HTML shows.
 */
export function signalIslandFailed(error: unknown): void {
  document.dispatchEvent(new CustomEvent('soc:island-failed', { detail: (error as Error).message }));
}

/** For a page's root client component: signals once, when it has mounted. */
export function useHydratedSignal(): void {
  useEffect(signalHydrated, []);
}
