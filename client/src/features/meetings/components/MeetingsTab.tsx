import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Dialog } from '../../../app/Dialog.tsx';
import { DownloadLink } from '../../../app/DownloadLink.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { listMeetings, type Meeting, meetingRoomPath, minutesDocxUrl } from '../api.ts';
import { useMeetingsT } from '../messages.ts';
import { concerns, useCooperationEvents } from '../useCooperationEvents.ts';
import { MeetingForm } from './MeetingForm.tsx';
import { meetingWhen } from './when.ts';
import '../meetings.css';

/** Rapat: the cooperation's meetings by date, each with its room and its minutes; plan a new one. */
export function MeetingsTab({ cooperation }: CooperationTabProps) {
  const t = useMeetingsT();
  const language = useLanguage((s) => s.language);
  const navigate = useNavigate();
  const [planning, setPlanning] = useState(false);
  const { data, error, reload } = useResource(`meetings:${cooperation.id}`, () =>
    listMeetings(cooperation.id),
  );
  useCooperationEvents(cooperation.id, (e) => concerns(e, 'meetings') && reload());
  const canPlan = cooperation.permissions.canPlanMeetings;

  const saved = (m: Meeting) => {
    setPlanning(false);
    showToast(t('form.saved'));
    navigate(meetingRoomPath(cooperation.id, m.id));
  };

  return (
    <section className="stack">
      {canPlan && (
        <div className="section-actions">
          <button type="button" className="button primary" onClick={() => setPlanning(true)}>
            {t('meetings.plan')}
          </button>
        </div>
      )}
      <ErrorNote error={error} onRetry={reload} />
      {data && data.length === 0 && <p className="empty-state">{t('meetings.empty')}</p>}
      <ul className="meeting-list">
        {data?.map((m) => (
          <li key={m.id} className="card meeting-row">
            <div className="meeting-row-main">
              <Link to={meetingRoomPath(cooperation.id, m.id)} className="meeting-title">
                {m.title}
              </Link>
              <div className="muted small">
                {meetingWhen(m, language)} · {m.place || m.onlineLink}
              </div>
              <div className="muted small">
                {t(`kind.${m.kind}`)} · {m.agenda.map((a) => a.title).join(' · ')}
              </div>
            </div>
            <span className={`badge meeting-state-${m.state}`}>{t(`state.${m.state}`)}</span>
            <div className="meeting-row-actions">
              <Link className="button" to={meetingRoomPath(cooperation.id, m.id)}>
                {t('meetings.enter')}
              </Link>
              <DownloadLink className="button quiet" href={minutesDocxUrl(m.id)}>
                {t('meetings.minutes')}
              </DownloadLink>
            </div>
          </li>
        ))}
      </ul>
      <Dialog title={t('meetings.plan')} open={planning} onClose={() => setPlanning(false)}>
        <MeetingForm cooperation={cooperation} onSaved={saved} />
      </Dialog>
    </section>
  );
}
