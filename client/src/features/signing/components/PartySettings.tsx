import { useState } from 'react';
import {
  agreementPartySettings,
  type PartySettings as Choice,
} from '../../../../../shared/api/agreementSettings.ts';
import { partyLabel } from '../../../../../shared/words.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { saveAgreementSettings } from '../api.ts';
import { useSigningT } from '../messages.ts';
import '../signing.css';

/**
 * Penulisan para pihak: "PIHAK PERTAMA" or "PIHAK KESATU", and which party signs in the left
 * column. The owner (whoever may update the cooperation) changes them; every member sees them.
 */
export function PartySettings({ cooperation, reload }: { cooperation: Cooperation; reload: () => void }) {
  const t = useSigningT();
  const canChange = cooperation.permissions.canUpdate;
  const current = agreementPartySettings(cooperation.settings);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const first = partyLabel(1, current.wording);
  const second = partyLabel(2, current.wording);

  const save = async (choice: Choice) => {
    setBusy(true);
    setError(null);
    try {
      await saveAgreementSettings(cooperation.id, choice);
      showToast(t('settings.saved'));
      reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack party-settings" aria-labelledby="party-settings-heading">
      <h2 id="party-settings-heading">{t('settings.title')}</h2>
      <div className="field-row">
        <label>
          <span className="small">{t('settings.wording')}</span>
          <select
            className="input"
            name="wording"
            value={current.wording}
            disabled={!canChange || busy}
            onChange={(e) => void save({ wording: e.target.value as Choice['wording'] })}
          >
            <option value="pertama">{t('settings.wording.pertama')}</option>
            <option value="kesatu">{t('settings.wording.kesatu')}</option>
          </select>
        </label>
        <label>
          <span className="small">{t('settings.order')}</span>
          <select
            className="input"
            name="signatureOrder"
            value={current.firstSignsLeft ? 'firstLeft' : 'firstRight'}
            disabled={!canChange || busy}
            onChange={(e) => void save({ signatureOrder: e.target.value as Choice['signatureOrder'] })}
          >
            <option value="firstLeft">{t('settings.order.firstLeft', { first, second })}</option>
            <option value="firstRight">{t('settings.order.firstRight', { first, second })}</option>
          </select>
        </label>
      </div>
      <p className="muted small">{t(canChange ? 'settings.hint' : 'settings.readOnly')}</p>
      <ErrorNote error={error} />
    </section>
  );
}
