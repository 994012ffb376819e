import type { MeetingDTO } from '../../../shared/api/meetings.ts';
import type { Meeting } from '../../db/repos/meetings.ts';
import { iso } from '../../db/repos/sql.ts';

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** A meeting as the API shows it. */
export function presentMeeting(m: Meeting): MeetingDTO {
  return {
    id: m.id,
    cooperationId: m.cooperationId,
    title: m.title,
    kind: m.kind,
    state: m.state,
    date: m.date,
    timeFrom: m.timeFrom,
    timeTo: m.timeTo,
    timeZone: m.timeZone,
    place: m.place,
    onlineLink: m.onlineLink,
    chair: m.chair,
    minuteTaker: m.minuteTaker,
    opening: m.opening,
    agenda: m.agenda,
    documentIds: m.documentIds,
    attendees: m.attendees,
    nextMeeting:
      m.nextMeetingText || m.nextMeetingId ? { text: m.nextMeetingText, meetingId: m.nextMeetingId } : null,
    versions: m.versions,
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
    openedAt: isoOrNull(m.openedAt),
    closedAt: isoOrNull(m.closedAt),
  };
}
