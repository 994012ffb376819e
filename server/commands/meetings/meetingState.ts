import type { AppContext } from '../../context.ts';
import { findMeetingRecord, loadMeeting, type Meeting, saveMeeting } from '../../db/repos/meetings.ts';
import { insertReopening, latestMinutesRecord } from '../../db/repos/minutesRecords.ts';
import type { User } from '../../db/repos/users.ts';
import { meetingNotClosed, meetingNotFound, meetingNotOpen, meetingNotPlanned } from '../../errors/index.ts';
import { freezeMinutes, minutesOf } from '../../word/minutes/record.ts';
import { recordMeetingVersions } from './recordMeetingVersions.ts';

/** planned → open: the meeting has started; points raised now are filed under it. */
export function openMeeting(ctx: Pick<AppContext, 'db'>, meetingId: string, at = Date.now()): Meeting {
  return ctx.db.transaction(() => {
    const m = findMeetingRecord(ctx.db, meetingId);
    if (!m) throw meetingNotFound();
    if (m.state !== 'planned') throw meetingNotPlanned();
    saveMeeting(ctx.db, { ...m, state: 'open', openedAt: at, updatedAt: at });
    return loadMeeting(ctx.db, meetingId)!;
  })();
}

/**
 * open → closed: the record is locked, a version of every document discussed is taken,
 * labelled with the meeting, and the minutes are frozen as they read now, citing those
 * versions (`server/word/minutes/record.ts`). The state changes first (in one transaction) so
 * that two simultaneous closes cannot both record versions.
 */
export async function closeMeeting(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'> & { log?: AppContext['log'] },
  meetingId: string,
  userId: string | null,
  at = Date.now(),
): Promise<Meeting> {
  const closed = ctx.db.transaction(() => {
    const m = findMeetingRecord(ctx.db, meetingId);
    if (!m) throw meetingNotFound();
    if (m.state !== 'open') throw meetingNotOpen();
    saveMeeting(ctx.db, { ...m, state: 'closed', closedAt: at, updatedAt: at });
    return loadMeeting(ctx.db, meetingId)!;
  })();
  await recordMeetingVersions(ctx, closed, userId);
  const withVersions = loadMeeting(ctx.db, meetingId)!;
  await freezeMinutes(ctx, withVersions, userId);
  return withVersions;
}

/**
 * closed → open, for a reason: decisions may be changed again until the meeting closes anew,
 * which freezes the next version of its minutes; the earlier versions stay readable. The
 * reopening (who, when, why) is recorded, listed with the meeting and printed in every later
 * version of the minutes. A meeting closed before minutes were frozen is frozen first, so what
 * it said at its close is kept.
 */
export async function reopenMeeting(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  meetingId: string,
  user: Pick<User, 'id' | 'displayName'>,
  reason: string,
  at = Date.now(),
): Promise<Meeting> {
  const before = loadMeeting(ctx.db, meetingId);
  if (!before) throw meetingNotFound();
  if (before.state === 'closed') await minutesOf(ctx, before);
  return ctx.db.transaction(() => {
    const m = findMeetingRecord(ctx.db, meetingId);
    if (!m) throw meetingNotFound();
    if (m.state !== 'closed') throw meetingNotClosed();
    const version = latestMinutesRecord(ctx.db, meetingId)?.version ?? 0;
    insertReopening(ctx.db, { meetingId, version, at, userId: user.id, name: user.displayName, reason });
    saveMeeting(ctx.db, { ...m, state: 'open', closedAt: null, updatedAt: at });
    return loadMeeting(ctx.db, meetingId)!;
  })();
}
