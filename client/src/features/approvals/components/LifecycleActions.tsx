import { useState } from 'react';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { roleAtLeast } from '../../cooperations/api.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { finalizeDocument, getLifecycle, reopenDocument, signDocument } from '../api.ts';
import { useApprovalsT } from '../messages.ts';
import { ApprovalFingerprint } from './ApprovalFingerprint.tsx';
import { LifecycleRecord } from './LifecycleRecord.tsx';

type Pending = 'finalize' | 'reopen' | 'sign' | null;

/** Today in the browser's time zone as YYYY-MM-DD (the signing usually happens today). */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The document's status and what I may do with it: finalise a draft (editors, owners), reopen
 * with a reason or mark as signed (owner). Each asks for confirmation in a dialog.
 */
export function LifecycleActions({ screen }: { screen: EditorScreen }) {
  const t = useApprovalsT();
  const { document, cooperation } = screen;
  const role = cooperation.myRole;
  const [open, setOpen] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reason, setReason] = useState('');
  // The date the parties approved in the printed details, if any: signing on another day
  // changes what the paper says after everyone approved it.
  const [date, setDate] = useState(() => document.meta.date || localToday());
  const [place, setPlace] = useState(document.meta.place ?? '');
  const record = useResource(`lifecycle:${document.id}:${document.status}`, () => getLifecycle(document.id));

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setOpen(null);
      showToast(done);
      screen.reloadDocument();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(null);
    setError(null);
  };
  const start = (which: Pending) => {
    setError(null);
    setOpen(which);
  };

  return (
    <section className="stack lifecycle">
      <h3 className="clause-approvals-title">
        {t('lifecycle')}:{' '}
        <span className={`badge status-${document.status}`}>{t(`status.${document.status}`)}</span>
      </h3>
      <div className="approval-actions">
        {document.status === 'draft' && roleAtLeast(role, 'editor') && (
          <button type="button" className="button primary" onClick={() => start('finalize')}>
            {t('finalize')}
          </button>
        )}
        {document.status === 'final' && role === 'owner' && (
          <>
            <button type="button" className="button primary" onClick={() => start('sign')}>
              {t('sign')}
            </button>
            <button type="button" className="button" onClick={() => start('reopen')}>
              {t('reopen')}
            </button>
          </>
        )}
      </div>
      <ApprovalFingerprint screen={screen} />
      {open === null && <ErrorNote error={error} />}
      <LifecycleRecord events={record.data ?? []} members={cooperation.members} />

      <Dialog title={t('finalize')} open={open === 'finalize'} onClose={close}>
        <p>{t('finalizeConfirm')}</p>
        <ErrorNote error={error} />
        <div className="dialog-actions">
          <button type="button" className="button quiet" onClick={close}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => run(() => finalizeDocument(document.id), t('finalized'))}
          >
            {t('confirm')}
          </button>
        </div>
      </Dialog>

      <Dialog title={t('reopen')} open={open === 'reopen'} onClose={close}>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => reopenDocument(document.id, reason.trim()), t('reopened'));
          }}
        >
          <label className="field">
            <span>{t('reopenReason')}</span>
            <textarea
              className="input"
              name="reason"
              required
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <p className="muted small">{t('reopenHint')}</p>
          <ErrorNote error={error} />
          <div className="dialog-actions">
            <button type="button" className="button quiet" onClick={close}>
              {t('cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || !reason.trim()}>
              {t('reopen')}
            </button>
          </div>
        </form>
      </Dialog>

      <Dialog title={t('sign')} open={open === 'sign'} onClose={close}>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => signDocument(document.id, date, place.trim()), t('signed'));
          }}
        >
          <label className="field">
            <span>{t('signDate')}</span>
            <input
              className="input"
              type="date"
              name="date"
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('signPlace')}</span>
            <input
              className="input"
              name="place"
              required
              value={place}
              onChange={(e) => setPlace(e.target.value)}
            />
          </label>
          <ErrorNote error={error} />
          <div className="dialog-actions">
            <button type="button" className="button quiet" onClick={close}>
              {t('cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || !date || !place.trim()}>
              {t('sign')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
