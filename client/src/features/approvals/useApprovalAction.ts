import { useState } from 'react';
import type { ApiError } from '../../app/http.ts';
import type { EditorScreen } from '../editor/context.ts';

/**
 * Runs an approve or withdraw call: busy while it runs, its error kept to show, and the
 * document read again afterwards whatever the outcome (a refusal means my copy is behind).
 */
export function useApprovalAction(screen: EditorScreen) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
      screen.reloadDocument();
    }
  };
  return { busy, error, run };
}
