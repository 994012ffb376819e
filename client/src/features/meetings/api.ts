import type {
  CreateMeetingBody,
  MeetingDTO,
  MinutesDTO,
  UpdateMeetingBody,
} from '../../../../shared/api/meetings.ts';
import { api } from '../../app/http.ts';

export type Meeting = MeetingDTO;
export type Minutes = MinutesDTO;

const coopPath = (cooperationId: string) => `/api/cooperations/${encodeURIComponent(cooperationId)}/meetings`;
const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

export const listMeetings = (cooperationId: string) =>
  api<{ meetings: Meeting[] }>('GET', coopPath(cooperationId)).then((r) => r.meetings);

export const getMeeting = (id: string) =>
  api<{ meeting: Meeting }>('GET', meetingPath(id)).then((r) => r.meeting);

export const createMeeting = (cooperationId: string, body: CreateMeetingBody) =>
  api<{ meeting: Meeting }>('POST', coopPath(cooperationId), body).then((r) => r.meeting);

export const updateMeeting = (id: string, body: UpdateMeetingBody) =>
  api<{ meeting: Meeting }>('PATCH', meetingPath(id), body).then((r) => r.meeting);

export const openMeeting = (id: string) =>
  api<{ meeting: Meeting }>('POST', `${meetingPath(id)}/open`).then((r) => r.meeting);

export const closeMeeting = (id: string) =>
  api<{ meeting: Meeting }>('POST', `${meetingPath(id)}/close`).then((r) => r.meeting);

/** Reopens a closed meeting; the reason is printed in its next minutes. */
export const reopenMeeting = (id: string, reason: string) =>
  api<{ meeting: Meeting }>('POST', `${meetingPath(id)}/reopen`, { reason }).then((r) => r.meeting);

/** The minutes: a closed meeting's record (`version`: an earlier one), else the live draft. */
export const getMinutes = (id: string, version?: number) =>
  api<{ minutes: Minutes }>('GET', `${meetingPath(id)}/minutes${version ? `?version=${version}` : ''}`).then(
    (r) => r.minutes,
  );

/**
 * The Word file of the minutes (a link that `DownloadLink` fetches with the session cookie,
 * showing that it is busy meanwhile), with a letterhead (`none`, `cooperation` or a party's id) and a record version.
 */
export function minutesDocxUrl(id: string, o: { kop?: string; version?: number } = {}): string {
  const query = new URLSearchParams();
  if (o.kop) query.set('kop', o.kop);
  if (o.version) query.set('version', String(o.version));
  const q = query.toString();
  return `${meetingPath(id)}/minutes.docx${q ? `?${q}` : ''}`;
}

/** The meeting room screen of a meeting. */
export const meetingRoomPath = (cooperationId: string, meetingId: string) =>
  `/k/${encodeURIComponent(cooperationId)}/rapat/${encodeURIComponent(meetingId)}`;
