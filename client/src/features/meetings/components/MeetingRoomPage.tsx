import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Frame } from '../../../app/Frame.tsx';
import { useResource } from '../../../app/useResource.ts';
import type { ConnectionState } from '../../../document/useCollabSession.ts';
import { useT } from '../../../i18n/index.ts';
import { getCooperation } from '../../cooperations/api.ts';
import { cooperationCrumbs } from '../../cooperations/crumbs.ts';
import { ConnectionBadge } from '../../editor/components/ConnectionBadge.tsx';
import { getMeeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';
import { topicOf, useCooperationEvents } from '../useCooperationEvents.ts';
import { AgendaColumn } from './AgendaColumn.tsx';
import { MeetingDocument } from './MeetingDocument.tsx';
import { MeetingHead } from './MeetingHead.tsx';
import { MeetingPointsColumn } from './MeetingPointsColumn.tsx';
import '../meetings.css';

/**
 * Rapat (meeting mode), one screen for the room: the agenda and attendance on the left, the
 * live document in the middle, the points, decisions and follow-ups on the right. Every
 * participant sees the panels change live. `?dokumen=` picks the document shown, `?agenda=`
 * the agenda item being discussed: both are part of the shareable address.
 */
export function MeetingRoomPage() {
  const { cooperationId = '', meetingId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const t = useT();
  const tm = useMeetingsT();
  const [connection, setConnection] = useState<ConnectionState | null>(null);
  const meeting = useResource(`meeting:${meetingId}`, () => getMeeting(meetingId));
  const coop = useResource(`cooperation:${cooperationId}`, () => getCooperation(cooperationId));
  useCooperationEvents(cooperationId, (e) => {
    if (
      e.type === 'stream.reset' ||
      (topicOf(e) === 'meetings' && 'meetingId' in e && e.meetingId === meetingId)
    )
      meeting.reload();
  });
  const m = meeting.data;
  const cooperation = coop.data;
  const documentId = params.get('dokumen') ?? m?.documentIds[0] ?? null;
  const agendaItemId = params.get('agenda');
  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const left = () =>
    m && cooperation ? (
      <AgendaColumn
        meeting={m}
        cooperation={cooperation}
        agendaItemId={agendaItemId}
        onAgenda={(id) => setParam('agenda', id)}
        onChanged={meeting.reload}
      />
    ) : null;

  return (
    <Frame
      layout="wide"
      crumbs={cooperationCrumbs(t('nav.home'), cooperationId, cooperation?.title, { label: m?.title ?? '…' })}
      status={connection && <ConnectionBadge state={connection} />}
    >
      <ErrorNote error={meeting.error ?? coop.error} onRetry={meeting.error ? meeting.reload : coop.reload} />
      {m && cooperation && (
        <div className="meeting-room">
          <MeetingHead
            meeting={m}
            cooperation={cooperation}
            documentId={documentId}
            onDocument={(id) => setParam('dokumen', id)}
            onChanged={meeting.reload}
          />
          {documentId ? (
            <MeetingDocument
              key={documentId}
              documentId={documentId}
              cooperation={cooperation}
              left={left}
              onConnection={setConnection}
              right={(screen) => (
                <MeetingPointsColumn
                  meeting={m}
                  cooperation={cooperation}
                  agendaItemId={agendaItemId}
                  screen={screen}
                />
              )}
            />
          ) : (
            <div className="meeting-columns">
              {left()}
              <p className="centered-note">{tm('mode.noDocuments')}</p>
              <div />
            </div>
          )}
        </div>
      )}
    </Frame>
  );
}
