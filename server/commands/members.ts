import type { MemberEvent, UpdateMemberBody } from '../../shared/api/members.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import {
  countOwners,
  deleteMember,
  findMember,
  listMembers,
  type MemberWithUser,
  updateMember,
} from '../db/repos/members.ts';
import { findParty } from '../db/repos/parties.ts';
import { setMemberUnit } from '../db/repos/units.ts';
import { lastOwner, notFound, validation } from '../errors/index.ts';
import { refreshCooperationAccess } from './refreshCooperationAccess.ts';
import { unitOfParty } from './units/units.ts';

/** 400 naming `partyId` unless the party belongs to the cooperation. */
export function checkParty(db: DB, cooperationId: string, partyId: string): void {
  const party = findParty(db, partyId);
  if (!party || party.cooperationId !== cooperationId) {
    throw validation(
      'partyId',
      'Isian "partyId" bukan pihak dalam kerja sama ini.',
      'Field "partyId" is not a party of this cooperation.',
    );
  }
}

const withUser = (db: DB, cooperationId: string, userId: string): MemberWithUser =>
  listMembers(db, cooperationId).find((m) => m.userId === userId)!;

/** What a membership change needs: the database, the open sockets, the event streams. */
type MembersContext = Pick<AppContext, 'db' | 'collab' | 'events'>;

/** Tells every open screen of the cooperation about a membership change. */
export function publishMemberEvent(
  ctx: Pick<AppContext, 'events'>,
  cooperationId: string,
  event: MemberEvent,
): void {
  ctx.events?.publish(cooperationId, event);
}

const FIELDS = ['partyId', 'role', 'signatory', 'unitId'] as const;

/**
 * Changes a member's party, role, signatory flag or unit (`by`: who changes it); the last owner
 * cannot be demoted, a unit must be one of the member's (new) party, and a member who changes
 * party leaves their unit unless a unit of the new party is given. The cooperation's open sockets
 * are checked again before `member.updated` is published, so a screen that turns editable on it
 * is never refused its first keystroke by a socket still read-only.
 */
export async function changeMember(
  ctx: MembersContext,
  cooperationId: string,
  userId: string,
  patch: UpdateMemberBody,
  by: string,
): Promise<MemberWithUser> {
  const { db } = ctx;
  const { member, changed } = db.transaction(() => {
    const current = findMember(db, cooperationId, userId);
    if (!current) throw notFound('member');
    if (patch.partyId) checkParty(db, cooperationId, patch.partyId);
    if (
      current.role === 'owner' &&
      patch.role &&
      patch.role !== 'owner' &&
      countOwners(db, cooperationId) <= 1
    ) {
      throw lastOwner();
    }
    const partyId = patch.partyId ?? current.partyId;
    if (patch.unitId) unitOfParty(db, cooperationId, partyId, patch.unitId);
    updateMember(db, cooperationId, userId, patch);
    if (patch.unitId !== undefined || partyId !== current.partyId) {
      setMemberUnit(db, cooperationId, userId, patch.unitId ?? null);
    }
    const member = withUser(db, cooperationId, userId);
    return { member, changed: FIELDS.filter((f) => member[f] !== current[f]) };
  })();
  if (changed.length > 0) {
    await refreshCooperationAccess(ctx, cooperationId);
    const { partyId, role, signatory } = member;
    publishMemberEvent(ctx, cooperationId, {
      type: 'member.updated',
      userId,
      partyId,
      role,
      signatory,
      changed,
      by,
    });
  }
  return member;
}

/**
 * Removes a member (`by`: who removes them, themselves when they leave); the last owner cannot
 * be removed. Their open sockets close (4403) before `member.removed` is published, which also
 * ends their own event stream (`stream.ended`, not-member).
 */
export async function removeMember(
  ctx: MembersContext,
  cooperationId: string,
  userId: string,
  by: string,
): Promise<void> {
  const { db } = ctx;
  db.transaction(() => {
    const current = findMember(db, cooperationId, userId);
    if (!current) throw notFound('member');
    if (current.role === 'owner' && countOwners(db, cooperationId) <= 1) throw lastOwner();
    deleteMember(db, cooperationId, userId);
  })();
  await refreshCooperationAccess(ctx, cooperationId);
  publishMemberEvent(ctx, cooperationId, { type: 'member.removed', userId, by });
}
