import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { oneRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** The minutes of a meeting frozen at one of its closes (`011_minutes_records`). */
export interface MinutesRecord {
  meetingId: string;
  version: number;
  minutes: MinutesDTO;
  closedAt: number;
  closedBy: string | null;
}

/** A party's logo as it was when a record was frozen. */
export interface RecordLogo {
  partyId: string;
  logo: Buffer;
  mime: string;
}

/** A reopening of a closed meeting: who, when and why. */
export interface MeetingReopening {
  id: string;
  meetingId: string;
  /** The record version that was reopened. */
  version: number;
  at: number;
  userId: string | null;
  name: string;
  reason: string;
}

interface RecordRow {
  meeting_id: string;
  version: number;
  minutes: string;
  closed_at: number;
  closed_by: string | null;
}

const toRecord = (r: RecordRow): MinutesRecord => ({
  meetingId: r.meeting_id,
  version: r.version,
  minutes: JSON.parse(r.minutes) as MinutesDTO,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
});

/**
 * Stores a record as the next version of the meeting's minutes, with the logos it may print,
 * unless one was stored since `after` was read (two closes racing): then the one stored wins.
 * Returns the record the meeting has now.
 */
export function insertMinutesRecord(
  db: DB,
  record: Omit<MinutesRecord, 'version'>,
  logos: RecordLogo[],
  after: number,
): MinutesRecord {
  return db.transaction(() => {
    const latest = latestMinutesRecord(db, record.meetingId);
    if ((latest?.version ?? 0) !== after) return latest!;
    const version = after + 1;
    sql(
      db,
      `INSERT INTO minutes_records (meeting_id, version, minutes, closed_at, closed_by)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(record.meetingId, version, JSON.stringify(record.minutes), record.closedAt, record.closedBy);
    for (const l of logos) {
      sql(
        db,
        `INSERT INTO minutes_record_logos (meeting_id, version, party_id, logo, mime) VALUES (?, ?, ?, ?, ?)`,
      ).run(record.meetingId, version, l.partyId, l.logo, l.mime);
    }
    return { ...record, version };
  })();
}

/** The meeting's latest record, or null before its first close. */
export function latestMinutesRecord(db: DB, meetingId: string): MinutesRecord | null {
  return oneRow(
    db,
    'SELECT * FROM minutes_records WHERE meeting_id = ? ORDER BY version DESC LIMIT 1',
    [meetingId],
    toRecord,
  );
}

/** One version of the meeting's record, or null. */
export function findMinutesRecord(db: DB, meetingId: string, version: number): MinutesRecord | null {
  return oneRow(
    db,
    'SELECT * FROM minutes_records WHERE meeting_id = ? AND version = ?',
    [meetingId, version],
    toRecord,
  );
}

/** The versions of a meeting's record, oldest first, without their contents. */
export function listMinutesRecords(db: DB, meetingId: string): Omit<MinutesRecord, 'minutes'>[] {
  return sql<[string], Omit<RecordRow, 'minutes'>>(
    db,
    'SELECT meeting_id, version, closed_at, closed_by FROM minutes_records WHERE meeting_id = ? ORDER BY version',
  )
    .all(meetingId)
    .map((r) => ({
      meetingId: r.meeting_id,
      version: r.version,
      closedAt: r.closed_at,
      closedBy: r.closed_by,
    }));
}

/** The logos frozen with a record. */
export function recordLogos(db: DB, meetingId: string, version: number): RecordLogo[] {
  return sql<[string, number], { party_id: string; logo: Buffer; mime: string }>(
    db,
    'SELECT party_id, logo, mime FROM minutes_record_logos WHERE meeting_id = ? AND version = ?',
  )
    .all(meetingId, version)
    .map((r) => ({ partyId: r.party_id, logo: r.logo, mime: r.mime }));
}

/** Records a reopening. */
export function insertReopening(db: DB, r: Omit<MeetingReopening, 'id'>): MeetingReopening {
  const row = { ...r, id: newId('r') };
  sql(
    db,
    `INSERT INTO meeting_reopenings (id, meeting_id, version, at, user_id, name, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.meetingId, row.version, row.at, row.userId, row.name, row.reason);
  return row;
}

/** The reopenings of a meeting, oldest first. */
export function listReopenings(db: DB, meetingId: string): MeetingReopening[] {
  return sql<
    [string],
    {
      id: string;
      meeting_id: string;
      version: number;
      at: number;
      user_id: string | null;
      name: string;
      reason: string;
    }
  >(db, 'SELECT * FROM meeting_reopenings WHERE meeting_id = ? ORDER BY at, id')
    .all(meetingId)
    .map((r) => ({
      id: r.id,
      meetingId: r.meeting_id,
      version: r.version,
      at: r.at,
      userId: r.user_id,
      name: r.name,
      reason: r.reason,
    }));
}
