import type { CreateAccountBody, CreateInvitationBody } from '../../shared/api/invitations.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import {
  findInvitation,
  findInvitationByToken,
  type Invitation,
  insertInvitation,
  markAccepted,
  markRevoked,
} from '../db/repos/invitations.ts';
import { findMember, insertMember } from '../db/repos/members.ts';
import { createUser, type User } from '../db/repos/users.ts';
import {
  alreadyMember,
  invitationExpired,
  invitationNotFound,
  invitationRevoked,
  invitationUsed,
  usernameTaken,
} from '../errors/index.ts';
import { hashPassword } from '../http/password.ts';
import { checkParty, publishMemberEvent } from './members.ts';

/**
 * Invites someone to a cooperation with a party, a role and the signatory flag. Returns the
 * invitation and its link's token (shown to the owner once; stored only hashed). Valid for
 * `SEPAKAT_INVITATION_DAYS`, once.
 */
export function invite(
  ctx: Pick<AppContext, 'db' | 'config'>,
  cooperationId: string,
  invitedBy: string,
  input: CreateInvitationBody,
): { invitation: Invitation; token: string } {
  checkParty(ctx.db, cooperationId, input.partyId);
  const now = Date.now();
  return insertInvitation(
    ctx.db,
    { ...input, cooperationId, createdBy: invitedBy, expiresAt: now + ctx.config.invitationTtlMs },
    now,
  );
}

/** The invitation of a link that can still be accepted; otherwise why not (404, 410). */
export function openInvitation(db: DB, token: string, now = Date.now()): Invitation {
  const invitation = findInvitationByToken(db, token);
  if (!invitation) throw invitationNotFound();
  if (invitation.acceptedAt !== null) throw invitationUsed();
  if (invitation.revokedAt !== null) throw invitationRevoked();
  if (invitation.expiresAt <= now) throw invitationExpired();
  return invitation;
}

/** Makes the user a member as the invitation says and uses the invitation up, in one transaction. */
function join(db: DB, token: string, user: Pick<User, 'id'>): Invitation {
  const invitation = openInvitation(db, token);
  if (findMember(db, invitation.cooperationId, user.id)) throw alreadyMember();
  const { cooperationId, partyId, role, signatory } = invitation;
  insertMember(db, { cooperationId, userId: user.id, partyId, role, signatory });
  if (!markAccepted(db, invitation.id, user.id)) throw invitationUsed();
  return invitation;
}

/** `member.added` to the cooperation's open screens, once the new member is stored. */
function announce(ctx: Pick<AppContext, 'events'>, invitation: Invitation, userId: string): void {
  const { cooperationId, partyId, role, signatory } = invitation;
  publishMemberEvent(ctx, cooperationId, {
    type: 'member.added',
    userId,
    partyId,
    role,
    signatory,
    by: userId,
  });
}

/** A signed-in user accepts an invitation: 409 `member.exists` leaves the link unused. */
export function acceptInvitation(
  ctx: Pick<AppContext, 'db' | 'events'>,
  token: string,
  user: Pick<User, 'id'>,
): Invitation {
  const invitation = ctx.db.transaction(() => join(ctx.db, token, user))();
  announce(ctx, invitation, user.id);
  return invitation;
}

/**
 * A person without an account accepts: the account (username, display name, password) is
 * created and joins in one transaction, so a refused link leaves no account behind and a taken
 * username (409 `user.username_taken`) leaves the link unused.
 */
export async function acceptWithNewAccount(
  ctx: Pick<AppContext, 'db' | 'events'>,
  token: string,
  input: CreateAccountBody,
): Promise<{ user: User; invitation: Invitation }> {
  const { db } = ctx;
  // Refuse a dead link before spending a password hash on it.
  openInvitation(db, token);
  const passwordHash = await hashPassword(input.password);
  const accepted = db.transaction(() => {
    let user: User;
    try {
      user = createUser(db, {
        username: input.username,
        displayName: input.displayName,
        position: input.position,
        passwordHash,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw usernameTaken();
      throw err;
    }
    return { user, invitation: join(db, token, user) };
  })();
  announce(ctx, accepted.invitation, accepted.user.id);
  return accepted;
}

/** Revokes an open invitation of the cooperation; revoking twice is no error, an accepted one is 410. */
export function revokeInvitation(db: DB, cooperationId: string, invitationId: string): void {
  const invitation = findInvitation(db, invitationId);
  if (!invitation || invitation.cooperationId !== cooperationId) throw invitationNotFound();
  if (!markRevoked(db, invitation.id) && invitation.acceptedAt !== null) throw invitationUsed();
}
