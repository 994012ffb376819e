import { openDatabase } from '../../server/db/connection.ts';
import { grantCooperationCreator } from '../../server/db/repos/cooperationCreators.ts';
import { createUser, type User } from '../../server/db/repos/users.ts';
import { hashPassword } from '../../server/http/password.ts';
import type { Role } from '../../shared/api/common.ts';
import type { CooperationDTO, MemberDTO } from '../../shared/api/cooperations.ts';
import type { CreateInvitationBody } from '../../shared/api/invitations.ts';
import { newId } from '../../shared/ids.ts';
import type { TestServer } from './server.ts';

/**
 * Fixtures against a running test server. Accounts are made by an administrator (or from an
 * invitation link), so `buildUser` writes the user into the server's database file directly
 * (SQLite WAL allows it while the server runs), exactly as `npm run user -- add` does, and
 * `buildCooperation` allows its user to start cooperations as `npm run user -- grant-create`
 * does; everything else goes through the real HTTP API.
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

/** Allows the cookie's user to start cooperations, as `npm run user -- grant-create` does. */
export async function grantCreate(server: TestServer, cookie: string): Promise<void> {
  const me = await server.api('/api/me', { cookie });
  if (me.status !== 200) throw new Error(`grantCreate: ${me.status}`);
  const db = openDatabase(server.dbFile);
  try {
    grantCooperationCreator(db, me.body.user.id);
  } finally {
    db.close();
  }
}

/** A cooperation with two parties, created (and owned, party 1) by the cookie's user. */
export async function buildCooperation(
  server: TestServer,
  cookie: string,
  overrides: { title?: string; parties?: { name: string; shortName: string; seat?: string }[] } = {},
): Promise<CooperationDTO> {
  await grantCreate(server, cookie);
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

/** The token of an invitation link (`/undangan/<token>`). */
export const tokenOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** An owner invites (the owner's cookie); returns the answer and the link's token. */
export async function invite(
  server: TestServer,
  ownerCookie: string,
  cooperationId: string,
  body: CreateInvitationBody,
) {
  const res = await server.api(`/api/cooperations/${cooperationId}/invitations`, {
    cookie: ownerCookie,
    body,
  });
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, token: tokenOf(res.body.path) };
}

/**
 * Makes the signed-in user of `memberCookie` a member as people join: the owner invites them to
 * party `partyOrdinal` with `role`, and they accept the link. Returns their membership.
 */
export async function addMember(
  server: TestServer,
  ownerCookie: string,
  cooperation: CooperationDTO,
  memberCookie: string,
  role: Role,
  partyOrdinal = 2,
  signatory = false,
): Promise<MemberDTO> {
  const party = cooperation.parties.find((p) => p.ordinal === partyOrdinal)!;
  const { token } = await invite(server, ownerCookie, cooperation.id, {
    name: 'Anggota Baru',
    partyId: party.id,
    role,
    signatory,
  });
  const accepted = await server.api(`/api/invitations/${token}/accept`, { cookie: memberCookie, body: {} });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const seen = await server.api(`/api/cooperations/${cooperation.id}`, { cookie: ownerCookie });
  return seen.body.cooperation.members.find((m: MemberDTO) => m.userId === accepted.body.user.id);
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
  await addMember(server, ownerCookie, cooperation, built.cookie, role, partyOrdinal);
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

/**
 * An owner with a cooperation of their own holding an MoU, and a member of party 2 with
 * `role`, each signed in.
 */
export async function buildMemberWorld(server: TestServer, role: Role = 'editor') {
  const owner = await buildUser(server);
  const coop = await buildCooperation(server, owner.cookie);
  const doc = await buildDocument(server, owner.cookie, coop.id);
  const member = await buildMember(server, owner.cookie, coop, role);
  return { owner, coop, doc, member };
}

/** The demo cooperation as the given user sees it (the only one for demo users). */
export async function demoCooperation(server: TestServer, cookie: string): Promise<CooperationDTO> {
  const list = await server.api('/api/cooperations', { cookie });
  const id = list.body.cooperations[0].id;
  return (await server.api(`/api/cooperations/${id}`, { cookie })).body.cooperation;
}
