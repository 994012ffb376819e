import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sleep, type TestClient, waitFor } from '../../server/collab/testing.ts';
import type { CooperationDTO, MemberDTO } from '../../shared/api/cooperations.ts';
import type { DocumentPermissions } from '../../shared/api/documents.ts';
import { CloseCode, RefusalReason, YDOC } from '../../shared/protocol.ts';
import { clientsPerTest } from '../support/clients.ts';
import { openEventStream } from '../support/eventStream.ts';
import { addMember, buildDocument, buildUser } from '../support/factories.ts';
import type { TestServer } from '../support/server.ts';
import { withServer } from '../support/withServer.ts';

/**
 * Who may only suggest: the `suggester` role, and every member of a party the cooperation limits
 * to suggestions (`suggestOnlyParties`), against a real server with stock y-websocket clients.
 */

interface World {
  coop: CooperationDTO;
  /** Party 1: ombudsman (owner), asisten (editor). Party 2: pemkot (editor). */
  cookies: Record<'ombudsman' | 'asisten' | 'pemkot', string>;
  party1: string;
  party2: string;
}

const ctx = withServer(async (server: TestServer): Promise<World> => {
  const cookies = {
    ombudsman: await server.login('ombudsman'),
    asisten: await server.login('asisten'),
    pemkot: await server.login('pemkot'),
  };
  const list = await server.api('/api/cooperations', { cookie: cookies.ombudsman });
  const coop = (
    await server.api(`/api/cooperations/${list.body.cooperations[0].id}`, { cookie: cookies.ombudsman })
  ).body.cooperation as CooperationDTO;
  const party = (n: number) => coop.parties.find((p) => p.ordinal === n)!.id;
  return { coop, cookies, party1: party(1), party2: party(2) };
});
const open = clientsPerTest(() => ctx.server);

const api = (path: string, cookie: string, body?: unknown, method?: string) =>
  ctx.server.api(path, { cookie, body, method });

async function permissions(documentId: string, cookie: string): Promise<DocumentPermissions> {
  const res = await api(`/api/documents/${documentId}`, cookie);
  expect(res.status).toBe(200);
  return res.body.permissions;
}

const setLimit = (partyIds: string[], cookie = ctx.world.cookies.ombudsman) =>
  api(`/api/cooperations/${ctx.world.coop.id}/settings`, cookie, { suggestOnlyParties: partyIds }, 'PATCH');

/** A fresh MoU of the demo cooperation, so each test starts from the template text. */
const freshDocument = async () =>
  (await buildDocument(ctx.server, ctx.world.cookies.ombudsman, ctx.world.coop.id)).id;

/** The first paragraph's text inside the first Pasal (in its first ayat when it has some). */
function firstClauseText(doc: Y.Doc): Y.XmlText {
  const find = (el: Y.XmlElement | Y.XmlFragment, inClause: boolean): Y.XmlText | null => {
    for (const child of el.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const clause = inClause || child.nodeName === 'clause';
      if (clause && child.nodeName === 'paragraph' && child.get(0) instanceof Y.XmlText) {
        return child.get(0) as Y.XmlText;
      }
      const inner = find(child, clause);
      if (inner) return inner;
    }
    return null;
  };
  const text = find(doc.getXmlFragment(YDOC.body), false);
  if (!text) throw new Error('no paragraph in a Pasal');
  return text;
}

let n = 0;
/** A stamp in the member's name, made now, as their editor puts on a suggestion. */
const stampOf = (m: Pick<MemberDTO, 'partyId' | 'userId'>) => ({
  id: `so${Date.now().toString(36)}${++n}`,
  party: m.partyId,
  user: m.userId,
  ts: new Date().toISOString(),
});

/** Whether `words` arrive in `observer`'s copy of the first Pasal. */
const arrives = (observer: TestClient, words: string) =>
  waitFor(() => firstClauseText(observer.doc).toString().includes(words), `"${words}" at the observer`);

/**
 * Writes `words` directly (no suggestion) at the start of the first Pasal's first paragraph:
 * at its end, Yjs would give them the marks of a suggestion written there before.
 */
function typeDirectly(client: TestClient, words: string): void {
  firstClauseText(client.doc).insert(0, words);
}

/** Writes `words` as an insertion suggestion stamped for `member`. */
function suggest(client: TestClient, member: Pick<MemberDTO, 'partyId' | 'userId'>, words: string): void {
  const text = firstClauseText(client.doc);
  text.insert(text.length, words, { insertion: stampOf(member) });
}

/** Waits until the server refuses `client`'s write; its close reason. */
async function refusal(client: TestClient): Promise<string> {
  await waitFor(() => client.closes.length > 0, 'the refusal');
  expect(client.closes[0]).toBe(CloseCode.refused);
  return client.reasons[0]!;
}

