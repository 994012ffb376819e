import type { MeetingDTO } from '../../shared/api/meetings.ts';
import type { DB } from '../db/connection.ts';
import type { Meeting } from '../db/repos/meetings.ts';
import { listMinutesRecords, listReopenings } from '../db/repos/minutesRecords.ts';
import { iso } from '../db/repos/sql.ts';
import { findUserById } from '../db/repos/users.ts';

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** A meeting as the API shows it, with the history of its record (closes and reopenings). */
export function presentMeeting(db: DB, m: Meeting): MeetingDTO {
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
    records: listMinutesRecords(db, m.id).map((r) => ({
      version: r.version,
      closedAt: iso(r.closedAt),
      closedBy: r.closedBy ? (findUserById(db, r.closedBy)?.displayName ?? null) : null,
    })),
    reopenings: listReopenings(db, m.id).map((r) => ({ at: iso(r.at), by: r.name, reason: r.reason })),
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
    openedAt: isoOrNull(m.openedAt),
    closedAt: isoOrNull(m.closedAt),
  };
}
