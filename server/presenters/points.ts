import type { PointDTO, ReplyDTO } from '../../shared/api/points.ts';
import type { DB } from '../db/connection.ts';
import { type DiscussionPoint, type PointReply, repliesOf } from '../db/repos/points.ts';
import { iso } from '../db/repos/sql.ts';

export const presentReply = (r: PointReply): ReplyDTO => ({
  id: r.id,
  text: r.text,
  by: { userId: r.userId, name: r.name, partyId: r.partyId },
  at: iso(r.at),
});

/** A discussion point with its replies as the API shows it. */
export function presentPoint(p: DiscussionPoint, replies: PointReply[]): PointDTO {
  return {
    id: p.id,
    cooperationId: p.cooperationId,
    documentId: p.documentId,
    clauseId: p.clauseId,
    anchor: p.anchored ? p.id : null,
    quote: p.quote,
    meetingId: p.meetingId,
    agendaItemId: p.agendaItemId,
    text: p.text,
    raisedBy: { partyId: p.raisedByPartyId, userId: p.raisedByUserId, name: p.raisedByName },
    state: p.state,
    decision: p.decision,
    decidedInMeetingId: p.decidedInMeetingId,
    decidedAt: p.decidedAt === null ? null : iso(p.decidedAt),
    suggestionId: p.suggestionId,
    replies: replies.map(presentReply),
    createdBy: p.createdBy,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

/** Several points with their replies, read in one query. */
export function presentPoints(db: DB, points: DiscussionPoint[]): PointDTO[] {
  const replies = repliesOf(
    db,
    points.map((p) => p.id),
  );
  return points.map((p) => presentPoint(p, replies.get(p.id) ?? []));
}
