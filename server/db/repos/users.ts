import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { findById, insertRow, oneRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** A user as the server passes it around (never with the password hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  /** Jabatan, e.g. "Kepala Perwakilan". */
  position: string;
  nip: string;
  createdAt: number;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  position: string;
  nip: string;
  password_hash: string;
  created_at: number;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  position: r.position,
  nip: r.nip,
  createdAt: r.created_at,
});

export interface NewUser {
  username: string;
  displayName: string;
  position?: string;
  nip?: string;
  passwordHash: string;
}

/** Inserts a user; throws SQLITE_CONSTRAINT_UNIQUE when the username (any case) is taken. */
export function createUser(db: DB, input: NewUser): User {
  const row: UserRow = {
    id: newId('u'),
    username: input.username,
    display_name: input.displayName,
    position: input.position ?? '',
    nip: input.nip ?? '',
    password_hash: input.passwordHash,
    created_at: Date.now(),
  };
  insertRow(db, 'users', row);
  return toUser(row);
}

export function findUserById(db: DB, id: string): User | null {
  return findById(db, 'users', id, toUser);
}

/** Case-insensitive (the column is `COLLATE NOCASE`). */
export function findUserByUsername(db: DB, username: string): User | null {
  return oneRow(db, 'SELECT * FROM users WHERE username = ?', [username], toUser);
}

/** The user and their password hash, for login only. */
export function findCredentials(db: DB, username: string): { user: User; passwordHash: string } | null {
  const r = sql<[string], UserRow>(db, 'SELECT * FROM users WHERE username = ?').get(username);
  return r ? { user: toUser(r), passwordHash: r.password_hash } : null;
}

export function setPasswordHash(db: DB, userId: string, passwordHash: string): void {
  sql(db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
}

export function updateUserProfile(
  db: DB,
  userId: string,
  patch: { displayName?: string; position?: string; nip?: string },
): void {
  const u = findUserById(db, userId);
  if (!u) return;
  sql(db, 'UPDATE users SET display_name = ?, position = ?, nip = ? WHERE id = ?').run(
    patch.displayName ?? u.displayName,
    patch.position ?? u.position,
    patch.nip ?? u.nip,
    userId,
  );
}

export function listUsers(db: DB): User[] {
  return sql<[], UserRow>(db, 'SELECT * FROM users ORDER BY username').all().map(toUser);
}

export function countUsers(db: DB): number {
  return sql<[], { n: number }>(db, 'SELECT count(*) AS n FROM users').get()!.n;
}
