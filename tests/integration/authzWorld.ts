import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { DocumentResponse } from '../../shared/api/documents.ts';
import { addMember, buildCooperation, buildUser, demoCooperation, invite } from '../support/factories.ts';
import type { ApiResponse, TestServer } from '../support/server.ts';

/** Who calls: nobody, a signed-in outsider, each role of party 1, and an editor of party 2. */
export const CALLERS = [
  'anonymous',
  'nonMember',
  'viewer',
  'commenter',
  'suggester',
  'editor',
  'owner',
  'otherParty',
] as const;
export type Caller = (typeof CALLERS)[number];

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The demo cooperation seen from every caller, and factories (run as its owner) for records
 * an endpoint needs: a fresh meeting, point, follow-up, liaison or member per request, so that
 * one caller's success does not change what the next caller meets.
 */
export interface World {
  server: TestServer;
  cooperation: CooperationDTO;
  /** Session cookies by caller (null for anonymous). */
  cookies: Record<Caller, string | null>;
  userIds: Record<Exclude<Caller, 'anonymous'>, string>;
  /** Party 1 (the callers' own) and party 2 (otherParty's). */
  party1: string;
  party2: string;
  /** The demo MoU (a draft), its clause ids, and the demo PKS. */
  documentId: string;
  clauseIds: string[];
  origin: string;
  asOwner<T = unknown>(path: string, body?: unknown, method?: string): Promise<ApiResponse<T>>;
  newUser(): Promise<{ id: string; username: string }>;
  newMember(role?: 'viewer' | 'commenter' | 'editor'): Promise<string>;
  /** A fresh invitation to the cooperation (a viewer of party 2): its id and its link's token. */
  newInvitation(): Promise<{ id: string; token: string }>;
  /**
   * The token of a fresh invitation (as a viewer) to another cooperation of the owner, of which
   * no other caller is a member: accepting it leaves the matrix's own cooperation as it was.
   */
  sideInvitation(): Promise<string>;
  newMeeting(open?: boolean): Promise<string>;
  newPoint(): Promise<string>;
  newAction(): Promise<string>;
  newLiaison(): Promise<string>;
  /** A named version of the demo MoU (its id). */
  newVersion(): Promise<string>;
  /** Current hash of clause `index` of the demo MoU. */
  clauseHash(index: number): Promise<string>;
}

/** `npm run user -- add` against the server's data folder, as an administrator would. */
function cliAddUser(server: TestServer, username: string, password: string): void {
  const res = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli/user.ts',
      'add',
      username,
      '--name',
      `Pengguna ${username}`,
      '--password',
      password,
    ],
    { cwd: ROOT, env: { ...process.env, SEPAKAT_DATA_DIR: server.dataDir }, encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`user add ${username}: ${res.stderr}${res.stdout}`);
}

export async function buildWorld(server: TestServer): Promise<World> {
  const origin = server.url;
  const owner = await server.login('ombudsman');
  const cooperation = await demoCooperation(server, owner);
  const party = (ordinal: number) => cooperation.parties.find((p) => p.ordinal === ordinal)!.id;
  const memberId = (username: string) => cooperation.members.find((m) => m.username === username)!.userId;

  // The commenter and the suggester (party 1, not signatories) and the outsider are made with the CLI.
  const password = 'kata-sandi-matriks';
  cliAddUser(server, 'komentator', password);
  cliAddUser(server, 'pengusul', password);
  cliAddUser(server, 'orang-luar', password);
  const cookies: Record<Caller, string | null> = {
    anonymous: null,
    nonMember: await server.login('orang-luar', password),
    viewer: await server.login('tamu'),
    commenter: await server.login('komentator', password),
    suggester: await server.login('pengusul', password),
    editor: await server.login('asisten'),
    owner,
    otherParty: await server.login('pemkot'),
  };
  await addMember(server, owner, cooperation, cookies.commenter!, 'commenter', 1);
  await addMember(server, owner, cooperation, cookies.suggester!, 'suggester', 1);
  const fresh = await demoCooperation(server, owner);
  const side = await buildCooperation(server, owner, { title: 'Kerja Sama Samping' });
  const outsider = (await server.api('/api/me', { cookie: cookies.nonMember! })).body.user.id;
  const documentId = fresh.documents.find((d) => d.kind === 'mou')!.id;

  const asOwner: World['asOwner'] = (path, body, method) =>
    server.api(path, {
      cookie: owner,
      origin,
      body,
      method: method ?? (body === undefined ? 'GET' : 'POST'),
    });
  const created = async (path: string, body: unknown, key: string) => {
    const res = await asOwner<Record<string, { id: string }>>(path, body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body[key]!.id;
  };
  const doc = await asOwner<DocumentResponse>(`/api/documents/${documentId}`);
  const today = new Date().toISOString().slice(0, 10);
  let n = 0;

  const newUser = async () => {
    const built = await buildUser(server);
    return { id: built.user.id, username: built.user.username };
  };
  return {
    server,
    cooperation: fresh,
    cookies,
    userIds: {
      nonMember: outsider,
      viewer: memberId('tamu'),
      commenter: fresh.members.find((m) => m.username === 'komentator')!.userId,
      suggester: fresh.members.find((m) => m.username === 'pengusul')!.userId,
      editor: memberId('asisten'),
      owner: memberId('ombudsman'),
      otherParty: memberId('pemkot'),
    },
    party1: party(1),
    party2: party(2),
    documentId,
    clauseIds: doc.body.document.clauses.map((c) => c.id),
    origin,
    asOwner,
    newUser,
    async newMember(role = 'viewer') {
      const u = await buildUser(server);
      await addMember(server, owner, fresh, u.cookie, role, 2);
      return u.user.id;
    },
    async newInvitation() {
      const body = { name: `Undangan ${++n}`, partyId: party(2), role: 'viewer' as const };
      const { invitation, token } = await invite(server, owner, fresh.id, body);
      return { id: invitation.id, token };
    },
    async sideInvitation() {
      const partyId = side.parties[1]!.id;
      return (await invite(server, owner, side.id, { name: `Tamu ${++n}`, partyId, role: 'viewer' })).token;
    },
    async newMeeting(open = false) {
      const id = await created(
        `/api/cooperations/${fresh.id}/meetings`,
        { kind: 'pembahasan', title: `Rapat ${++n}`, date: today, timeFrom: '09:00', timeTo: '11:00' },
        'meeting',
      );
      if (open) await asOwner(`/api/meetings/${id}/open`, {});
      return id;
    },
    newPoint: () =>
      created(`/api/cooperations/${fresh.id}/points`, { text: `Poin ${++n}`, documentId }, 'point'),
    newAction: () =>
      created(
        `/api/cooperations/${fresh.id}/actions`,
        { text: `Tindak lanjut ${++n}`, personInCharge: { name: 'Kabid Pelayanan' } },
        'action',
      ),
    newLiaison: () =>
      created(
        `/api/cooperations/${fresh.id}/liaisons`,
        { partyId: party(2), name: `Penghubung ${++n}`, unit: 'Bagian Kerja Sama' },
        'liaison',
      ),
    newVersion: () =>
      created(`/api/documents/${documentId}/versions`, { label: `Versi uji ${++n}` }, 'version'),
    async clauseHash(index) {
      const res = await asOwner<DocumentResponse>(`/api/documents/${documentId}`);
      return res.body.document.clauses[index]!.hash;
    },
  };
}
