import type { InvitationDTO, InvitationPreviewDTO } from '../../../shared/api/invitations.ts';
import type { DB } from '../../db/connection.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import type { Invitation } from '../../db/repos/invitations.ts';
import { findParty } from '../../db/repos/parties.ts';
import { iso } from '../../db/repos/sql.ts';
import { findUserById } from '../../db/repos/users.ts';

const nameOf = (db: DB, userId: string) => findUserById(db, userId)?.displayName ?? '';

/** A pending invitation as the cooperation's owners see it. */
export function presentInvitation(db: DB, i: Invitation, now = Date.now()): InvitationDTO {
  return {
    id: i.id,
    name: i.name,
    email: i.email,
    partyId: i.partyId,
    role: i.role,
    signatory: i.signatory,
    invitedBy: nameOf(db, i.createdBy),
    createdAt: iso(i.createdAt),
    expiresAt: iso(i.expiresAt),
    status: i.expiresAt > now ? 'pending' : 'expired',
  };
}

/** What a link invites to, for its holder: the cooperation, the party and the role. */
export function presentInvitationPreview(db: DB, i: Invitation): InvitationPreviewDTO {
  const cooperation = findCooperation(db, i.cooperationId)!;
  const party = findParty(db, i.partyId)!;
  return {
    cooperation: { id: cooperation.id, title: cooperation.title },
    party: { name: party.name, shortName: party.shortName },
    name: i.name,
    role: i.role,
    signatory: i.signatory,
    invitedBy: nameOf(db, i.createdBy),
    expiresAt: iso(i.expiresAt),
  };
}
