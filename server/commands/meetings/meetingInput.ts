import type { AttendeeInput, PersonInput } from '../../../shared/api/meetings.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../../db/connection.ts';
import type { AgendaItem, Attendee, MeetingPerson } from '../../db/repos/meetings.ts';
import { findMeetingRecord, listAgenda } from '../../db/repos/meetings.ts';
import type { MemberWithUser } from '../../db/repos/members.ts';
import { notInCooperation, required, validation } from '../../errors/index.ts';
import { documentOf, memberOf, partyOf } from './checks.ts';

/**
 * Turns the client's description of a meeting's people and lists into records: members are
 * looked up (their names, positions and party fill what was left out), guests must be named,
 * every id must belong to the cooperation.
 */

/** A chair or minute-taker: a member or a named guest; null clears it. */
export function resolvePerson(
  members: Map<string, MemberWithUser>,
  input: PersonInput | null,
  field: string,
): MeetingPerson | null {
  if (!input) return null;
  if (input.userId) {
    const m = memberOf(members, input.userId, `${field}.userId`);
    return {
      userId: m.userId,
      name: input.name || m.displayName,
      position: input.position ?? m.position,
      nip: input.nip ?? m.nip,
    };
  }
  if (!input.name) throw required(`${field}.name`);
  return { userId: null, name: input.name, position: input.position ?? '', nip: input.nip ?? '' };
}

export function resolveAttendees(
  db: DB,
  cooperationId: string,
  members: Map<string, MemberWithUser>,
  inputs: AttendeeInput[],
): Attendee[] {
  const seen = new Set<string>();
  return inputs.map((a, i) => {
    const field = `attendees.${i}`;
    if (a.partyId) partyOf(db, cooperationId, a.partyId, `${field}.partyId`);
    let attendee: Attendee;
    if (a.userId) {
      const m = memberOf(members, a.userId, `${field}.userId`);
      if (seen.has(m.userId)) {
        throw validation(
          `${field}.userId`,
          `${m.displayName} tercantum dua kali dalam daftar hadir.`,
          `${m.displayName} is listed twice among the attendees.`,
        );
      }
      seen.add(m.userId);
      attendee = {
        id: newId('t'),
        userId: m.userId,
        name: a.name || m.displayName,
        position: a.position ?? m.position,
        partyId: a.partyId ?? m.partyId,
        unit: a.unit ?? '',
        present: a.present ?? true,
      };
    } else {
      if (!a.name) throw required(`${field}.name`);
      if (!a.partyId && !a.unit) {
        throw validation(
          `${field}.unit`,
          `Peserta tamu "${a.name}" harus disertai pihak (partyId) atau instansi/unit.`,
          `Guest "${a.name}" needs a party (partyId) or an institution/unit.`,
        );
      }
      attendee = {
        id: newId('t'),
        userId: null,
        name: a.name,
        position: a.position ?? '',
        partyId: a.partyId ?? null,
        unit: a.unit ?? '',
        present: a.present ?? true,
      };
    }
    return attendee;
  });
}

/**
 * Agenda items in order. On an existing meeting an item may keep its `id` (points filed under
 * it stay there); an id of another meeting's item is refused rather than silently moved.
 */
export function resolveAgenda(
  db: DB,
  meetingId: string | null,
  inputs: { id?: string; title: string }[],
): AgendaItem[] {
  const own = new Set(meetingId ? listAgenda(db, meetingId).map((a) => a.id) : []);
  return inputs.map((item, i) => {
    if (item.id && !own.has(item.id)) {
      throw notInCooperation(`agenda.${i}.id`, 'butir agenda rapat ini', 'an agenda item');
    }
    return { id: item.id ?? newId('g'), title: item.title };
  });
}

/** Distinct document ids, each a document of the cooperation. */
export function resolveDocuments(db: DB, cooperationId: string, ids: string[]): string[] {
  const unique = [...new Set(ids)];
  unique.forEach((id, i) => {
    documentOf(db, cooperationId, id, `documentIds.${i}`);
  });
  return unique;
}

/** The next meeting: another meeting of the same cooperation, not this one. */
export function resolveNextMeeting(
  db: DB,
  cooperationId: string,
  meetingId: string | null,
  input: { text?: string; meetingId?: string | null } | null,
): { text: string; meetingId: string | null } {
  if (!input) return { text: '', meetingId: null };
  const next = input.meetingId ?? null;
  if (next) {
    const m = findMeetingRecord(db, next);
    if (!m || m.cooperationId !== cooperationId || next === meetingId) {
      throw notInCooperation('nextMeeting.meetingId', 'rapat lain', 'another meeting');
    }
  }
  return { text: input.text ?? '', meetingId: next };
}
