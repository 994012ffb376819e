import type { MeetingKind, MeetingState } from '../../../shared/api/meetings.ts';
import type { DB } from '../connection.ts';
import { recordTable } from './recordTable.ts';
import { sql } from './sql.ts';

/** A chair or minute-taker: a member (`userId`) or a named guest. */
export interface MeetingPerson {
  userId: string | null;
  name: string;
  position: string;
  nip: string;
}

export interface AgendaItem {
  id: string;
  title: string;
}

export interface Attendee {
  id: string;
  userId: string | null;
  name: string;
  position: string;
  partyId: string | null;
  unit: string;
  present: boolean;
}

export interface MeetingVersion {
  documentId: string;
  seq: number;
  label: string;
  versionId: string | null;
}

/** A meeting's own row; its lists are read with {@link loadMeeting}. */
export interface MeetingRecord {
  id: string;
  cooperationId: string;
  title: string;
  kind: MeetingKind;
  date: string;
  timeFrom: string;
  timeTo: string;
  timeZone: 'WIB' | 'WITA' | 'WIT';
  place: string;
  onlineLink: string;
  chair: MeetingPerson | null;
  minuteTaker: MeetingPerson | null;
  opening: string;
  state: MeetingState;
  nextMeetingText: string;
  nextMeetingId: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  openedAt: number | null;
  closedAt: number | null;
}

/** A meeting with its agenda, attendees, documents and the versions recorded at closing. */
export interface Meeting extends MeetingRecord {
  agenda: AgendaItem[];
  attendees: Attendee[];
  documentIds: string[];
  versions: MeetingVersion[];
}

interface MeetingRow {
  id: string;
  cooperation_id: string;
  title: string;
  kind: MeetingKind;
  date: string;
  time_from: string;
  time_to: string;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  place: string;
  online_link: string;
  chair_user_id: string | null;
  chair_name: string;
  chair_position: string;
  chair_nip: string;
  minute_taker_user_id: string | null;
  minute_taker_name: string;
  minute_taker_position: string;
  minute_taker_nip: string;
  opening: string;
  state: MeetingState;
  next_meeting_text: string;
  next_meeting_id: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
  opened_at: number | null;
  closed_at: number | null;
}

const personOf = (userId: string | null, name: string, position: string, nip: string) =>
  userId || name ? { userId, name, position, nip } : null;

const toRecord = (r: MeetingRow): MeetingRecord => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  title: r.title,
  kind: r.kind,
  date: r.date,
  timeFrom: r.time_from,
  timeTo: r.time_to,
  timeZone: r.time_zone,
  place: r.place,
  onlineLink: r.online_link,
  chair: personOf(r.chair_user_id, r.chair_name, r.chair_position, r.chair_nip),
  minuteTaker: personOf(
    r.minute_taker_user_id,
    r.minute_taker_name,
    r.minute_taker_position,
    r.minute_taker_nip,
  ),
  opening: r.opening,
  state: r.state,
  nextMeetingText: r.next_meeting_text,
  nextMeetingId: r.next_meeting_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
});

const toRow = (m: MeetingRecord): MeetingRow => ({
  id: m.id,
  cooperation_id: m.cooperationId,
  title: m.title,
  kind: m.kind,
  date: m.date,
  time_from: m.timeFrom,
  time_to: m.timeTo,
  time_zone: m.timeZone,
  place: m.place,
  online_link: m.onlineLink,
  chair_user_id: m.chair?.userId ?? null,
  chair_name: m.chair?.name ?? '',
  chair_position: m.chair?.position ?? '',
  chair_nip: m.chair?.nip ?? '',
  minute_taker_user_id: m.minuteTaker?.userId ?? null,
  minute_taker_name: m.minuteTaker?.name ?? '',
  minute_taker_position: m.minuteTaker?.position ?? '',
  minute_taker_nip: m.minuteTaker?.nip ?? '',
  opening: m.opening,
  state: m.state,
  next_meeting_text: m.nextMeetingText,
  next_meeting_id: m.nextMeetingId,
  created_by: m.createdBy,
  created_at: m.createdAt,
  updated_at: m.updatedAt,
  opened_at: m.openedAt,
  closed_at: m.closedAt,
});

/**
 * Meeting rows: insert (a new id unless given; the lists are written by the `set*` functions),
 * write every column back (the caller merged its changes), read one by id.
 */
export const {
  insert: insertMeeting,
  save: saveMeeting,
  find: findMeetingRecord,
} = recordTable('meetings', 'm', toRow, toRecord);

