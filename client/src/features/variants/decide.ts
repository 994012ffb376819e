import { useState } from 'react';
import type { ApiError } from '../../app/http.ts';
import { showToast } from '../../app/toast.ts';
import { decideOverride, type Override } from './api.ts';
import { useVariantsT } from './messages.ts';
import { useVariantEditor } from './store.ts';

/**
 * Drop (take the master's text) or keep (a flagged master change acknowledged) one clause of
 * the open variant: the server changes the text, the editor receives it like anyone's edit.
 * Dropping an override that no master change waits on asks first: the variant's own text goes.
 */
export function useDecide(variantId: string) {
  const t = useVariantsT();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const decide = async (override: Override, decision: 'drop' | 'keep') => {
    if (
      decision === 'drop' &&
      !override.flag &&
      !window.confirm(t('override.dropConfirm', { label: override.label }))
    )
      return;
    setBusy(`${override.clauseId}:${decision}`);
    setError(null);
    try {
      const answer = await decideOverride(variantId, override.clauseId, decision);
      const { overrides, set } = useVariantEditor.getState();
      set({
        overrides: answer.override
          ? overrides.map((o) => (o.clauseId === override.clauseId ? (answer.override as Override) : o))
          : overrides.filter((o) => o.clauseId !== override.clauseId),
        comparing: null,
      });
      showToast(t(decision === 'drop' ? 'override.dropped' : 'override.kept', { label: override.label }));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(null);
    }
  };
  return { decide, busy, error };
}
