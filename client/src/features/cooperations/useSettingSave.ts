import { useState } from 'react';
import type { SettingsBody } from '../../../../shared/api/agreementSettings.ts';
import type { ApiError } from '../../app/http.ts';
import { showToast } from '../../app/toast.ts';
import { saveAgreementSettings } from '../signing/api.ts';

/**
 * A cooperation setting changed from a switch: the value just chosen is shown until the
 * reloaded cooperation brings it back as `stored` (or the save fails and it falls back), with
 * the busy state and the error of the last save. `save(next, body, toast)` writes `body` to the
 * cooperation's settings, tells `toast` and reloads.
 */
export function useSettingSave<T>(
  cooperationId: string,
  stored: T,
  same: (a: T, b: T) => boolean,
  reload: () => void,
) {
  const [chosen, setChosen] = useState<T | null>(null);
  if (chosen !== null && same(chosen, stored)) setChosen(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const save = async (next: T, body: SettingsBody, toast: string) => {
    setChosen(next);
    setBusy(true);
    setError(null);
    try {
      await saveAgreementSettings(cooperationId, body);
      showToast(toast);
      reload();
    } catch (e) {
      setChosen(null);
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return { value: chosen ?? stored, busy, error, save };
}
