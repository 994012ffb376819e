import type { CreateMeetingBody, MeetingKind, UpdateMeetingBody } from '../../../shared/api/meetings.ts';
import { cooperationTimeZone } from '../../../shared/timeZones.ts';
import type { DB } from '../../db/connection.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import {
  findMeetingRecord,
  insertMeeting,
  loadMeeting,
  type Meeting,
  type MeetingRecord,
  saveMeeting,
  setAgenda,
  setAttendees,
  setMeetingDocuments,
} from '../../db/repos/meetings.ts';
import { meetingClosed, meetingNotFound, timeOrder } from '../../errors/index.ts';
import { membersById } from './checks.ts';
import {
  resolveAgenda,
  resolveAttendees,
  resolveDocuments,
  resolveNextMeeting,
  resolvePerson,
} from './meetingInput.ts';

/** "Rapat Pembahasan", "Rapat Tindak Lanjut"...: the default title of a meeting of each kind. */
export const MEETING_KIND_TITLE: Record<MeetingKind, string> = {
  pembahasan: 'Rapat Pembahasan',
  internal: 'Rapat Internal',
  tindak_lanjut: 'Rapat Tindak Lanjut',
  finalisasi: 'Rapat Finalisasi',
};

/** `HH:MM` strings compare in time order. */
function checkTimes(timeFrom: string, timeTo: string): void {
  if (timeTo <= timeFrom) throw timeOrder();
}

export interface MeetingActor {
  cooperationId: string;
  userId: string;
  /** Record time (ms); the demo seed back-dates its meeting. */
  at?: number;
}

/** Plans a meeting (state `planned`) with its agenda, documents and attendance list. */
export function createMeeting(db: DB, actor: MeetingActor, input: CreateMeetingBody): Meeting {
  checkTimes(input.timeFrom, input.timeTo);
  return db.transaction(() => {
    const { cooperationId } = actor;
    const members = membersById(db, cooperationId);
    const chair = resolvePerson(members, input.chair ?? null, 'chair');
    const minuteTaker = resolvePerson(members, input.minuteTaker ?? null, 'minuteTaker');
    const agenda = resolveAgenda(db, null, input.agenda ?? []);
    const attendees = resolveAttendees(db, cooperationId, members, input.attendees ?? []);
    const documentIds = resolveDocuments(db, cooperationId, input.documentIds ?? []);
    const next = resolveNextMeeting(db, cooperationId, null, input.nextMeeting ?? null);
    const now = actor.at ?? Date.now();
    const record = insertMeeting(db, {
      cooperationId,
      title: input.title ?? MEETING_KIND_TITLE[input.kind],
      kind: input.kind,
      date: input.date,
      timeFrom: input.timeFrom,
      timeTo: input.timeTo,
      timeZone: input.timeZone ?? cooperationTimeZone(findCooperation(db, cooperationId)?.settings),
      place: input.place ?? '',
      onlineLink: input.onlineLink ?? '',
      chair,
      minuteTaker,
      opening: input.opening ?? '',
      state: 'planned',
      nextMeetingText: next.text,
      nextMeetingId: next.meetingId,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      openedAt: null,
      closedAt: null,
    });
    setAgenda(db, record.id, agenda);
    setAttendees(db, record.id, attendees);
    setMeetingDocuments(db, record.id, documentIds);
    return loadMeeting(db, record.id)!;
  })();
}

/** The meeting of a cooperation, or 404 (also when it belongs to another cooperation). */
export function meetingIn(db: DB, cooperationId: string, meetingId: string): MeetingRecord {
  const m = findMeetingRecord(db, meetingId);
  if (!m || m.cooperationId !== cooperationId) throw meetingNotFound();
  return m;
}

/**
 * Changes a meeting that is not closed yet. Lists given are replaced whole; the times are
 * checked as they will be after the change.
 */
export function updateMeeting(db: DB, meetingId: string, patch: UpdateMeetingBody): Meeting {
  return db.transaction(() => {
    const current = findMeetingRecord(db, meetingId);
    if (!current) throw meetingNotFound();
    if (current.state === 'closed') throw meetingClosed();
    const { cooperationId } = current;
    const next: MeetingRecord = { ...current, updatedAt: Date.now() };
    for (const key of ['title', 'kind', 'date', 'timeFrom', 'timeTo', 'timeZone'] as const) {
      if (patch[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = patch[key];
    }
    for (const key of ['place', 'onlineLink', 'opening'] as const) {
      if (patch[key] !== undefined) next[key] = patch[key];
    }
    checkTimes(next.timeFrom, next.timeTo);
    const members = membersById(db, cooperationId);
    if (patch.chair !== undefined) next.chair = resolvePerson(members, patch.chair, 'chair');
    if (patch.minuteTaker !== undefined) {
      next.minuteTaker = resolvePerson(members, patch.minuteTaker, 'minuteTaker');
    }
    if (patch.nextMeeting !== undefined) {
      const n = resolveNextMeeting(db, cooperationId, meetingId, patch.nextMeeting);
      next.nextMeetingText = n.text;
      next.nextMeetingId = n.meetingId;
    }
    saveMeeting(db, next);
    if (patch.agenda) setAgenda(db, meetingId, resolveAgenda(db, meetingId, patch.agenda));
    if (patch.attendees) {
      setAttendees(db, meetingId, resolveAttendees(db, cooperationId, members, patch.attendees));
    }
    if (patch.documentIds) {
      setMeetingDocuments(db, meetingId, resolveDocuments(db, cooperationId, patch.documentIds));
    }
    return loadMeeting(db, meetingId)!;
  })();
}
