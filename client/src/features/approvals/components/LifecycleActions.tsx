import { useMemo, useState } from 'react';
import type { ClauseState } from '../../../../../shared/api/clauseStates.ts';
import type { PMJSON } from '../../../../../shared/clauses.ts';
import { finaliseBlockers } from '../../../../../shared/finaliseGate.ts';
import { BusyLabel } from '../../../app/BusyLabel.tsx';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { useCompleteness } from '../../completeness/useCompleteness.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { finalizeDocument, getLifecycle, reopenDocument, signDocument } from '../api.ts';
import { finaliseReasons } from '../finaliseGate.ts';
import { useApprovalsT } from '../messages.ts';
import { ApprovalFingerprint } from './ApprovalFingerprint.tsx';
import { LifecycleRecord } from './LifecycleRecord.tsx';
import { SignDialogBody } from './SignDialog.tsx';

type Pending = 'finalize' | 'reopen' | 'sign' | null;

/**
 * The document's status and what I may do with it, by the server's permission flags:
 * finalise a draft, reopen a final document with a reason, or mark it signed on the date and
 * at the place it prints. Each asks for confirmation in a dialog. "Finalkan" stays disabled,
 * with its reasons beside it, until the server would accept it: both ask the one finalise rule,
 * `finaliseBlockers` of `shared/finaliseGate.ts`, here with the states of my live copy.
 */
export function LifecycleActions({
  screen,
  items,
}: {
  screen: EditorScreen;
  /** Every Pasal's and every part's state at the text on my screen now. */
  items: { clauses: { state: ClauseState }[]; parts: { state: ClauseState }[] };
}) {
  const t = useApprovalsT();
  const language = useLanguage((s) => s.language);
  const completeness = useCompleteness(screen);
  const { document, cooperation, permissions } = screen;
  const [open, setOpen] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reason, setReason] = useState('');
  // What the final text prints and every party approved: the signing confirms it, never changes it.
  const signing = { date: (document.meta.date ?? '').trim(), place: (document.meta.place ?? '').trim() };
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
  const { editor, outline } = screen;
  // The body is read again when the outline or a state changes, not on every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `outline` marks a new body.
  const blockers = useMemo(
    () =>
      finaliseReasons(
        finaliseBlockers({ completeness, body: editor.getJSON() as PMJSON, ...items }),
        language,
      ),
    [completeness, items, language, editor, outline],
  );
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
        {permissions.canFinalize && document.status === 'draft' && (
          <button
            type="button"
            className="button primary"
            disabled={blockers.length > 0}
            aria-describedby={blockers.length > 0 ? 'finalise-blockers' : undefined}
            onClick={() => start('finalize')}
          >
            {t('finalize')}
          </button>
        )}
        {permissions.canSign && document.status === 'final' && (
          <button type="button" className="button primary" onClick={() => start('sign')}>
            {t('sign')}
          </button>
        )}
        {permissions.canReopen && document.status === 'final' && (
          <button type="button" className="button" onClick={() => start('reopen')}>
            {t('reopen')}
          </button>
        )}
      </div>
      {document.status === 'draft' && permissions.canFinalize && blockers.length > 0 && (
        <ul id="finalise-blockers" className="finalise-blockers small" data-testid="finalise-blockers">
          {blockers.map((b) => (
            <li key={`${b.key}:${'item' in b.params ? b.params.item : ''}`}>{t(b.key, b.params)}</li>
          ))}
        </ul>
      )}
      {document.status === 'draft' && !permissions.canFinalize && (
        <p className="muted small">{t('finalizeWho')}</p>
      )}
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
            aria-busy={busy || undefined}
            onClick={() => run(() => finalizeDocument(document.id), t('finalized'))}
          >
            <BusyLabel busy={busy}>{t('confirm')}</BusyLabel>
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
          <Field label={t('reopenReason')}>
            <textarea
              className="input"
              name="reason"
              required
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <p className="muted small">{t('reopenHint')}</p>
          <ErrorNote error={error} />
          <div className="dialog-actions">
            <button type="button" className="button quiet" onClick={close}>
              {t('cancel')}
            </button>
            <button type="submit" className="button primary" disabled={busy || !reason.trim()}>
              <BusyLabel busy={busy}>{t('reopen')}</BusyLabel>
            </button>
          </div>
        </form>
      </Dialog>

      <Dialog title={t('sign')} open={open === 'sign'} onClose={close}>
        <SignDialogBody
          {...signing}
          busy={busy}
          error={error}
          onSign={() => run(() => signDocument(document.id, signing.date, signing.place), t('signed'))}
          onCancel={close}
        />
      </Dialog>
    </section>
  );
}
