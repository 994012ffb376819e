import { type FormEvent, useEffect, useState } from 'react';
import { EMAIL_KINDS } from '../../../../../shared/api/notifications.ts';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { TextField } from '../../../app/TextField.tsx';
import { showToast } from '../../../app/toast.ts';
import { fetchNotificationSettings, type NotificationSettingsDTO, saveNotificationSettings } from '../api.ts';
import { useNotificationT } from '../messages.ts';

/**
 * Pengaturan notifikasi: where reminders are e-mailed (empty: the bell only), the language
 * they are written in first, how often (a daily digest, the default; each; off) and which kinds
 * go by e-mail. The server checks the address; its refusal shows here in its own words.
 */
export function NotificationSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useNotificationT();
  const [settings, setSettings] = useState<NotificationSettingsDTO | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setSettings(null);
    setError(null);
    fetchNotificationSettings().then(setSettings, setError);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    setError(null);
    try {
      await saveNotificationSettings({ ...settings, email: settings.email.trim() });
      showToast(t('settings.saved'));
      onClose();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const change = (patch: Partial<NotificationSettingsDTO>) =>
    setSettings((s) => (s ? { ...s, ...patch } : s));

  return (
    <Dialog title={t('bell.settings')} open={open} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted small">{t('settings.intro')}</p>
        {settings && (
          <>
            <TextField
              label={t('settings.email')}
              type="email"
              autoComplete="email"
              value={settings.email}
              onChange={(e) => change({ email: e.target.value })}
            />
            <Field label={t('settings.language')}>
              <select
                className="input"
                value={settings.language}
                onChange={(e) => change({ language: e.target.value as NotificationSettingsDTO['language'] })}
              >
                <option value="id">{t('settings.languageId')}</option>
                <option value="en">{t('settings.languageEn')}</option>
              </select>
            </Field>
            <Field label={t('settings.mode')}>
              <select
                className="input"
                value={settings.emailMode}
                onChange={(e) =>
                  change({ emailMode: e.target.value as NotificationSettingsDTO['emailMode'] })
                }
              >
                <option value="digest">{t('settings.modeDigest')}</option>
                <option value="each">{t('settings.modeEach')}</option>
                <option value="off">{t('settings.modeOff')}</option>
              </select>
            </Field>
            <fieldset className="stack tight" disabled={settings.emailMode === 'off'}>
              <legend className="small">{t('settings.kinds')}</legend>
              {EMAIL_KINDS.map((kind) => (
                <label key={kind} className="inline-check">
                  <input
                    type="checkbox"
                    name={`kind-${kind}`}
                    checked={settings.emailKinds.includes(kind)}
                    onChange={(e) =>
                      change({
                        emailKinds: e.target.checked
                          ? [...settings.emailKinds, kind]
                          : settings.emailKinds.filter((k) => k !== kind),
                      })
                    }
                  />
                  <span>{t(`kind.${kind}`)}</span>
                </label>
              ))}
            </fieldset>
          </>
        )}
        <ErrorNote error={error} />
        <div className="section-actions">
          <button type="submit" className="button primary" disabled={busy || !settings}>
            {t('settings.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
