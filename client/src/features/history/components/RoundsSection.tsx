import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { getRounds, type RoundDTO, sendRound } from '../roundsApi.ts';
import { useRoundsT } from '../roundsMessages.ts';
import { RoundRow } from './RoundRow.tsx';
import '../rounds.css';

/** The dialog of "Kirim ke pihak lain": the round's name and whether to limit the other party. */
function SendRoundDialog({
  screen,
  nextNumber,
  open,
  onClose,
  onSent,
}: {
  screen: EditorScreen;
  nextNumber: number;
  open: boolean;
  onClose: () => void;
  onSent: (round: RoundDTO) => void;
}) {
  const t = useRoundsT();
  const { cooperation, document } = screen;
  const party = cooperation.parties.find((p) => p.id === cooperation.myPartyId);
  const [name, setName] = useState('');
  const [limit, setLimit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const round = await sendRound(document.id, {
        ...(name.trim() ? { name: name.trim() } : {}),
        limitOtherParty: limit,
      });
      setName('');
      setLimit(false);
      onSent(round);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('send')} open={open} onClose={onClose}>
      <form className="stack round-form" onSubmit={submit}>
        <p className="muted small">{t('sendHint')}</p>
        <Field label={t('nameLabel')}>
          <input
            className="input"
            name="name"
            maxLength={200}
            placeholder={`Putaran ${nextNumber} — dikirim oleh ${party?.shortName ?? ''}`}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <label className="round-limit small">
          <input
            type="checkbox"
            name="limitOtherParty"
            checked={limit}
            onChange={(e) => setLimit(e.target.checked)}
          />
          <span>
            {t('limitLabel')}
            <span className="muted"> — {t('limitHint')}</span>
          </span>
        </label>
        <ErrorNote error={error} />
        <div className="round-form-actions">
          <button type="button" className="button quiet" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The Riwayat tab's rounds: each round sent with its proposed, accepted and rejected counts, the
 * "Kirim ke pihak lain" button with its dialog, and links comparing a round with the one before
 * (in the browser and as a redline .docx).
 */
export function RoundsSection({ screen }: { screen: EditorScreen }) {
  const t = useRoundsT();
  const { document, cooperation } = screen;
  const rounds = useResource(`rounds:${document.id}`, () => getRounds(document.id));
  const [open, setOpen] = useState(false);
  // A round, a decision, a version or a status change of this document (or missed events).
  useCooperationEvents(cooperation.id, (e) => {
    const other = 'documentId' in e && e.documentId !== document.id;
    if (concerns(e, 'history', 'documents') && !other) rounds.reload();
  });
  const list = rounds.data?.rounds ?? [];
  return (
    <section className="stack rounds" aria-labelledby="rounds-heading">
      <div className="history-section-head">
        <h2 className="panel-heading" id="rounds-heading">
          {t('heading')}
        </h2>
        {rounds.data?.canSend && (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('send')}
          </button>
        )}
      </div>
      <ErrorNote error={rounds.error} onRetry={rounds.reload} />
      {rounds.data && list.length === 0 && <p className="muted small">{t('none')}</p>}
      <ol className="version-list round-list">
        {list
          .map((round, i) => (
            <RoundRow key={round.versionId} screen={screen} round={round} previous={list[i - 1]} />
          ))
          .reverse()}
      </ol>
      <SendRoundDialog
        screen={screen}
        nextNumber={list.length + 1}
        open={open}
        onClose={() => setOpen(false)}
        onSent={(round) => {
          setOpen(false);
          showToast(t('sent', { number: round.number }));
          rounds.reload();
        }}
      />
    </section>
  );
}
