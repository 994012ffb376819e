import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Cooperation } from '../../cooperations/api.ts';
import type { AgreementDocument } from '../../documents/api.ts';
import { useOpenPanel } from '../../editor/useOpenPanel.ts';
import { useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { versionPath } from '../paths.ts';
import { useRoundsT } from '../roundsMessages.ts';
import '../rounds.css';

interface Notice {
  versionId: string;
  number: number;
  party: string;
  limited: boolean;
}

/**
 * On the editor screen of the parties a round was sent to: "Ombudsman RI mengirim Putaran 2",
 * with a link to the round's text and a button opening the Usulan tab to answer it, from the
 * `document.round` event. When the round limited my party to suggestions it says so and the
 * document is read again (the permissions changed).
 */
export function RoundNotice({
  document,
  cooperation,
  reloadDocument,
}: {
  document: AgreementDocument;
  cooperation: Cooperation;
  reloadDocument: () => void;
}) {
  const t = useRoundsT();
  const [notice, setNotice] = useState<Notice | null>(null);
  const openPanel = useOpenPanel();
  useCooperationEvents(cooperation.id, (event) => {
    if (event.type !== 'document.round' || event.documentId !== document.id) return;
    if (!event.toParties.includes(cooperation.myPartyId)) return;
    const party = cooperation.parties.find((p) => p.id === event.partyId);
    setNotice({
      versionId: event.versionId,
      number: event.number,
      party: party?.shortName || party?.name || '',
      limited: event.limitOtherParty,
    });
    if (event.limitOtherParty) reloadDocument();
  });
  if (!notice) return null;
  return (
    <div className="round-notice" role="status">
      <strong>{t('notice', { party: notice.party, number: notice.number })}</strong>
      {notice.limited && <span> {t('noticeLimited')}</span>}
      <span className="round-notice-actions">
        <button type="button" className="button quiet" onClick={() => openPanel('usulan')}>
          {t('noticeReview')}
        </button>
        <Link className="button quiet" to={versionPath(cooperation.id, document.id, notice.versionId)}>
          {t('noticeView')}
        </Link>
        <button type="button" className="button quiet" onClick={() => setNotice(null)}>
          {t('noticeClose')}
        </button>
      </span>
    </div>
  );
}
