import { openDatabase } from '../../server/db/connection.ts';
import { createUser, type User } from '../../server/db/repos/users.ts';
import { hashPassword } from '../../server/http/password.ts';
import type { Role } from '../../shared/api/common.ts';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import { newId } from '../../shared/ids.ts';
import type { TestServer } from './server.ts';

/**
 * Fixtures against a running test server. Accounts have no sign-up endpoint (by design), so
 * `buildUser` writes the user into the server's database file directly (SQLite WAL allows it
 * while the server runs), exactly as `npm run user -- add` does; everything else goes through
 * the real HTTP API.
 */

export interface BuiltUser {
  user: User;
  password: string;
  /** `Cookie` header value of a fresh session. */
  cookie: string;
}

/** A new user (unique username unless given), logged in. */
export async function buildUser(
  server: TestServer,
  overrides: { username?: string; displayName?: string; position?: string; password?: string } = {},
): Promise<BuiltUser> {
  const username = overrides.username ?? `user-${newId().slice(0, 8)}`;
  const password = overrides.password ?? 'kata-sandi-uji';
  const db = openDatabase(server.dbFile);
  let user: User;
  try {
    user = createUser(db, {
      username,
      displayName: overrides.displayName ?? `Pengguna ${username}`,
      position: overrides.position ?? 'Staf',
      passwordHash: await hashPassword(password),
    });
  } finally {
    db.close();
  }
  return { user, password, cookie: await server.login(username, password) };
}

/** A cooperation with two parties, created (and owned, party 1) by the cookie's user. */
export async function buildCooperation(
  server: TestServer,
  cookie: string,
  overrides: { title?: string; parties?: { name: string; shortName: string; seat?: string }[] } = {},
): Promise<CooperationDTO> {
  const res = await server.api('/api/cooperations', {
    cookie,
    body: {
      title: overrides.title ?? 'Kerja Sama Uji',
      parties: overrides.parties ?? [
        { name: 'Lembaga Pertama', shortName: 'LP', seat: 'Jakarta' },
        { name: 'Pemerintah Kota Kedua', shortName: 'Pemkot Kedua', seat: 'Kota Kedua' },
      ],
    },
  });
  if (res.status !== 201) throw new Error(`buildCooperation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.cooperation;
}

/** Adds a user to a cooperation (the owner's cookie) in party `partyOrdinal` with `role`. */
export async function addMember(
  server: TestServer,
  ownerCookie: string,
  cooperation: CooperationDTO,
  username: string,
  role: Role,
  partyOrdinal = 2,
  signatory = false,
) {
  const party = cooperation.parties.find((p) => p.ordinal === partyOrdinal)!;
  const res = await server.api(`/api/cooperations/${cooperation.id}/members`, {
    cookie: ownerCookie,
    body: { username, partyId: party.id, role, signatory },
  });
  if (res.status !== 201) throw new Error(`addMember: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.member;
}

/** A member with a role in a cooperation, logged in: user + membership in one call. */
export async function buildMember(
  server: TestServer,
  ownerCookie: string,
  cooperation: CooperationDTO,
  role: Role,
  partyOrdinal = 2,
): Promise<BuiltUser> {
  const built = await buildUser(server);
  await addMember(server, ownerCookie, cooperation, built.user.username, role, partyOrdinal);
  return built;
}

/** An MoU or PKS created from the templates; returns the created document summary. */
export async function buildDocument(
  server: TestServer,
  cookie: string,
  cooperationId: string,
  body: { kind: 'mou' | 'pks'; title?: string; subject?: string; mouId?: string } = { kind: 'mou' },
) {
  const res = await server.api(`/api/cooperations/${cooperationId}/documents`, { cookie, body });
  if (res.status !== 201) throw new Error(`buildDocument: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.document as { id: string; kind: string; title: string; cooperationId: string };
}

/** The demo cooperation as the given user sees it (the only one for demo users). */
export async function demoCooperation(server: TestServer, cookie: string): Promise<CooperationDTO> {
  const list = await server.api('/api/cooperations', { cookie });
  const id = list.body.cooperations[0].id;
  return (await server.api(`/api/cooperations/${id}`, { cookie })).body.cooperation;
}
