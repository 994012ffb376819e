import { useCallback, useState } from 'react';
import type { ApiError } from '../../app/http.ts';
import { decideSuggestions, type StaleSuggestion, type SuggestionSelection, staleOf } from './api.ts';

/** A decision the server held back because the text changed under it: what it would remove. */
export interface HeldDecision {
  decision: 'accept' | 'reject';
  selection: SuggestionSelection;
  stale: StaleSuggestion[];
  /** The button that asked, to give focus back to when the question closes. */
  from: HTMLElement | null;
}

/**
 * Sends decisions on suggestions. The live document brings their result to every editor, so
 * nothing is reloaded here; a stale suggestion's decision is held until the member confirms
 * it (`confirm`) or lets it go (`dismiss`).
 */
export function useDecision(documentId: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [held, setHeld] = useState<HeldDecision | null>(null);

  const send = useCallback(
    async (
      decision: 'accept' | 'reject',
      selection: SuggestionSelection,
      confirm = false,
      /** The button that asked (by default the focused element). */
      asker?: HTMLElement | null,
    ) => {
      // Taken before the buttons are disabled while the request runs, which takes their focus.
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const from = asker ?? focused;
      setBusy(true);
      setError(null);
      try {
        await decideSuggestions(documentId, { decision, ...selection, ...(confirm ? { confirm } : {}) });
        setHeld(null);
      } catch (err) {
        const stale = staleOf(err);
        if (stale && !confirm) setHeld({ decision, selection, stale, from });
        else setError(err as ApiError);
      } finally {
        setBusy(false);
      }
    },
    [documentId],
  );

  const confirm = useCallback(() => {
    if (held) void send(held.decision, held.selection, true, held.from);
  }, [held, send]);
  const dismiss = useCallback(() => setHeld(null), []);
  return { send, busy, error, held, confirm, dismiss };
}
