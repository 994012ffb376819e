import { useState } from 'react';
import {
  agreementPartySettings,
  type PartySettings as Choice,
  type SettingsBody,
} from '../../../../../shared/api/agreementSettings.ts';
import { type TimeZone, timeZoneSchema } from '../../../../../shared/api/meetings.ts';
import { cooperationTimeZone } from '../../../../../shared/timeZones.ts';
import { partyLabel } from '../../../../../shared/words.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { saveAgreementSettings } from '../api.ts';
import { useSigningT } from '../messages.ts';
import '../signing.css';

/**
 * Penulisan para pihak: "PIHAK PERTAMA" or "PIHAK KESATU", and which party signs in the left
 * column; beside them the cooperation's time zone (WIB, WITA or WIT), which every time of the
 * cooperation is shown in and new meetings use. The owner (whoever may update the cooperation)
 * changes them; every member sees them.
 */
export function PartySettings({ cooperation, reload }: { cooperation: Cooperation; reload: () => void }) {
  const t = useSigningT();
  const tm = useMeetingsT();
  const canChange = cooperation.permissions.canUpdate;
  const current = agreementPartySettings(cooperation.settings);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The zone just chosen, shown until the reloaded cooperation brings it (or the save fails).
  const [chosenZone, setChosenZone] = useState<TimeZone | null>(null);
  const storedZone = cooperationTimeZone(cooperation.settings);
  if (chosenZone !== null && chosenZone === storedZone) setChosenZone(null);
  const zone = chosenZone ?? storedZone;
  const first = partyLabel(1, current.wording);
  const second = partyLabel(2, current.wording);

  const save = async (body: SettingsBody, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await saveAgreementSettings(cooperation.id, body);
      showToast(done);
      reload();
      return true;
    } catch (e) {
      setError(e as ApiError);
      return false;
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
            onChange={(e) =>
              void save({ parties: { wording: e.target.value as Choice['wording'] } }, t('settings.saved'))
            }
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
            onChange={(e) =>
              void save(
                { parties: { signatureOrder: e.target.value as Choice['signatureOrder'] } },
                t('settings.saved'),
              )
            }
          >
            <option value="firstLeft">{t('settings.order.firstLeft', { first, second })}</option>
            <option value="firstRight">{t('settings.order.firstRight', { first, second })}</option>
          </select>
        </label>
      </div>
      <p className="muted small">{t(canChange ? 'settings.hint' : 'settings.readOnly')}</p>
      <label className="time-zone">
        <span className="small">{tm('zone.title')}</span>
        <select
          className="input"
          name="timeZone"
          value={zone}
          disabled={!canChange || busy}
          onChange={(e) => {
            const timeZone = e.target.value as TimeZone;
            setChosenZone(timeZone);
            void save({ timeZone }, tm('zone.saved')).then((saved) => {
              if (!saved) setChosenZone(null);
            });
          }}
        >
          {timeZoneSchema.options.map((zone) => (
            <option key={zone} value={zone}>
              {tm(`zone.${zone}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{tm('zone.hint')}</p>
      <ErrorNote error={error} />
    </section>
  );
}
