import type { ActionState } from '../../../shared/api/actions.ts';
import type { DB } from '../connection.ts';
import { recordTable } from './recordTable.ts';
import { sql } from './sql.ts';

/** A follow-up action (tindak lanjut) with its person in charge. */
export interface ActionItem {
  id: string;
  cooperationId: string;
  text: string;
  picUserId: string | null;
  picLiaisonId: string | null;
  picName: string;
  picPosition: string;
  partyId: string | null;
  unit: string;
  dueDate: string | null;
  state: ActionState;
  meetingId: string | null;
  pointId: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  doneAt: number | null;
}

interface ActionRow {
  id: string;
  cooperation_id: string;
  text: string;
  pic_user_id: string | null;
  pic_liaison_id: string | null;
  pic_name: string;
  pic_position: string;
  party_id: string | null;
  unit: string;
  due_date: string | null;
  state: ActionState;
  meeting_id: string | null;
  point_id: string | null;
  created_by: string;
  created_at: number;
  updated_at: number;
  done_at: number | null;
}

const toAction = (r: ActionRow): ActionItem => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  text: r.text,
  picUserId: r.pic_user_id,
  picLiaisonId: r.pic_liaison_id,
  picName: r.pic_name,
  picPosition: r.pic_position,
  partyId: r.party_id,
  unit: r.unit,
  dueDate: r.due_date,
  state: r.state,
  meetingId: r.meeting_id,
  pointId: r.point_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  doneAt: r.done_at,
});

const toRow = (a: ActionItem): ActionRow => ({
  id: a.id,
  cooperation_id: a.cooperationId,
  text: a.text,
  pic_user_id: a.picUserId,
  pic_liaison_id: a.picLiaisonId,
  pic_name: a.picName,
  pic_position: a.picPosition,
  party_id: a.partyId,
  unit: a.unit,
  due_date: a.dueDate,
  state: a.state,
  meeting_id: a.meetingId,
  point_id: a.pointId,
  created_by: a.createdBy,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
  done_at: a.doneAt,
});

/**
 * Follow-ups: insert (a new id unless given), write every column back (the caller merged its
 * changes), read one by id.
 */
export const {
  insert: insertAction,
  save: saveAction,
  find: findAction,
} = recordTable('action_items', 'a', toRow, toAction);

export interface ActionFilter {
  partyId?: string;
  /** A user id or a liaison id. */
  person?: string;
  /** Only the follow-ups whose person in charge is this user. */
  userId?: string;
  state?: ActionState;
  meetingId?: string;
}

/** Follow-ups of a cooperation by due date (those without one last), narrowed by the filter. */
export function listActions(db: DB, cooperationId: string, f: ActionFilter = {}): ActionItem[] {
  return sql<[Record<string, string | null>], ActionRow>(
    db,
    `SELECT * FROM action_items WHERE cooperation_id = @cooperationId
       AND (@partyId IS NULL OR party_id = @partyId)
       AND (@person IS NULL OR pic_user_id = @person OR pic_liaison_id = @person)
       AND (@userId IS NULL OR pic_user_id = @userId)
       AND (@state IS NULL OR state = @state)
       AND (@meetingId IS NULL OR meeting_id = @meetingId
            OR point_id IN (SELECT id FROM discussion_points WHERE meeting_id = @meetingId))
     ORDER BY due_date IS NULL, due_date, created_at, id`,
  )
    .all({
      cooperationId,
      partyId: f.partyId ?? null,
      person: f.person ?? null,
      userId: f.userId ?? null,
      state: f.state ?? null,
      meetingId: f.meetingId ?? null,
    })
    .map(toAction);
}
