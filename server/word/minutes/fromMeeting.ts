import type { ActionState } from '../../../shared/api/actions.ts';
import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import type { PointState } from '../../../shared/api/points.ts';
import { type DocumentOutline, outlineOf } from '../../../shared/clauses.ts';
import { dayName, parseIsoDate, shortDate } from '../../../shared/words.ts';
import { currentOutline } from '../../commands/meetings/checks.ts';
import { MEETING_KIND_TITLE } from '../../commands/meetings/meetings.ts';
import type { AppContext } from '../../context.ts';
import { listActions } from '../../db/repos/actions.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { findDocument } from '../../db/repos/documents.ts';
import {
  findMeetingRecord,
  type Meeting,
  type MeetingPerson,
  type MeetingRecord,
} from '../../db/repos/meetings.ts';
import { listMembers } from '../../db/repos/members.ts';
import { listReopenings } from '../../db/repos/minutesRecords.ts';
import { listParties, type PartyRecord } from '../../db/repos/parties.ts';
import { type DiscussionPoint, listPointsOfMeeting, repliesOf } from '../../db/repos/points.ts';
import { getUnit } from '../../db/repos/units.ts';
import { findTier } from '../../db/repos/variants.ts';
import { stateAt } from '../../history/reconstruct.ts';
import { cityOfSeat, placeAndDate, reopeningSentence } from './recordWords.ts';

export const POINT_STATE_LABEL: Record<PointState, string> = {
  open: 'Belum diputuskan',
  agreed: 'Disepakati',
  rejected: 'Tidak disepakati',
  deferred: 'Ditunda',
};

export const ACTION_STATE_LABEL: Record<ActionState, string> = {
  open: 'Belum dikerjakan',
  in_progress: 'Dalam proses',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
};

/** "09:00" → "09.00", as Indonesian writes the time of day. */
export const clockTime = (hhmm: string) => hhmm.replace(':', '.');

