import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/api/common.ts';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { findById, insertRow, oneRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** An invitation to join a cooperation with a party, a role and the signatory flag. */
export interface Invitation {
  id: string;
  cooperationId: string;
  name: string;
  email: string;
  partyId: string;
  role: Role;
  signatory: boolean;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  acceptedBy: string | null;
  acceptedAt: number | null;
  revokedAt: number | null;
}

interface InvitationRow {
  id: string;
  cooperation_id: string;
  token_hash: string;
  name: string;
  email: string;
  party_id: string;
  role: Role;
  signatory: number;
  created_by: string;
  created_at: number;
  expires_at: number;
  accepted_by: string | null;
  accepted_at: number | null;
  revoked_at: number | null;
}

const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  cooperationId: r.cooperation_id,
  name: r.name,
  email: r.email,
  partyId: r.party_id,
  role: r.role,
  signatory: r.signatory === 1,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedBy: r.accepted_by,
  acceptedAt: r.accepted_at,
  revokedAt: r.revoked_at,
});

/** Invitations are stored by the SHA-256 of their link's token, like sessions. */
const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewInvitation {
  cooperationId: string;
  name: string;
  email?: string;
  partyId: string;
  role: Role;
  signatory?: boolean;
  createdBy: string;
  expiresAt: number;
}

/** Stores an invitation; returns it with the token of its link (shown once, stored only hashed). */
export function insertInvitation(
  db: DB,
  input: NewInvitation,
  now = Date.now(),
): { invitation: Invitation; token: string } {
  const token = randomBytes(32).toString('base64url');
  const row: InvitationRow = {
    id: newId('i'),
    cooperation_id: input.cooperationId,
    token_hash: tokenHashOf(token),
    name: input.name,
    email: input.email ?? '',
    party_id: input.partyId,
    role: input.role,
    signatory: input.signatory ? 1 : 0,
    created_by: input.createdBy,
    created_at: now,
    expires_at: input.expiresAt,
    accepted_by: null,
    accepted_at: null,
    revoked_at: null,
  };
  insertRow(db, 'invitations', row);
  return { invitation: toInvitation(row), token };
}

/** The invitation of a link's token (in any state), or null. */
export function findInvitationByToken(db: DB, token: string): Invitation | null {
  if (!token || token.length > 200) return null;
  return oneRow(db, 'SELECT * FROM invitations WHERE token_hash = ?', [tokenHashOf(token)], toInvitation);
}

export function findInvitation(db: DB, id: string): Invitation | null {
  return findById(db, 'invitations', id, toInvitation);
}

/** Invitations of a cooperation neither accepted nor revoked (expired ones too), newest first. */
export function listOpenInvitations(db: DB, cooperationId: string): Invitation[] {
  return sql<[string], InvitationRow>(
    db,
    `SELECT * FROM invitations
     WHERE cooperation_id = ? AND accepted_at IS NULL AND revoked_at IS NULL
     ORDER BY created_at DESC, id`,
  )
    .all(cooperationId)
    .map(toInvitation);
}

/**
 * Marks an open, unexpired invitation as accepted by `userId`. False when it was not open any
 * more: the update itself is the check, so two acceptances at once cannot both succeed.
 */
export function markAccepted(db: DB, id: string, userId: string, now = Date.now()): boolean {
  return (
    sql(
      db,
      `UPDATE invitations SET accepted_by = ?, accepted_at = ?
       WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
    ).run(userId, now, id, now).changes === 1
  );
}

/** Revokes an invitation that is still open; false when it was accepted or revoked already. */
export function markRevoked(db: DB, id: string, now = Date.now()): boolean {
  return (
    sql(
      db,
      'UPDATE invitations SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL',
    ).run(now, id).changes === 1
  );
}