/** A meeting with all its lists, or null. */
export function loadMeeting(db: DB, id: string): Meeting | null {
  const record = findMeetingRecord(db, id);
  return record ? withLists(db, record) : null;
}

/** Meetings of a cooperation by date and start time, with their lists. */
export function listMeetings(db: DB, cooperationId: string, state?: MeetingState): Meeting[] {
  return sql<[string, string | null, string | null], MeetingRow>(
    db,
    `SELECT * FROM meetings WHERE cooperation_id = ? AND (? IS NULL OR state = ?)
     ORDER BY date, time_from, created_at`,
  )
    .all(cooperationId, state ?? null, state ?? null)
    .map((r) => withLists(db, toRecord(r)));
}

function withLists(db: DB, m: MeetingRecord): Meeting {
  return {
    ...m,
    agenda: listAgenda(db, m.id),
    attendees: listAttendees(db, m.id),
    documentIds: sql<[string], { document_id: string }>(
      db,
      'SELECT document_id FROM meeting_documents WHERE meeting_id = ? ORDER BY ordinal',
    )
      .all(m.id)
      .map((r) => r.document_id),
    versions: sql<[string], { document_id: string; seq: number; label: string; version_id: string | null }>(
      db,
      'SELECT * FROM meeting_versions WHERE meeting_id = ? ORDER BY created_at, document_id',
    )
      .all(m.id)
      .map((r) => ({ documentId: r.document_id, seq: r.seq, label: r.label, versionId: r.version_id })),
  };
}

export function listAgenda(db: DB, meetingId: string): AgendaItem[] {
  return sql<[string], AgendaItem>(
    db,
    'SELECT id, title FROM meeting_agenda_items WHERE meeting_id = ? ORDER BY ordinal',
  ).all(meetingId);
}

/**
 * Replaces the agenda. Items keep their ids (so points filed under them stay there); items
 * left out are deleted, which unfiles their points (ON DELETE SET NULL).
 */
export function setAgenda(db: DB, meetingId: string, items: AgendaItem[]): void {
  const keep = new Set(items.map((i) => i.id));
  for (const old of listAgenda(db, meetingId)) {
    if (!keep.has(old.id)) sql(db, 'DELETE FROM meeting_agenda_items WHERE id = ?').run(old.id);
  }
  items.forEach((item, ordinal) => {
    sql(
      db,
      `INSERT INTO meeting_agenda_items (id, meeting_id, ordinal, title) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal, title = excluded.title`,
    ).run(item.id, meetingId, ordinal, item.title);
  });
}

export function listAttendees(db: DB, meetingId: string): Attendee[] {
  return sql<
    [string],
    Omit<Attendee, 'userId' | 'partyId' | 'present'> & {
      user_id: string | null;
      party_id: string | null;
      present: number;
    }
  >(db, 'SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY ordinal')
    .all(meetingId)
    .map((r) => ({
      id: r.id,
      userId: r.user_id,
      name: r.name,
      position: r.position,
      partyId: r.party_id,
      unit: r.unit,
      present: r.present === 1,
    }));
}

/** Replaces the attendance list. */
export function setAttendees(db: DB, meetingId: string, attendees: Attendee[]): void {
  sql(db, 'DELETE FROM meeting_attendees WHERE meeting_id = ?').run(meetingId);
  attendees.forEach((a, ordinal) => {
    sql(
      db,
      `INSERT INTO meeting_attendees (id, meeting_id, ordinal, user_id, name, position, party_id, unit, present)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.id, meetingId, ordinal, a.userId, a.name, a.position, a.partyId, a.unit, a.present ? 1 : 0);
  });
}

/** Replaces the documents to be discussed. */
export function setMeetingDocuments(db: DB, meetingId: string, documentIds: string[]): void {
  sql(db, 'DELETE FROM meeting_documents WHERE meeting_id = ?').run(meetingId);
  documentIds.forEach((documentId, ordinal) => {
    sql(db, 'INSERT INTO meeting_documents (meeting_id, document_id, ordinal) VALUES (?, ?, ?)').run(
      meetingId,
      documentId,
      ordinal,
    );
  });
}

/** Records the version of a document taken when the meeting closed. */
export function insertMeetingVersion(
  db: DB,
  v: MeetingVersion & { meetingId: string; createdBy: string | null; at?: number },
): void {
  sql(
    db,
    `INSERT INTO meeting_versions (meeting_id, document_id, seq, label, version_id, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, document_id) DO UPDATE SET seq = excluded.seq, label = excluded.label,
       version_id = excluded.version_id`,
  ).run(v.meetingId, v.documentId, v.seq, v.label, v.versionId, v.createdBy, v.at ?? Date.now());
}