/** "Selasa, 10 Maret 2020"; the raw text when it is not a date. */
export function dayAndDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${dayName(d)}, ${shortDate(d)}` : iso;
}

/** "10 Maret 2020" or '' for no date. */
export const dateText = (iso: string | null) => {
  const d = parseIsoDate(iso);
  return d ? shortDate(d) : (iso ?? '');
};

const timeSpan = (m: MeetingRecord) => `${clockTime(m.timeFrom)}–${clockTime(m.timeTo)} ${m.timeZone}`;

/**
 * "Name, position" — or the position alone when it already names the person, as with the
 * role-titled people of the demo ("Asisten Pemerintahan ..." whose position says the same).
 */
export function personWords(p: Pick<MeetingPerson, 'name' | 'position'>): string {
  if (p.position.toLowerCase().includes(p.name.toLowerCase())) return p.position;
  return [p.name, p.position].filter(Boolean).join(', ');
}

const person = (p: MeetingPerson | null) => (p ? { name: p.name, position: p.position, nip: p.nip } : null);

/**
 * The outline a point's clause is cited from: a closed meeting's documents as they were at its
 * close (the version recorded then), so a later renumbering never changes what its minutes
 * say; otherwise, and for a document no version was recorded of, the document as it is now.
 */
async function outlineFor(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  meeting: Meeting,
  documentId: string,
): Promise<DocumentOutline> {
  const atClose = meeting.state === 'closed' && meeting.versions.find((v) => v.documentId === documentId);
  if (atClose) return outlineOf(stateAt(ctx.db, documentId, atClose.seq).body);
  return currentOutline(ctx, documentId);
}

/**
 * The city the minutes are signed in: the seat of the chair's institution (a member's party),
 * else of the first party.
 */
function signingCity(ctx: Pick<AppContext, 'db'>, meeting: Meeting, parties: PartyRecord[]): string {
  const chairId = meeting.chair?.userId;
  const partyId = chairId
    ? listMembers(ctx.db, meeting.cooperationId).find((m) => m.userId === chairId)?.partyId
    : null;
  const party = parties.find((p) => p.id === partyId) ?? parties[0];
  return party ? cityOfSeat(party.seat) : '';
}

/**
 * Gathers the minutes (notula) of a meeting, following docs/DOMAIN.md "Meetings and their
 * minutes": the head, the attendance, the discussion per agenda item with the clauses each point
 * touches (numbered from the documents as they were at the close, see {@link outlineFor}), the
 * decisions (each naming the OPD of the PKS variant it was taken on, if any), the open items,
 * the follow-ups, the next meeting, any reopening and the place and date of signing.
 * The same model is shown on screen and printed by `server/word/minutes/docx.ts`; a closed
 * meeting's is frozen (`server/word/minutes/record.ts`) and read from there ever after.
 */
export async function buildMinutes(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  meeting: Meeting,
): Promise<MinutesDTO> {
  const { db } = ctx;
  const parties = listParties(db, meeting.cooperationId);
  const partyName = new Map(parties.map((p) => [p.id, p.shortName || p.name]));
  const points = listPointsOfMeeting(db, meeting.id);
  const replies = repliesOf(
    db,
    points.map((p) => p.id),
  );

  // The OPD of a point taken on a PKS variant: the minutes group its decisions under it.
  const units = new Map<string, { name: string; shortName: string } | null>();
  const unitOf = (documentId: string) => {
    if (!units.has(documentId)) {
      const tier = findTier(db, documentId);
      units.set(documentId, tier?.tier === 'variant' && tier.unitId ? getUnit(db, tier.unitId) : null);
    }
    return units.get(documentId) ?? null;
  };
  // A variant's title may read as its master's: the minutes name its OPD after it.
  const titleOf = (doc: { id: string; title: string }) => {
    const unit = unitOf(doc.id);
    const named =
      !unit || doc.title.includes(unit.name) || (unit.shortName && doc.title.includes(unit.shortName));
    return named ? doc.title : `${doc.title} — ${unit.shortName || unit.name}`;
  };
  const outlines = new Map<string, { title: string; outline: DocumentOutline }>();
  for (const documentId of new Set(points.filter((p) => p.clauseId).map((p) => p.documentId))) {
    const doc = findDocument(db, documentId);
    if (doc)
      outlines.set(documentId, { title: titleOf(doc), outline: await outlineFor(ctx, meeting, documentId) });
  }
  const clauseOf = (p: DiscussionPoint): string | null => {
    if (!p.clauseId) {
      const doc = findDocument(db, p.documentId);
      return doc ? titleOf(doc) : null;
    }
    const o = outlines.get(p.documentId);
    const c = o?.outline.clauses.find((x) => x.id === p.clauseId);
    if (!o) return null;
    return c ? `${o.title}, Pasal ${c.number} — ${c.heading}` : `${o.title}, pasal yang telah dihapus`;
  };
  const raisedBy = (p: DiscussionPoint) => {
    const party = partyName.get(p.raisedByPartyId);
    return party ? `${p.raisedByName} (${party})` : p.raisedByName;
  };

  const discussed = points.filter((p) => p.meetingId === meeting.id);
  const agendaIds = new Set(meeting.agenda.map((a) => a.id));
  const presentPoint = (p: DiscussionPoint) => ({
    id: p.id,
    text: p.text,
    raisedBy: raisedBy(p),
    clause: clauseOf(p),
    quote: p.quote,
    replies: (replies.get(p.id) ?? []).map((r) => ({
      by: r.partyId && partyName.get(r.partyId) ? `${r.name} (${partyName.get(r.partyId)})` : r.name,
      text: r.text,
    })),
    stateLabel: POINT_STATE_LABEL[p.state],
    decision: p.decision,
  });
  const discussion: MinutesDTO['discussion'] = meeting.agenda.map((a) => ({
    agendaItem: a.title,
    points: discussed.filter((p) => p.agendaItemId === a.id).map(presentPoint),
  }));
  const unfiled = discussed.filter((p) => !p.agendaItemId || !agendaIds.has(p.agendaItemId));
  if (unfiled.length || !discussion.length) {
    discussion.push({
      agendaItem: discussion.length ? 'Lain-lain' : null,
      points: unfiled.map(presentPoint),
    });
  }

  const decided = points.filter(
    (p) =>
      p.state !== 'open' &&
      (p.decidedInMeetingId === meeting.id || (p.decidedInMeetingId === null && p.meetingId === meeting.id)),
  );
  const present = meeting.attendees.filter((a) => a.present);
  const actions = listActions(db, meeting.cooperationId, { meetingId: meeting.id });

  return {
    meetingId: meeting.id,
    state: meeting.state,
    title: meeting.title,
    kindLabel: MEETING_KIND_TITLE[meeting.kind],
    dayDate: dayAndDate(meeting.date),
    time: timeSpan(meeting),
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    agenda: meeting.agenda.map((a) => a.title),
    chair: person(meeting.chair),
    minuteTaker: person(meeting.minuteTaker),
    attendees: meeting.attendees.map((a) => ({
      name: a.name,
      position: a.position,
      institution: [a.unit, a.partyId ? partyName.get(a.partyId) : ''].filter(Boolean).join(', '),
      present: a.present,
    })),
    absentParties: parties
      .filter((p) => meeting.attendees.length && !present.some((a) => a.partyId === p.id))
      .map((p) => p.name),
    opening:
      meeting.opening ||
      `Rapat dibuka pukul ${clockTime(meeting.timeFrom)} ${meeting.timeZone}${
        meeting.chair ? ` oleh ${personWords(meeting.chair)}` : ''
      }.`,
    discussion,
    decisions: decided.map((p) => {
      const unit = unitOf(p.documentId);
      return {
        text: p.decision || p.text,
        clause: clauseOf(p),
        stateLabel: POINT_STATE_LABEL[p.state],
        // Only a decision on a variant names its OPD; the others read as before.
        ...(unit ? { unit: unit.name } : {}),
      };
    }),
    openItems: discussed
      .filter((p) => p.state === 'open')
      .map((p) => ({ text: p.text, clause: clauseOf(p) })),
    actions: actions.map((a) => ({
      text: a.text,
      personInCharge: [a.picName, a.unit || (a.partyId ? partyName.get(a.partyId) : '')]
        .filter(Boolean)
        .join(', '),
      dueDate: dateText(a.dueDate),
      stateLabel: ACTION_STATE_LABEL[a.state],
    })),
    nextMeeting: nextMeetingText(ctx, meeting),
    closing: `Rapat ditutup pukul ${clockTime(meeting.timeTo)} ${meeting.timeZone}.`,
    placeDate: placeAndDate(signingCity(ctx, meeting, parties), meeting.date),
    reopenings: listReopenings(db, meeting.id).map((r) => reopeningSentence(r, meeting.timeZone)),
    parties: parties.map((p) => ({ id: p.id, name: p.name, shortName: p.shortName, seat: p.seat })),
    cooperationTitle: findCooperation(db, meeting.cooperationId)?.title ?? '',
    record: null,
  };
}

/** The planned next meeting in words, then any note; "Akan ditentukan kemudian." when neither. */
function nextMeetingText(ctx: Pick<AppContext, 'db'>, meeting: Meeting): string {
  const next = meeting.nextMeetingId ? findMeetingRecord(ctx.db, meeting.nextMeetingId) : null;
  const parts: string[] = [];
  if (next) {
    const where = next.place || next.onlineLink;
    parts.push(
      `${next.title}, ${dayAndDate(next.date)}, pukul ${timeSpan(next)}${where ? `, ${where}` : ''}.`,
    );
  }
  if (meeting.nextMeetingText) parts.push(meeting.nextMeetingText);
  return parts.join(' ') || 'Akan ditentukan kemudian.';
}
