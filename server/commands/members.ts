import type { UpdateMemberBody } from '../../shared/api/members.ts';
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
import { conflict, notFound, validation } from '../errors.ts';

const lastOwner = () =>
  conflict(
    'member.last_owner',
    'Kerja sama harus tetap memiliki paling sedikit satu pemilik (owner).',
    'A cooperation must keep at least one owner.',
  );

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

/** Changes a member's party, role or signatory flag; the last owner cannot be demoted. */
export function changeMember(
  db: DB,
  cooperationId: string,
  userId: string,
  patch: UpdateMemberBody,
): MemberWithUser {
  return db.transaction(() => {
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
    updateMember(db, cooperationId, userId, patch);
    return withUser(db, cooperationId, userId);
  })();
}

/** Removes a member; the last owner cannot be removed. */
export function removeMember(db: DB, cooperationId: string, userId: string): void {
  db.transaction(() => {
    const current = findMember(db, cooperationId, userId);
    if (!current) throw notFound('member');
    if (current.role === 'owner' && countOwners(db, cooperationId) <= 1) throw lastOwner();
    deleteMember(db, cooperationId, userId);
  })();
}
