import type { AppContext } from '../../context.ts';
import { insertMeetingVersion, type Meeting, type MeetingVersion } from '../../db/repos/meetings.ts';
import { parseIsoDate, shortDate } from '../../export/words.ts';

/** "Rapat Pembahasan, 10 Maret 2020": how a version taken at a meeting's close is labelled. */
export function meetingVersionLabel(meeting: Pick<Meeting, 'title' | 'date'>): string {
  const date = parseIsoDate(meeting.date);
  return date ? `${meeting.title}, ${shortDate(date)}` : meeting.title;
}

/**
 * Records, for every document discussed in a meeting, the point of its update log (`seq`)
 * reached when the meeting closed, labelled with the meeting. Pending edits are committed
 * first so the version holds everything said in the room.
 *
 * This is the one place where meetings make versions: the history feature's versions module
 * (issue 6) can take it over by calling its own `createVersion` here and storing the id it
 * returns in `versionId`; callers do not change.
 */
export async function recordMeetingVersions(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'documentIds'>,
  userId: string | null,
): Promise<MeetingVersion[]> {
  ctx.collab.flush();
  const label = meetingVersionLabel(meeting);
  const versions = meeting.documentIds.map((documentId) => ({
    documentId,
    seq: ctx.store.latestSeq(documentId),
    label,
    versionId: null,
  }));
  ctx.db.transaction(() => {
    for (const v of versions)
      insertMeetingVersion(ctx.db, { ...v, meetingId: meeting.id, createdBy: userId });
  })();
  return versions;
}
