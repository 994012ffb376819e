import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { reopenMeeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

/**
 * Reopening a closed meeting, for a reason: the server records who, when and why, and prints it
 * in the next version of the minutes; the earlier version stays as it was.
 */
export function ReopenDialog({
  meetingId,
  open,
  onClose,
  onReopened,
}: {
  meetingId: string;
  open: boolean;
  onClose: () => void;
  onReopened: () => void;
}) {
  const t = useMeetingsT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await reopenMeeting(meetingId, reason.trim());
      showToast(t('record.reopened'));
      setReason('');
      onClose();
      onReopened();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('record.reopen')} open={open} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <Field label={t('record.reason')}>
          <textarea
            className="input"
            name="reason"
            rows={3}
            maxLength={1000}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <p className="muted small">{t('record.reasonHint')}</p>
        <ErrorNote error={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy || !reason.trim()}>
            {t('record.reopen')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
