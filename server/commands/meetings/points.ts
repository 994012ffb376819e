import type { CreatePointBody, UpdatePointBody } from '../../../shared/api/points.ts';
import { newId } from '../../../shared/ids.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/connection.ts';
import { listAgenda } from '../../db/repos/meetings.ts';
import type { Member } from '../../db/repos/members.ts';
import {
  type DiscussionPoint,
  findPoint,
  insertPoint,
  insertReply,
  type PointReply,
  savePoint,
} from '../../db/repos/points.ts';
import type { User } from '../../db/repos/users.ts';
import {
  meetingClosed,
  notInCooperation,
  pointNotFound,
  recordLocked,
  unknownClause,
} from '../../errors/index.ts';
import { authorize } from '../../http/authorize.ts';
import { decideOnLiveDocument } from '../liveDocument.ts';
import { markPointAnchor } from './anchor.ts';
import { currentOutline, documentOf, memberOf, membersById, partyOf } from './checks.ts';
import { meetingIn } from './meetings.ts';

/** Who acts: the signed-in user and their membership of the point's cooperation. */
export interface PointActor {
  user: User;
  member: Member;
  /** Record time (ms); the demo seed back-dates its points. */
  at?: number;
}

async function checkClause(ctx: Pick<AppContext, 'collab'>, documentId: string, clauseId: string) {
  const outline = await currentOutline(ctx, documentId);
  if (!outline.clauses.some((c) => c.id === clauseId)) throw unknownClause(clauseId);
}

/** A meeting points can still be filed under or decided in: of this cooperation, not closed. */
function liveMeeting(db: DB, cooperationId: string, meetingId: string) {
  const m = meetingIn(db, cooperationId, meetingId);
  if (m.state === 'closed') throw meetingClosed();
  return m;
}

function checkAgendaItem(db: DB, meetingId: string | null, agendaItemId: string): void {
  if (!meetingId || !listAgenda(db, meetingId).some((a) => a.id === agendaItemId)) {
    throw notInCooperation('agendaItemId', 'butir agenda rapatnya', "an agenda item of the point's meeting");
  }
}

/**
 * Raises a discussion point on a document (and optionally a clause of it, as the document is
 * now), between meetings or in one that is not closed. Raised in the signed-in user's own name;
 * only the minute-taker of the open meeting it is filed under names someone else (policy
 * `point.raiseFor`): a member (`userId`) or a guest (`name`, `partyId`).
 */
export async function raisePoint(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  actor: PointActor,
  input: CreatePointBody,
): Promise<DiscussionPoint> {
  const { db } = ctx;
  const cooperationId = actor.member.cooperationId;
  const document = documentOf(db, cooperationId, input.documentId);
  if (input.clauseId) await checkClause(ctx, input.documentId, input.clauseId);
  const meeting = input.meetingId ? liveMeeting(db, cooperationId, input.meetingId) : null;
  if (input.agendaItemId) checkAgendaItem(db, input.meetingId ?? null, input.agendaItemId);

  const by = input.raisedBy ?? {};
  const inOwnName =
    (by.userId === undefined || by.userId === actor.user.id) &&
    by.name === undefined &&
    (by.partyId === undefined || by.partyId === actor.member.partyId);
  if (!inOwnName) authorize(actor.member, 'point.raiseFor', meeting);
  let raisedBy = {
    partyId: actor.member.partyId,
    userId: actor.user.id as string | null,
    name: actor.user.displayName,
  };
  if (by.userId) {
    const m = memberOf(membersById(db, cooperationId), by.userId, 'raisedBy.userId');
    raisedBy = { partyId: by.partyId ?? m.partyId, userId: m.userId, name: by.name ?? m.displayName };
  } else if (by.name) {
    raisedBy = { partyId: by.partyId ?? actor.member.partyId, userId: null, name: by.name };
  } else if (by.partyId) {
    raisedBy = { ...raisedBy, partyId: by.partyId };
  }
  partyOf(db, cooperationId, raisedBy.partyId, 'raisedBy.partyId');

  const now = actor.at ?? Date.now();
  const point: Omit<DiscussionPoint, 'id'> = {
    cooperationId,
    documentId: input.documentId,
    clauseId: input.clauseId ?? null,
    anchored: false,
    quote: input.quote ?? '',
    meetingId: input.meetingId ?? null,
    agendaItemId: input.agendaItemId ?? null,
    text: input.text,
    raisedByPartyId: raisedBy.partyId,
    raisedByUserId: raisedBy.userId,
    raisedByName: raisedBy.name,
    state: 'open',
    decision: '',
    decidedInMeetingId: null,
    decidedAt: null,
    suggestionId: input.suggestionId ?? null,
    createdBy: actor.user.id,
    createdAt: now,
    updatedAt: now,
  };
  const range = input.anchorRange;
  // A final or signed text takes no marks: the point is recorded without a highlight.
  if (!range || document.status !== 'draft') return insertPoint(db, point);
  // The mark and the point in one step: no client sees a highlight of a point that is not there.
  const id = newId('p');
  return decideOnLiveDocument(
    ctx,
    document.id,
    ({ ydoc }) => insertPoint(db, { ...point, id, anchored: markPointAnchor(ydoc, range, id) }),
    { userId: actor.user.id },
  );
}

