import { documentPath, meetingPath } from '../../shared/pages.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import { MEETING_KIND_TITLE } from '../commands/meetings/meetings.ts';
import type { DB } from '../db/connection.ts';
import { type ActionItem, listActions } from '../db/repos/actions.ts';
import { type Cooperation, listCooperationsOfUser } from '../db/repos/cooperations.ts';
import { listMeetings, type Meeting } from '../db/repos/meetings.ts';
import { type SignedTerm, signedTerms } from '../reminders/termEnds.ts';
import type { AllDayEntry, CalendarEntry, TimedEntry } from './ics.ts';
import { obligationEntries } from './obligations.ts';

/** The UID domain: an event keeps its UID across exports and feeds, so calendars update it. */
const UID_DOMAIN = 'sepakat';

const clock = (hhmm: string) => hhmm.replace(':', '.');

/** A meeting as a calendar event in its own zone, its agenda and links in the description. */
export function meetingEntry(meeting: Meeting, cooperation: Cooperation, origin: string): TimedEntry {
  const lines = [
    `Kerja sama: ${cooperation.title}`,
    `${MEETING_KIND_TITLE[meeting.kind]}, pukul ${clock(meeting.timeFrom)}–${clock(meeting.timeTo)} ${meeting.timeZone}`,
  ];
  if (meeting.agenda.length > 0) {
    lines.push('Agenda:', ...meeting.agenda.map((a, i) => `${i + 1}. ${a.title}`));
  }
  if (meeting.onlineLink) lines.push(`Tautan rapat daring: ${meeting.onlineLink}`);
  const page = `${origin}${meetingPath(cooperation.id, meeting.id)}`;
  lines.push(`Buka di Sepakat: ${page}`);
  return {
    kind: 'timed',
    uid: `meeting-${meeting.id}@${UID_DOMAIN}`,
    date: meeting.date,
    timeFrom: meeting.timeFrom,
    timeTo: meeting.timeTo,
    zone: meeting.timeZone,
    summary: `${meeting.title} – ${cooperation.title}`,
    description: lines.join('\n'),
    location: meeting.place || meeting.onlineLink,
    url: page,
    updatedAt: meeting.updatedAt,
  };
}

/** A follow-up's due date as an all-day event on that day in the cooperation's zone. */
export function followUpEntry(
  action: ActionItem & { dueDate: string },
  cooperation: Cooperation,
): AllDayEntry {
  const lines = [
    `Kerja sama: ${cooperation.title}`,
    `Penanggung jawab: ${action.picName || '—'}${action.unit ? ` (${action.unit})` : ''}`,
    `Tenggat: ${action.dueDate} (${cooperationTimeZone(cooperation.settings)})`,
  ];
  if (action.state === 'done') lines.push('Status: selesai');
  return {
    kind: 'allDay',
    uid: `action-${action.id}-due@${UID_DOMAIN}`,
    date: action.dueDate,
    summary: `Tenggat tindak lanjut: ${action.text.split('\n')[0]?.slice(0, 120) ?? ''}`,
    description: `${action.text}\n\n${lines.join('\n')}`,
    updatedAt: action.updatedAt,
  };
}

/** What one cooperation puts in a member's feed on `now`: each kind of dated thing is one source. */
export type FeedSource = (db: DB, cooperation: Cooperation, origin: string, now: number) => CalendarEntry[];

const meetingSource: FeedSource = (db, cooperation, origin) =>
  listMeetings(db, cooperation.id).map((m) => meetingEntry(m, cooperation, origin));

const followUpSource: FeedSource = (db, cooperation) =>
  listActions(db, cooperation.id)
    .filter((a): a is ActionItem & { dueDate: string } => a.dueDate !== null && a.state !== 'cancelled')
    .map((a) => followUpEntry(a, cooperation));

/** The last day of a signed agreement's term as an all-day event; its page in the description. */
export function termEndEntry(term: SignedTerm, cooperation: Cooperation, origin: string): AllDayEntry {
  const page = `${origin}${documentPath(cooperation.id, term.documentId)}`;
  return {
    kind: 'allDay',
    uid: `document-${term.documentId}-term-end@${UID_DOMAIN}`,
    date: term.endDate,
    summary: `Berakhirnya jangka waktu: ${term.title}`,
    description: [
      `Kerja sama: ${cooperation.title}`,
      `Ditandatangani ${term.signedDate}, jangka waktu ${term.termYears} tahun; hari terakhir berlaku ${term.endDate}.`,
      'Adendum atau perpanjangan dapat disusun di Sepakat sebelum tanggal ini.',
      `Buka di Sepakat: ${page}`,
    ].join('\n'),
    updatedAt: term.signedAt,
  };
}

const termEndSource: FeedSource = (db, cooperation, origin) =>
  signedTerms(db, cooperation.id).map((t) => termEndEntry(t, cooperation, origin));

/** The sources every feed reads, in order. */
export const FEED_SOURCES: readonly FeedSource[] = [
  meetingSource,
  followUpSource,
  termEndSource,
  obligationEntries,
];

/**
 * Everything in a person's feed, read at request time from the cooperations they are a member
 * of now: a member who leaves a cooperation stops seeing its events at the next refresh.
 */
export function feedEntries(db: DB, userId: string, origin: string, now = Date.now()): CalendarEntry[] {
  return listCooperationsOfUser(db, userId).flatMap((c) =>
    FEED_SOURCES.flatMap((source) => source(db, c, origin, now)),
  );
}
