import type { ClauseChange, ClauseState } from './changesRepo.ts';
import { GROUP_WINDOW_MS } from './clauseHistory.ts';

/** One attribution window waiting to be written. */
export interface UnwrittenWindow {
  documentId: string;
  changes: ClauseChange[];
  states: ClauseState[];
}

/** Who changed a clause in a window, as a clause's history groups them (`clauseHistory.ts`). */
function authorsOf(window: UnwrittenWindow, clauseId: string): { key: string; added: boolean } {
  const users = new Set<string>();
  let added = false;
  for (const c of window.changes) {
    if (c.clauseId !== clauseId) continue;
    users.add(c.userId ?? '');
    added ||= c.kind === 'added';
  }
  return { key: [...users].sort().join(','), added };
}

/**
 * The states, among windows about to be written (oldest first), whose content need not be
 * stored: those the next window of the same clause continues, by the same people, within a
 * history entry's {@link GROUP_WINDOW_MS}. A clause's history shows the text before and after
 * each entry, and an entry joins such windows, so the content between is never shown; storing
 * a whole clause twice a second while someone types in it was half of what the server wrote
 * per keystroke. The state row stays (who, when, the hash); its content, should anyone ask,
 * is rebuilt from the log (`changesRepo.ts`). A clause's first state, a removal, a state
 * followed by other people or a pause, and the last of the windows are always stored whole.
 */
export function intermediateStates(windows: readonly UnwrittenWindow[]): Set<ClauseState> {
  const out = new Set<ClauseState>();
  const next = new Map<string, { key: string; at: number; hash: string | null }>();
  for (let i = windows.length - 1; i >= 0; i--) {
    const window = windows[i]!;
    for (const state of window.states) {
      const slot = `${window.documentId}\u0000${state.clauseId}`;
      const { key, added } = authorsOf(window, state.clauseId);
      const following = next.get(slot);
      if (
        following &&
        !added &&
        key !== '' &&
        following.key === key &&
        state.hash !== null &&
        following.hash !== null &&
        following.at - state.at <= GROUP_WINDOW_MS
      )
        out.add(state);
      next.set(slot, { key, at: state.at, hash: state.hash });
    }
  }
  return out;
}
