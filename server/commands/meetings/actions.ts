import type { CreateActionBody, UpdateActionBody } from '../../../shared/api/actions.ts';
import { qualifies } from '../../../shared/policies.ts';
import type { DB } from '../../db/connection.ts';
import { type ActionItem, findAction, insertAction, saveAction } from '../../db/repos/actions.ts';
import { findLiaison } from '../../db/repos/liaisons.ts';
import type { Member } from '../../db/repos/members.ts';
import { findPoint } from '../../db/repos/points.ts';
import { actionNotFound, meetingClosed, notInCooperation, recordLocked } from '../../errors/index.ts';
import { authorize } from '../../http/authorize.ts';
import { memberOf, membersById, partyOf } from './checks.ts';
import { meetingIn } from './meetings.ts';

type PicInput = CreateActionBody['personInCharge'];

/** The person in charge as stored, with the party and unit they bring along. */
function resolvePic(db: DB, cooperationId: string, pic: PicInput) {
  if (pic.userId) {
    const m = memberOf(membersById(db, cooperationId), pic.userId, 'personInCharge.userId');
    return {
      picUserId: m.userId,
      picLiaisonId: null,
      picName: pic.name ?? m.displayName,
      picPosition: pic.position ?? m.position,
      partyId: m.partyId as string | null,
      unit: '',
    };
  }
  if (pic.liaisonId) {
    const l = findLiaison(db, pic.liaisonId);
    if (!l || l.cooperationId !== cooperationId) {
      throw notInCooperation('personInCharge.liaisonId', 'penghubung', 'a liaison');
    }
    return {
      picUserId: null,
      picLiaisonId: l.id,
      picName: pic.name ?? l.name,
      picPosition: pic.position ?? l.position,
      partyId: l.partyId as string | null,
      unit: l.unit,
    };
  }
  return {
    picUserId: null,
    picLiaisonId: null,
    picName: pic.name ?? '',
    picPosition: pic.position ?? '',
    partyId: null as string | null,
    unit: '',
  };
}

/**
 * Records a follow-up: what, who is in charge (a member, a liaison or a name), by when, and
 * where it came from (a meeting that is not closed, a discussion point).
 */
export function createAction(
  db: DB,
  actor: { cooperationId: string; userId: string; at?: number },
  input: CreateActionBody,
): ActionItem {
  const { cooperationId } = actor;
  const pic = resolvePic(db, cooperationId, input.personInCharge);
  const partyId = input.partyId ?? pic.partyId;
  if (partyId) partyOf(db, cooperationId, partyId);
  if (input.meetingId && meetingIn(db, cooperationId, input.meetingId).state === 'closed') {
    throw meetingClosed();
  }
  if (input.pointId) {
    const p = findPoint(db, input.pointId);
    if (!p || p.cooperationId !== cooperationId) {
      throw notInCooperation('pointId', 'poin pembahasan', 'a discussion point');
    }
  }
  const now = actor.at ?? Date.now();
  const state = input.state ?? 'open';
  return insertAction(db, {
    cooperationId,
    text: input.text,
    ...pic,
    partyId,
    unit: input.unit ?? pic.unit,
    dueDate: input.dueDate ?? null,
    state,
    meetingId: input.meetingId ?? null,
    pointId: input.pointId ?? null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
    doneAt: state === 'done' ? now : null,
  });
}

/**
 * Changes a follow-up. Editors and owners change anything; the person in charge (a member
 * of any role but viewer) may report progress by changing its state.
 */
export function changeAction(
  db: DB,
  actor: { member: Member; at?: number },
  actionId: string,
  patch: UpdateActionBody,
): ActionItem {
  const action = findAction(db, actionId);
  if (!action) throw actionNotFound();
  const { member } = actor;
  const onlyState = Object.entries(patch).every(([k, v]) => k === 'state' || v === undefined);
  if (!(onlyState && qualifies(member, 'action.report', action))) authorize(member, 'action.update');
  // What a closed meeting agreed to do (the task, who, by when) is in its minutes; progress on
  // it (the state) is reported after the meeting, and is not.
  if (!onlyState && action.meetingId) {
    const meeting = meetingIn(db, action.cooperationId, action.meetingId);
    if (meeting.state === 'closed') throw recordLocked(meeting.title);
  }

  const now = actor.at ?? Date.now();
  const next: ActionItem = { ...action, updatedAt: now };
  if (patch.personInCharge) {
    const pic = resolvePic(db, action.cooperationId, patch.personInCharge);
    Object.assign(next, pic, {
      partyId: pic.partyId ?? next.partyId,
      unit: pic.unit || next.unit,
    });
  }
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.partyId !== undefined) {
    if (patch.partyId) partyOf(db, action.cooperationId, patch.partyId);
    next.partyId = patch.partyId;
  }
  if (patch.unit !== undefined) next.unit = patch.unit;
  if (patch.dueDate !== undefined) next.dueDate = patch.dueDate;
  if (patch.state !== undefined && patch.state !== action.state) {
    next.state = patch.state;
    next.doneAt = patch.state === 'done' ? now : null;
  }
  saveAction(db, next);
  return next;
}
