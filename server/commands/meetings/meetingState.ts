import type { AppContext } from '../../context.ts';
import { findMeetingRecord, loadMeeting, type Meeting, saveMeeting } from '../../db/repos/meetings.ts';
import { meetingNotFound, meetingNotOpen, meetingNotPlanned } from './errors.ts';
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
 * open → closed: the record is locked and a version of every document discussed is taken,
 * labelled with the meeting. The state changes first (in one transaction) so that two
 * simultaneous closes cannot both record versions.
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
  return loadMeeting(ctx.db, meetingId)!;
}
