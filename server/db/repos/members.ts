import type { Role } from '../../../shared/api/common.ts';
import type { DB } from '../connection.ts';
import { insertRow, oneRow } from './recordTable.ts';
import { sql } from './sql.ts';

/**
 * A user's place in a cooperation: their party, role and whether they sign, and whether they may
 * only suggest (the `Actor` of `shared/policies.ts`).
 */
export interface Member {
  cooperationId: string;
  userId: string;
  partyId: string;
  role: Role;
  signatory: boolean;
  /** A suggester, or a member of a party the cooperation limits to suggestions (`suggestOnlyParties`). */
  suggestOnly: boolean;
  /** The unit (OPD) of their party they belong to, or null: the party as a whole. */
  unitId: string | null;
  addedAt: number;
}

/** A member with the user's names, for listings. */
export interface MemberWithUser extends Member {
  username: string;
  displayName: string;
  position: string;
  nip: string;
}

interface MemberRow {
  cooperation_id: string;
  user_id: string;
  party_id: string;
  role: Role;
  signatory: number;
  unit_id?: string | null;
  added_at: number;
  /** 1 when the cooperation's settings list the member's party in `suggestOnlyParties` (read, never written). */
  party_limited?: number;
  username?: string;
  display_name?: string;
  position?: string;
  nip?: string;
}

const toMember = (r: MemberRow): Member => ({
  cooperationId: r.cooperation_id,
  userId: r.user_id,
  partyId: r.party_id,
  role: r.role,
  signatory: r.signatory === 1,
  suggestOnly: r.role === 'suggester' || r.party_limited === 1,
  unitId: r.unit_id ?? null,
  addedAt: r.added_at,
});

/**
 * The columns of a member `m` with `party_limited`: whether their cooperation's settings list
 * their party in `suggestOnlyParties`.
 */
const MEMBER_COLUMNS = `m.*, EXISTS (
  SELECT 1 FROM cooperations c, json_each(c.settings, '$.suggestOnlyParties') j
  WHERE c.id = m.cooperation_id AND j.value = m.party_id) AS party_limited`;

export function insertMember(
  db: DB,
  input: { cooperationId: string; userId: string; partyId: string; role: Role; signatory?: boolean },
): Member {
  const row: MemberRow = {
    cooperation_id: input.cooperationId,
    user_id: input.userId,
    party_id: input.partyId,
    role: input.role,
    signatory: input.signatory ? 1 : 0,
    added_at: Date.now(),
  };
  insertRow(db, 'members', row);
  return findMember(db, input.cooperationId, input.userId)!;
}

/** The membership of a user in a cooperation, or null when they are not a member. */
export function findMember(db: DB, cooperationId: string, userId: string): Member | null {
  return oneRow(
    db,
    `SELECT ${MEMBER_COLUMNS} FROM members m WHERE m.cooperation_id = ? AND m.user_id = ?`,
    [cooperationId, userId],
    toMember,
  );
}

/** Members with their names, by party then role (owners first) then name. */
export function listMembers(db: DB, cooperationId: string): MemberWithUser[] {
  return sql<[string], Required<MemberRow>>(
    db,
    `SELECT ${MEMBER_COLUMNS}, u.username, u.display_name, u.position, u.nip
     FROM members m JOIN users u ON u.id = m.user_id JOIN parties p ON p.id = m.party_id
     WHERE m.cooperation_id = ?
     ORDER BY p.ordinal,
              CASE m.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 WHEN 'suggester' THEN 2 WHEN 'commenter' THEN 3 ELSE 4 END,
              u.display_name`,
  )
    .all(cooperationId)
    .map((r) => ({
      ...toMember(r),
      username: r.username,
      displayName: r.display_name,
      position: r.position,
      nip: r.nip,
    }));
}

export function updateMember(
  db: DB,
  cooperationId: string,
  userId: string,
  patch: { partyId?: string; role?: Role; signatory?: boolean },
): Member | null {
  const m = findMember(db, cooperationId, userId);
  if (!m) return null;
  const next = {
    ...m,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as Member;
  sql(
    db,
    'UPDATE members SET party_id = ?, role = ?, signatory = ? WHERE cooperation_id = ? AND user_id = ?',
  ).run(next.partyId, next.role, next.signatory ? 1 : 0, cooperationId, userId);
  // Read back: whether they may only suggest follows the new role and party.
  return findMember(db, cooperationId, userId);
}

export function deleteMember(db: DB, cooperationId: string, userId: string): boolean {
  return (
    sql(db, 'DELETE FROM members WHERE cooperation_id = ? AND user_id = ?').run(cooperationId, userId)
      .changes > 0
  );
}

/** How many owners a cooperation has: the last one may not leave or be demoted. */
export function countOwners(db: DB, cooperationId: string): number {
  return sql<[string], { n: number }>(
    db,
    "SELECT count(*) AS n FROM members WHERE cooperation_id = ? AND role = 'owner'",
  ).get(cooperationId)!.n;
}

/** Whether the user owns at least one cooperation (owners may start more by default). */
export function ownsAnyCooperation(db: DB, userId: string): boolean {
  return !!sql<[string], { n: number }>(
    db,
    "SELECT 1 AS n FROM members WHERE user_id = ? AND role = 'owner' LIMIT 1",
  ).get(userId);
}

/** A user as the history names them in a cooperation: their party, if they are still a member. */
export interface PersonInCooperation {
  displayName: string;
  partyId: string | null;
  partyName: string | null;
  partyShortName: string | null;
  color: string | null;
}

/** The user `userId` with their party in `cooperationId` (none once they left); null for no such user. */
export function findPersonInCooperation(
  db: DB,
  cooperationId: string,
  userId: string,
): PersonInCooperation | null {
  return (
    sql<[string, string], PersonInCooperation>(
      db,
      `SELECT u.display_name AS displayName, p.id AS partyId, p.name AS partyName,
              p.short_name AS partyShortName, p.color
       FROM users u
       LEFT JOIN members m ON m.user_id = u.id AND m.cooperation_id = ?
       LEFT JOIN parties p ON p.id = m.party_id
       WHERE u.id = ?`,
    ).get(cooperationId, userId) ?? null
  );
}
