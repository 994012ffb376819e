import { parseIsoDate, shortDate } from '../../../shared/words.ts';
import type { AppContext } from '../../context.ts';
import { insertMeetingVersion, type Meeting, type MeetingVersion } from '../../db/repos/meetings.ts';
import { createVersion } from '../../history/versions.ts';

/** "Rapat Pembahasan, 10 Maret 2020": how a version taken at a meeting's close is labelled. */
export function meetingVersionLabel(meeting: Pick<Meeting, 'title' | 'date'>): string {
  const date = parseIsoDate(meeting.date);
  return date ? `${meeting.title}, ${shortDate(date)}` : meeting.title;
}

/**
 * Records, for every document discussed in a meeting, a version at the point of its update
 * log (`seq`) reached when the meeting closed, labelled with the meeting: through the history
 * feature's `createVersion` (kind `meeting`, so it appears in the document's version list),
 * and in `meeting_versions` so the meeting lists its versions. Pending edits are committed
 * first so the version holds everything said in the room. A version is a convenience, the
 * closed meeting is the record: if the history module fails, the seq is still kept here.
 */
export async function recordMeetingVersions(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'> & { log?: AppContext['log'] },
  meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'documentIds'>,
  userId: string | null,
): Promise<MeetingVersion[]> {
  ctx.collab.flush();
  const label = meetingVersionLabel(meeting);
  const versions = meeting.documentIds.map((documentId): MeetingVersion => {
    try {
      const v = createVersion(ctx, { documentId, kind: 'meeting', label, userId, meetingId: meeting.id });
      return { documentId, seq: v.seq, label, versionId: v.id };
    } catch (err) {
      ctx.log?.error({ err, documentId, meetingId: meeting.id }, 'could not create the meeting version');
      return { documentId, seq: ctx.store.latestSeq(documentId), label, versionId: null };
    }
  });
  ctx.db.transaction(() => {
    for (const v of versions)
      insertMeetingVersion(ctx.db, { ...v, meetingId: meeting.id, createdBy: userId });
  })();
  return versions;
}
