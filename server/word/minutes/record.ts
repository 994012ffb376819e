import type { MinutesDTO } from '../../../shared/api/meetings.ts';
import type { AppContext } from '../../context.ts';
import type { Meeting } from '../../db/repos/meetings.ts';
import {
  findMinutesRecord,
  insertMinutesRecord,
  latestMinutesRecord,
  type MinutesRecord,
  type RecordLogo,
  recordLogos,
} from '../../db/repos/minutesRecords.ts';
import { partyLogos } from '../../db/repos/parties.ts';
import { iso } from '../../db/repos/sql.ts';
import { findUserById } from '../../db/repos/users.ts';
import { buildMinutes } from './fromMeeting.ts';

/**
 * The minutes of a closed meeting are a record: built once when the meeting closes and stored
 * whole (the MinutesDTO as JSON, with the party logos a letterhead may print), then read from
 * the database on every request. The .docx is built from the stored record on each download,
 * dated at the close (`buildMinutesDocx`), rather than stored itself: one record serves every
 * paper, font and letterhead asked for, and the bytes depend only on the record and those
 * choices, never on who downloads or when.
 */

/** What a notula is printed from: the minutes and the logos they may print. */
export interface MinutesSource {
  minutes: MinutesDTO;
  /** Logo bytes by party id: the record's own for a closed meeting, the parties' now for a draft. */
  logos: RecordLogo[];
}

/** The name a record is closed by: the account's display name, or '' for none. */
const nameOf = (ctx: Pick<AppContext, 'db'>, userId: string | null) =>
  (userId && findUserById(ctx.db, userId)?.displayName) || '';

const logosNow = (ctx: Pick<AppContext, 'db'>, meeting: Meeting): RecordLogo[] =>
  [...partyLogos(ctx.db, meeting.cooperationId)].map(([partyId, l]) => ({ partyId, ...l }));

/**
 * Freezes the minutes of a meeting that has just closed as the next version of its record.
 * Returns the record the meeting has now (the one stored first when two closes race).
 */
export async function freezeMinutes(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  meeting: Meeting,
  closedBy: string | null,
): Promise<MinutesRecord> {
  const after = latestMinutesRecord(ctx.db, meeting.id)?.version ?? 0;
  const closedAt = meeting.closedAt ?? Date.now();
  const minutes: MinutesDTO = {
    ...(await buildMinutes(ctx, meeting)),
    state: 'closed',
    record: { version: after + 1, closedAt: iso(closedAt), closedBy: nameOf(ctx, closedBy) },
  };
  return insertMinutesRecord(
    ctx.db,
    { meetingId: meeting.id, minutes, closedAt, closedBy },
    logosNow(ctx, meeting),
    after,
  );
}

/**
 * The minutes to show or print: a closed meeting's frozen record (its latest, or `version`),
 * or the live draft of a meeting not closed (`version` names an earlier record then, if any).
 * A meeting closed before records were kept is frozen at its first read. Null when `version`
 * names no record.
 */
export async function minutesOf(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  meeting: Meeting,
  version?: number,
): Promise<MinutesSource | null> {
  let record = version ? findMinutesRecord(ctx.db, meeting.id, version) : null;
  if (version && !record) return null;
  if (!record && meeting.state === 'closed') {
    record = latestMinutesRecord(ctx.db, meeting.id) ?? (await freezeMinutes(ctx, meeting, null));
  }
  if (record) return { minutes: record.minutes, logos: recordLogos(ctx.db, meeting.id, record.version) };
  return { minutes: await buildMinutes(ctx, meeting), logos: logosNow(ctx, meeting) };
}
