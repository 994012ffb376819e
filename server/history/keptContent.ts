import type { ClauseChange, ClauseState } from './changesRepo.ts';
import { GROUP_WINDOW_MS } from './clauseHistory.ts';

/** One attribution window waiting to be written. */
export interface UnwrittenWindow {
  documentId: string;
  changes: ClauseChange[];
  states: ClauseState[];
  seq: number;
  /** Set once its rows are written: its states are then as stored. */
  written?: boolean;
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

interface Last {
  window: UnwrittenWindow;
  state: ClauseState;
  key: string;
  added: boolean;
}

/**
 * Drops, from windows not yet written, the content of each clause state that the next window of
 * the same clause continues: by the same people, within a history entry's {@link GROUP_WINDOW_MS}.
 * A clause's history shows the text before and after each entry, and an entry joins such
 * windows, so the content between is never shown; storing a whole clause twice a second while
 * someone types in it was half of what the server wrote per keystroke, and holding it until it
 * is written was most of the memory of an edited document. The state row stays (who, when, the
 * hash); its content, should anyone ask, is rebuilt from the log (`changesRepo.ts`). A clause's
 * first state, a removal, a state followed by other people or a pause, and the latest are kept.
 */
export class ContentKeeper {
  private readonly last = new Map<string, Last>();

  /** Takes the next window of a document (in the order attributed). */
  add(window: UnwrittenWindow): void {
    for (const state of window.states) {
      const slot = `${window.documentId}\u0000${state.clauseId}`;
      const { key, added } = authorsOf(window, state.clauseId);
      const before = this.last.get(slot);
      if (
        before &&
        !before.window.written &&
        !before.added &&
        before.key !== '' &&
        before.key === key &&
        before.state.hash !== null &&
        state.hash !== null &&
        state.at - before.state.at <= GROUP_WINDOW_MS
      )
        before.state.content = null;
      this.last.set(slot, { window, state, key, added });
    }
  }

  /** Forgets a document's windows (it is no longer tracked). */
  forget(documentId: string): void {
    for (const slot of this.last.keys()) if (slot.startsWith(`${documentId}\u0000`)) this.last.delete(slot);
  }
}
