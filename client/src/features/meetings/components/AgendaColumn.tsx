import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { type Meeting, updateMeeting } from '../api.ts';
import { useMeetingsT } from '../messages.ts';

interface AgendaColumnProps {
  meeting: Meeting;
  cooperation: Cooperation;
  agendaItemId: string | null;
  onAgenda: (id: string | null) => void;
  onChanged: () => void;
}

/** The left of the meeting room: the agenda (pick the item being discussed) and who is present. */
export function AgendaColumn({ meeting, cooperation, agendaItemId, onAgenda, onChanged }: AgendaColumnProps) {
  const t = useMeetingsT();
  const [error, setError] = useState<ApiError | null>(null);
  const canMark = cooperation.permissions.canPlanMeetings && meeting.state !== 'closed';

  const togglePresent = async (attendeeId: string) => {
    setError(null);
    try {
      await updateMeeting(meeting.id, {
        attendees: meeting.attendees.map((a) => ({
          ...(a.userId ? { userId: a.userId } : {}),
          name: a.name,
          position: a.position,
          ...(a.partyId ? { partyId: a.partyId } : {}),
          unit: a.unit,
          present: a.id === attendeeId ? !a.present : a.present,
        })),
      });
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <aside className="meeting-aside stack" aria-label={t('mode.agenda')}>
      <h2 className="column-heading">{t('mode.agenda')}</h2>
      <ol className="agenda-list">
        <li>
          <button type="button" aria-pressed={!agendaItemId} onClick={() => onAgenda(null)}>
            {t('mode.allAgenda')}
          </button>
        </li>
        {meeting.agenda.map((a, i) => (
          <li key={a.id}>
            <button type="button" aria-pressed={a.id === agendaItemId} onClick={() => onAgenda(a.id)}>
              {i + 1}. {a.title}
            </button>
          </li>
        ))}
      </ol>
      <h2 className="column-heading">{t('mode.attendance')}</h2>
      <ErrorNote error={error} />
      <ul className="agenda-list attendance">
        {meeting.attendees.map((a) => {
          const party = cooperation.parties.find((p) => p.id === a.partyId);
          return (
            <li key={a.id}>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={a.present}
                  disabled={!canMark}
                  onChange={() => togglePresent(a.id)}
                  aria-label={`${t('mode.present')}: ${a.name}`}
                />
                <span>
                  {a.name}
                  <span className="muted small attendee-unit">
                    {[a.unit, party?.shortName].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
