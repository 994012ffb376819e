import type { PointState } from '../../../shared/api/points.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { recordTable } from './recordTable.ts';
import { sql } from './sql.ts';

/** A discussion point (poin pembahasan); also the comment thread of the editor. */
export interface DiscussionPoint {
  id: string;
  cooperationId: string;
  documentId: string;
  clauseId: string | null;
  anchored: boolean;
  quote: string;
  meetingId: string | null;
  agendaItemId: string | null;
  text: string;
  raisedByPartyId: string;
  raisedByUserId: string | null;
  raisedByName: string;
  state: PointState;
  decision: string;
  decidedInMeetingId: string | null;
  decidedAt: number | null;
  /** The suggestion the point proposes (its stamp id), or null: accepting it closes the point. */
  suggestionId: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface PointReply {
  id: string;
  pointId: string;
  text: string;
  userId: string | null;
  name: string;
  partyId: string | null;
  at: number;
}

interface PointRow {
  id: string;
  cooperation_id: string;
  document_id: string;
  clause_id: string | null;
  anchored: number;
  quote: string;
  meeting_id: string | null;
  agenda_item_id: string | null;
  text: string;
  raised_by_party_id: string;
  raised_by_user_id: string | null;
  raised_by_name: string;
  state: PointState;
  decision: string;
  decided_in_meeting_id: string | null;
  decided_at: number | null;
  suggestion_id: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
}

const toPoint = (r: PointRow): DiscussionPoint => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  documentId: r.document_id,
  clauseId: r.clause_id,
  anchored: r.anchored === 1,
  quote: r.quote,
  meetingId: r.meeting_id,
  agendaItemId: r.agenda_item_id,
  text: r.text,
  raisedByPartyId: r.raised_by_party_id,
  raisedByUserId: r.raised_by_user_id,
  raisedByName: r.raised_by_name,
  state: r.state,
  decision: r.decision,
  decidedInMeetingId: r.decided_in_meeting_id,
  decidedAt: r.decided_at,
  suggestionId: r.suggestion_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (p: DiscussionPoint): PointRow => ({
  id: p.id,
  cooperation_id: p.cooperationId,
  document_id: p.documentId,
  clause_id: p.clauseId,
  anchored: p.anchored ? 1 : 0,
  quote: p.quote,
  meeting_id: p.meetingId,
  agenda_item_id: p.agendaItemId,
  text: p.text,
  raised_by_party_id: p.raisedByPartyId,
  raised_by_user_id: p.raisedByUserId,
  raised_by_name: p.raisedByName,
  state: p.state,
  decision: p.decision,
  decided_in_meeting_id: p.decidedInMeetingId,
  decided_at: p.decidedAt,
  suggestion_id: p.suggestionId,
  created_by: p.createdBy,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

/**
 * Points: insert (a new id unless given), write every column back (the caller merged its
 * changes), read one by id.
 */
export const {
  insert: insertPoint,
  save: savePoint,
  find: findPoint,
} = recordTable('discussion_points', 'p', toRow, toPoint);

export interface PointFilter {
  documentId?: string;
  clauseId?: string;
  meetingId?: string;
  partyId?: string;
  state?: PointState;
}

/** Points of a cooperation in the order they were raised, narrowed by the filter's fields. */
export function listPoints(db: DB, cooperationId: string, f: PointFilter = {}): DiscussionPoint[] {
  return sql<[Record<string, string | null>], PointRow>(
    db,
    `SELECT * FROM discussion_points WHERE cooperation_id = @cooperationId
       AND (@documentId IS NULL OR document_id = @documentId) AND (@clauseId IS NULL OR clause_id = @clauseId)
       AND (@meetingId IS NULL OR meeting_id = @meetingId) AND (@partyId IS NULL OR raised_by_party_id = @partyId)
       AND (@state IS NULL OR state = @state)
     ORDER BY created_at, id`,
  )
    .all({
      cooperationId,
      documentId: f.documentId ?? null,
      clauseId: f.clauseId ?? null,
      meetingId: f.meetingId ?? null,
      partyId: f.partyId ?? null,
      state: f.state ?? null,
    })
    .map(toPoint);
}

/** Points raised in a meeting or decided in it: what its minutes report. */
export function listPointsOfMeeting(db: DB, meetingId: string): DiscussionPoint[] {
  return sql<[string, string], PointRow>(
    db,
    `SELECT * FROM discussion_points WHERE meeting_id = ? OR decided_in_meeting_id = ?
     ORDER BY created_at, id`,
  )
    .all(meetingId, meetingId)
    .map(toPoint);
}

export function insertReply(db: DB, r: Omit<PointReply, 'id'> & { id?: string }): PointReply {
  const reply = { ...r, id: r.id ?? newId('r') };
  sql(
    db,
    `INSERT INTO point_replies (id, point_id, text, user_id, name, party_id, at)
     VALUES (@id, @pointId, @text, @userId, @name, @partyId, @at)`,
  ).run(reply);
  return reply;
}

/** Replies of several points at once, oldest first, grouped by point id. */
export function repliesOf(db: DB, pointIds: string[]): Map<string, PointReply[]> {
  const out = new Map<string, PointReply[]>(pointIds.map((id) => [id, []]));
  if (!pointIds.length) return out;
  // json_each keeps one prepared statement for any number of ids.
  const rows = sql<[string], Omit<PointReply, 'pointId' | 'userId' | 'partyId'> & Record<string, never>>(
    db,
    `SELECT id, point_id AS pointId, text, user_id AS userId, name, party_id AS partyId, at
     FROM point_replies WHERE point_id IN (SELECT value FROM json_each(?)) ORDER BY at, id`,
  ).all(JSON.stringify(pointIds)) as unknown as PointReply[];
  for (const r of rows) out.get(r.pointId)?.push(r);
  return out;
}

/**
 * Closes, as agreed, the open points of a document that propose one of `suggestionIds` (just
 * accepted); returns their ids.
 */
export function closePointsProposing(
  db: DB,
  documentId: string,
  suggestionIds: string[],
  at: number,
): string[] {
  if (!suggestionIds.length) return [];
  return sql<[number, number, string, string], { id: string }>(
    db,
    `UPDATE discussion_points SET state = 'agreed', decided_at = ?, updated_at = ?
     WHERE document_id = ? AND state = 'open' AND suggestion_id IN (SELECT value FROM json_each(?))
     RETURNING id`,
  )
    .all(at, at, documentId, JSON.stringify(suggestionIds))
    .map((r) => r.id);
}