const DECIDING: (keyof UpdatePointBody)[] = [
  'state',
  'decision',
  'decidedInMeetingId',
  'meetingId',
  'agendaItemId',
];

/** The parts of a point a closed meeting's minutes hold, and the fields that change each. */
const OUTCOME: (keyof UpdatePointBody)[] = ['state', 'decision', 'decidedInMeetingId'];
const FILING: (keyof UpdatePointBody)[] = ['meetingId', 'agendaItemId'];

/**
 * 409 `meeting.record_locked` when the change touches what a closed meeting recorded: the
 * outcome of a point decided in it, the words of a point raised in it, or where a point it
 * decided is filed. A point it left open may still be carried to another meeting and decided
 * there; the anchor and the clause follow the living text and stay free.
 */
function checkRecordLock(db: DB, point: DiscussionPoint, patch: UpdatePointBody): void {
  const closed = (meetingId: string | null) => {
    const m = meetingId ? meetingIn(db, point.cooperationId, meetingId) : null;
    return m?.state === 'closed' ? m : null;
  };
  const touches = (keys: (keyof UpdatePointBody)[]) => keys.some((k) => patch[k] !== undefined);
  const decidedIn = touches(OUTCOME) ? closed(point.decidedInMeetingId) : null;
  const raisedIn =
    patch.text !== undefined || (touches(FILING) && point.state !== 'open') ? closed(point.meetingId) : null;
  const locked = decidedIn ?? raisedIn;
  if (locked) throw recordLocked(locked.title);
}

/**
 * Changes a point. Its author (or an editor) edits the text, the clause and the anchor;
 * only editors and owners decide (state, decision, the meeting it was decided in) or file
 * it under a meeting. Deciding stamps the time and, unless told otherwise, the point's own
 * meeting when that meeting is open.
 */
export async function changePoint(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  actor: PointActor,
  pointId: string,
  patch: UpdatePointBody,
): Promise<DiscussionPoint> {
  const { db } = ctx;
  const point = findPoint(db, pointId);
  if (!point) throw pointNotFound();
  authorize(actor.member, 'point.edit', point);
  if (DECIDING.some((k) => patch[k] !== undefined)) authorize(actor.member, 'point.decide');
  checkRecordLock(db, point, patch);
  if (patch.clauseId) await checkClause(ctx, point.documentId, patch.clauseId);

  const next: DiscussionPoint = { ...point, updatedAt: actor.at ?? Date.now() };
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.clauseId !== undefined) next.clauseId = patch.clauseId;
  if (patch.anchor !== undefined) next.anchored = patch.anchor;
  if (patch.decision !== undefined) next.decision = patch.decision;
  if (patch.suggestionId !== undefined) next.suggestionId = patch.suggestionId;
  if (patch.meetingId !== undefined) {
    if (patch.meetingId) liveMeeting(db, point.cooperationId, patch.meetingId);
    next.meetingId = patch.meetingId;
    if (patch.agendaItemId === undefined) next.agendaItemId = null;
  }
  if (patch.agendaItemId !== undefined) {
    if (patch.agendaItemId) checkAgendaItem(db, next.meetingId, patch.agendaItemId);
    next.agendaItemId = patch.agendaItemId;
  }
  if (patch.decidedInMeetingId) {
    liveMeeting(db, point.cooperationId, patch.decidedInMeetingId);
  }
  if (patch.state !== undefined && patch.state !== point.state) {
    next.state = patch.state;
    if (patch.state === 'open') {
      next.decidedAt = null;
      next.decidedInMeetingId = null;
    } else {
      next.decidedAt = next.updatedAt;
      if (next.meetingId && patch.decidedInMeetingId === undefined) {
        const own = meetingIn(db, point.cooperationId, next.meetingId);
        next.decidedInMeetingId = own.state === 'open' ? own.id : null;
      }
    }
  }
  if (patch.decidedInMeetingId !== undefined) next.decidedInMeetingId = patch.decidedInMeetingId;
  savePoint(db, next);
  return next;
}

/** A reply in a point's thread, by the signed-in user. */
export function replyToPoint(db: DB, actor: PointActor, point: DiscussionPoint, text: string): PointReply {
  return db.transaction(() => {
    const at = actor.at ?? Date.now();
    const reply = insertReply(db, {
      pointId: point.id,
      text,
      userId: actor.user.id,
      name: actor.user.displayName,
      partyId: actor.member.partyId,
      at,
    });
    savePoint(db, { ...point, updatedAt: at });
    return reply;
  })();
}