describe('the suggester role', () => {
  it('is given by invitation; the suggester suggests, never edits, and is ranked between editor and commenter', async () => {
    const { server, world } = ctx;
    const documentId = await freshDocument();
    const user = await buildUser(server);
    const member = await addMember(server, world.cookies.ombudsman, world.coop, user.cookie, 'suggester', 2);
    expect(member.role).toBe('suggester');

    expect(await permissions(documentId, user.cookie)).toMatchObject({
      canEdit: false,
      canSuggest: true,
      mustSuggest: true,
      canComment: true,
      canApprove: false,
      canRestore: false,
    });
    const roles = (
      await api(`/api/cooperations/${world.coop.id}`, world.cookies.ombudsman)
    ).body.cooperation.members
      .filter((m: MemberDTO) => m.partyId === world.party2)
      .map((m: MemberDTO) => m.role);
    // Party 2 listed strongest first: the suggester after its editors, before its commenters.
    expect(roles.indexOf('suggester')).toBeGreaterThan(roles.lastIndexOf('editor'));
    expect(roles.indexOf('suggester')).toBeLessThan(roles.indexOf('commenter'));

    // Its stock y-websocket connection writes: a suggestion in its own name reaches everyone.
    const observer = await open(documentId, world.cookies.ombudsman);
    const suggester = await open(documentId, user.cookie);
    suggest(suggester, member, ' usulan pengusul');
    await arrives(observer, 'usulan pengusul');
    await sleep(200);
    expect(suggester.closes).toEqual([]);

    // A direct edit is refused as not a suggestion, not as a read-only connection's.
    const direct = await open(documentId, user.cookie);
    typeDirectly(direct, 'langsung dari pengusul ');
    expect(await refusal(direct)).toBe(RefusalReason.suggestion);
    expect(firstClauseText(observer.doc).toString()).not.toContain('langsung dari pengusul');
  });

  it('follows a role change at once: an editor made suggester may only suggest on the open socket', async () => {
    const { server, world } = ctx;
    const documentId = await freshDocument();
    const user = await buildUser(server);
    const member = await addMember(server, world.cookies.ombudsman, world.coop, user.cookie, 'editor', 2);
    expect(await permissions(documentId, user.cookie)).toMatchObject({ canEdit: true, mustSuggest: false });
    const observer = await open(documentId, world.cookies.ombudsman);
    const socket = await open(documentId, user.cookie);
    typeDirectly(socket, 'sebelum diturunkan ');
    await arrives(observer, 'sebelum diturunkan');

    const changed = await api(
      `/api/cooperations/${world.coop.id}/members/${member.userId}`,
      world.cookies.ombudsman,
      { role: 'suggester' },
      'PATCH',
    );
    expect(changed.status).toBe(200);
    expect(await permissions(documentId, user.cookie)).toMatchObject({ canEdit: false, mustSuggest: true });
    typeDirectly(socket, 'sesudah diturunkan ');
    expect(await refusal(socket)).toBe(RefusalReason.suggestion);
  });
});

describe('a party limited to suggestions', () => {
  it('makes its editors and owners suggest-only, leaves the other party as it was, and lifts again', async () => {
    const { server, world } = ctx;
    const documentId = await freshDocument();
    const pemkotMember = world.coop.members.find((m) => m.username === 'pemkot')!;
    const events = await openEventStream(server.url, world.coop.id, world.cookies.asisten);
    const observer = await open(documentId, world.cookies.ombudsman);
    const pemkot = await open(documentId, world.cookies.pemkot);
    expect(await permissions(documentId, world.cookies.pemkot)).toMatchObject({
      canEdit: true,
      mustSuggest: false,
    });

    const limited = await setLimit([world.party2, world.party2]);
    expect(limited.status).toBe(200);
    expect(limited.body.settings.suggestOnlyParties).toEqual([world.party2]);
    expect((await events.next('parties.suggestOnly')).data).toMatchObject({ partyIds: [world.party2] });
    expect(await permissions(documentId, world.cookies.pemkot)).toMatchObject({
      canEdit: false,
      canSuggest: true,
      mustSuggest: true,
      // What else an editor may do stays: approving for the party.
      canApprove: true,
    });
    expect(await permissions(documentId, world.cookies.asisten)).toMatchObject({
      canEdit: true,
      mustSuggest: false,
    });

    // The open socket was checked again: its suggestions pass, a direct edit does not.
    suggest(pemkot, pemkotMember, ' usulan pemkot');
    await arrives(observer, 'usulan pemkot');
    typeDirectly(pemkot, 'langsung dari pemkot ');
    expect(await refusal(pemkot)).toBe(RefusalReason.suggestion);

    expect((await setLimit([])).body.settings.suggestOnlyParties).toEqual([]);
    expect((await events.next('parties.suggestOnly')).data).toMatchObject({ partyIds: [] });
    expect(await permissions(documentId, world.cookies.pemkot)).toMatchObject({
      canEdit: true,
      mustSuggest: false,
    });
    const again = await open(documentId, world.cookies.pemkot);
    typeDirectly(again, 'langsung lagi ');
    await arrives(observer, 'langsung lagi');
  });

  it('is set by owners only, for parties of the cooperation only, and keeps the other settings', async () => {
    const { world } = ctx;
    const before = (await api(`/api/cooperations/${world.coop.id}`, world.cookies.ombudsman)).body.cooperation
      .settings;
    const byEditor = await setLimit([world.party1], world.cookies.asisten);
    expect(byEditor.status).toBe(403);
    const unknown = await setLimit(['bukan-pihak']);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ field: 'suggestOnlyParties', messageEn: expect.any(String) });
    expect((await setLimit(['x'.repeat(65)])).status).toBe(400);

    const res = await api(
      `/api/cooperations/${world.coop.id}/settings`,
      world.cookies.ombudsman,
      { timeZone: 'WITA' },
      'PATCH',
    );
    expect(res.status).toBe(200);
    const after = (await api(`/api/cooperations/${world.coop.id}`, world.cookies.ombudsman)).body.cooperation
      .settings;
    expect(after).toEqual({ ...before, timeZone: 'WITA' });
  });
});
