import { useState } from 'react';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { meetingCalendarPath } from '../../calendar/api.ts';
import { useCalendarT } from '../../calendar/messages.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { distinctTitle } from '../../cooperations/documentTitles.ts';
import { closeMeeting, type Meeting, minutesDocxUrl, openMeeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';
import { MinutesDialog } from './MinutesDialog.tsx';
import { RecordHistory } from './RecordHistory.tsx';
import { ReopenDialog } from './ReopenDialog.tsx';
import { meetingWhen } from './when.ts';

interface MeetingHeadProps {
  meeting: Meeting;
  cooperation: Cooperation;
  documentId: string | null;
  onDocument: (id: string) => void;
  onChanged: () => void;
}

/**
 * The meeting room's head, one line on a laptop so the document keeps the screen: what, when,
 * where, its state, the documents discussed and the actions; notes and errors below it.
 */
export function MeetingHead({ meeting, cooperation, documentId, onDocument, onChanged }: MeetingHeadProps) {
  const t = useMeetingsT();
  const tc = useCalendarT();
  const language = useLanguage((s) => s.language);
  const [error, setError] = useState<ApiError | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const canRun = cooperation.permissions.canRunMeetings;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      showToast(done);
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const where = `${meetingWhen(meeting, language)} · ${meeting.place || meeting.onlineLink}`;
  return (
    <header className="meeting-head">
      <div className="meeting-head-what">
        <h1 title={meeting.title}>{meeting.title}</h1>
        <div className="muted meeting-head-when" title={where}>
          {where}
        </div>
      </div>
      <span className={`badge meeting-state-${meeting.state}`}>{t(`state.${meeting.state}`)}</span>
      <nav className="document-tabs" aria-label={t('form.documents')}>
        {meeting.documentIds.map((id) => {
          const d = cooperation.documents.find((x) => x.id === id);
          return (
            <button
              key={id}
              type="button"
              className={`button ${id === documentId ? 'primary' : 'quiet'}`}
              aria-pressed={id === documentId}
              onClick={() => onDocument(id)}
            >
              {d ? distinctTitle(cooperation.documents, d) : id}
            </button>
          );
        })}
      </nav>
      <span className="spacer" />
      {canRun && meeting.state === 'planned' && (
        <button
          type="button"
          className="button primary"
          onClick={() => run(() => openMeeting(meeting.id), t('mode.opened'))}
        >
          {t('mode.open')}
        </button>
      )}
      {canRun && meeting.state === 'open' && (
        <button
          type="button"
          className="button"
          onClick={() =>
            window.confirm(t('mode.closeConfirm')) && run(() => closeMeeting(meeting.id), t('mode.closed'))
          }
        >
          {t('mode.close')}
        </button>
      )}
      {canRun && meeting.state === 'closed' && (
        <button type="button" className="button" onClick={() => setReopening(true)}>
          {t('record.reopen')}
        </button>
      )}
      <button type="button" className="button quiet" onClick={() => setReviewing(true)}>
        {t('mode.review')}
      </button>
      <DownloadLink className="button quiet" href={minutesDocxUrl(meeting.id)}>
        {t('meetings.minutes')}
      </DownloadLink>
      <DownloadLink className="button quiet" href={meetingCalendarPath(meeting.id)}>
        <span title={tc('calendar.meetingIcsTitle')}>{tc('calendar.meetingIcs')}</span>
      </DownloadLink>
      <ErrorNote error={error} />
      {meeting.state === 'closed' && (
        <p className="record-note small" role="note">
          {t('record.locked')}
        </p>
      )}
      <RecordHistory meeting={meeting} />
      <MinutesDialog
        meeting={meeting}
        cooperation={cooperation}
        open={reviewing}
        onClose={() => setReviewing(false)}
      />
      <ReopenDialog
        meetingId={meeting.id}
        open={reopening}
        onClose={() => setReopening(false)}
        onReopened={onChanged}
      />
    </header>
  );
}
