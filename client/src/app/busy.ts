import { create } from 'zustand';

interface BusyState {
  /** Requests and downloads under way. */
  running: number;
}

/** How many of the page's requests and downloads are running now (the top bar watches it). */
export const useBusy = create<BusyState>(() => ({ running: 0 }));

/**
 * Counts `work` as running until it settles, so the top progress bar can show that something
 * is under way. Every request through `api`, `upload` and `downloadFile` goes through here.
 */
export async function trackBusy<T>(work: () => Promise<T>): Promise<T> {
  useBusy.setState((s) => ({ running: s.running + 1 }));
  try {
    return await work();
  } finally {
    useBusy.setState((s) => ({ running: Math.max(0, s.running - 1) }));
  }
}

/** Shown only for work that lasts longer than this: a quick answer needs no sign of waiting. */
export const BUSY_DELAY_MS = 300;
