import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { CooperationResponse } from '../../shared/api/cooperations.ts';
import type { ClauseSummaryDTO } from '../../shared/api/documents.ts';
import { CloseCode } from '../../shared/protocol.ts';
import {
  buildCooperation,
  buildDocument,
  buildMember,
  buildUser,
  demoCooperation,
} from '../support/factories.ts';
import { withServer } from '../support/withServer.ts';

const ctx = withServer();

const expectNumberedClauses = (clauses: ClauseSummaryDTO[]) => {
  expect(clauses.length).toBeGreaterThan(3);
  expect(clauses.map((c) => c.number)).toEqual(clauses.map((_, i) => i + 1));
  for (const c of clauses) {
    expect(c.id).toEqual(expect.any(String));
    expect(c.heading.length).toBeGreaterThan(0);
    expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.state).toBe('draft');
    expect(c.approvals).toEqual([]);
  }
  expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
};

describe('creating documents from the templates', () => {
  it('an MoU: clauses numbered 1..N, meta from the template, full rights for its editor', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie, { title: 'Kerja Sama Pelayanan Publik' });
    const res = await ctx.server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie: creator.cookie,
      body: { kind: 'mou' },
    });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({
      kind: 'mou',
      status: 'draft',
      cooperationId: coop.id,
      mouId: null,
    });

    const doc = await ctx.server.api(`/api/documents/${res.body.document.id}`, { cookie: creator.cookie });
    expect(doc.status).toBe(200);
    expect(doc.body.document).toMatchObject({
      id: res.body.document.id,
      kind: 'mou',
      cooperationId: coop.id,
    });
    expectNumberedClauses(doc.body.document.clauses);
    expect(Object.keys(doc.body.document.meta).length).toBeGreaterThan(0);
    expect(doc.body.permissions).toEqual({
      canAmend: false,
      canEdit: true,
      canSuggest: true,
      mustSuggest: false,
      canComment: true,
      canApprove: true,
      canFinalize: true,
      canReopen: false,
      canSign: false,
      canSaveVersion: true,
      canRestore: true,
    });

    const listed = await ctx.server.api<CooperationResponse>(`/api/cooperations/${coop.id}`, {
      cookie: creator.cookie,
    });
    expect(listed.body.cooperation.documents.map((d) => d.id)).toEqual([res.body.document.id]);
  });

  it('a PKS cites the MoU: the one named, else the latest', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const mou = await buildDocument(ctx.server, creator.cookie, coop.id, { kind: 'mou' });
    const named = await buildDocument(ctx.server, creator.cookie, coop.id, {
      kind: 'pks',
      mouId: mou.id,
      title: 'PKS Uji',
    });
    const implicit = await buildDocument(ctx.server, creator.cookie, coop.id, { kind: 'pks' });
    const a = await ctx.server.api(`/api/documents/${named.id}`, { cookie: creator.cookie });
    const b = await ctx.server.api(`/api/documents/${implicit.id}`, { cookie: creator.cookie });
    expect(a.body.document.mouId).toBe(mou.id);
    expect(a.body.document.title).toBe('PKS Uji');
    expect(b.body.document.mouId).toBe(mou.id);
    expectNumberedClauses(a.body.document.clauses);
  });

  it('refuses bad input, naming the field', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const path = `/api/cooperations/${coop.id}/documents`;
    const badKind = await ctx.server.api(path, { cookie: creator.cookie, body: { kind: 'kontrak' } });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.field).toBe('kind');
    expect(badKind.body.error.message).toContain('kind');
    const pks = await buildDocument(ctx.server, creator.cookie, coop.id, { kind: 'pks' });
    const notAnMou = await ctx.server.api(path, {
      cookie: creator.cookie,
      body: { kind: 'pks', mouId: pks.id },
    });
    expect(notAnMou.status).toBe(400);
    expect(notAnMou.body.error.field).toBe('mouId');
    const malformed = await ctx.server.api(path, { cookie: creator.cookie, body: '{"kind":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.id).toBe('http.malformed_json');
  });

  it('viewers and commenters read but do not create; outsiders see nothing', async () => {
    const creator = await buildUser(ctx.server);
    const coop = await buildCooperation(ctx.server, creator.cookie);
    const mou = await buildDocument(ctx.server, creator.cookie, coop.id, { kind: 'mou' });
    const viewer = await buildMember(ctx.server, creator.cookie, coop, 'viewer');
    const commenter = await buildMember(ctx.server, creator.cookie, coop, 'commenter');
    const outsider = await buildUser(ctx.server);

    const create = (cookie: string) =>
      ctx.server.api(`/api/cooperations/${coop.id}/documents`, { cookie, body: { kind: 'mou' } });
    expect((await create(viewer.cookie)).status).toBe(403);
    expect((await create(commenter.cookie)).status).toBe(403);
    expect((await create(outsider.cookie)).status).toBe(404);

    const asViewer = await ctx.server.api(`/api/documents/${mou.id}`, { cookie: viewer.cookie });
    expect(asViewer.status).toBe(200);
    const nothing = {
      canAmend: false,
      canEdit: false,
      canSuggest: false,
      mustSuggest: false,
      canComment: false,
      canApprove: false,
      canFinalize: false,
      canReopen: false,
      canSign: false,
      canSaveVersion: false,
      canRestore: false,
    };
    expect(asViewer.body.permissions).toEqual(nothing);
    const asCommenter = await ctx.server.api(`/api/documents/${mou.id}`, { cookie: commenter.cookie });
    expect(asCommenter.body.permissions).toEqual({ ...nothing, canComment: true });

    const asOutsider = await ctx.server.api(`/api/documents/${mou.id}`, { cookie: outsider.cookie });
    expect(asOutsider.status).toBe(404);
    expect(asOutsider.body.error.id).toBe('document.not_found');
    const missing = await ctx.server.api('/api/documents/tidak-ada', { cookie: outsider.cookie });
    expect(missing.body).toEqual(asOutsider.body);
    expect((await ctx.server.api(`/api/documents/${mou.id}`)).status).toBe(401);
  });
});

describe('the demo documents', () => {
  it('the MoU and the PKS drafts open with numbered clauses; the PKS cites the MoU', async () => {
    const cookie = await ctx.server.login('pemkot');
    const demo = await demoCooperation(ctx.server, cookie);
    const mou = demo.documents.find((d) => d.kind === 'mou');
    const pks = demo.documents.find((d) => d.kind === 'pks' && d.tier === 'single');
    const m = await ctx.server.api(`/api/documents/${mou!.id}`, { cookie });
    const p = await ctx.server.api(`/api/documents/${pks!.id}`, { cookie });
    expectNumberedClauses(m.body.document.clauses);
    expectNumberedClauses(p.body.document.clauses);
    expect(p.body.document.mouId).toBe(mou!.id);
    expect(m.body.permissions.canEdit).toBe(true);
    // Signatories marked among the members fill the signature fields of the meta.
    const [ombudsman, city] = demo.parties;
    expect(m.body.document.meta[`signatoryPosition.${city!.id}`]).toBe('Wali Kota Jambi');
    expect(m.body.document.meta[`signatoryName.${ombudsman!.id}`]).toBe('Kepala Perwakilan');
    expect(m.body.document.completeness).toMatchObject({ items: expect.any(Array) });
    const tamu = await ctx.server.login('tamu');
    const asTamu = await ctx.server.api(`/api/documents/${mou!.id}`, { cookie: tamu });
    expect(asTamu.body.permissions.canEdit).toBe(false);
  });

  it('survive a graceful restart unchanged', async () => {
    const cookie = await ctx.server.login('ombudsman');
    const demo = await demoCooperation(ctx.server, cookie);
    const before = await ctx.server.api(`/api/documents/${demo.documents[0]!.id}`, { cookie });
    await ctx.server.restart();
    // Sessions are stored, so the cookie still works after the restart.
    const after = await ctx.server.api(`/api/documents/${demo.documents[0]!.id}`, { cookie });
    expect(after.status).toBe(200);
    expect(after.body.document.clauses).toEqual(before.body.document.clauses);
    expect(after.body.document.meta).toEqual(before.body.document.meta);
    // No second demo on a database that has users.
    const list = await ctx.server.api('/api/cooperations', { cookie });
    expect(list.body.cooperations).toHaveLength(1);
  });
});

describe('the collaboration socket is authorised by session, Origin and membership', () => {
  const closeCode = (documentId: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${ctx.server.wsUrl}/collab/${documentId}`, { headers });
      ws.on('close', (code) => resolve(code));
      ws.on('error', reject);
    });

  it('refuses anonymous 4401, unknown document 4404, foreign Origin and non-member 4403', async () => {
    const cookie = await ctx.server.login('pemkot');
    const demo = await demoCooperation(ctx.server, cookie);
    const id = demo.documents[0]!.id;
    expect(await closeCode(id, {})).toBe(CloseCode.unauthorised);
    expect(await closeCode('tidak-ada', { cookie })).toBe(CloseCode.notFound);
    expect(await closeCode(id, { cookie, origin: 'https://penyerang.example' })).toBe(CloseCode.forbidden);
    const outsider = await buildUser(ctx.server);
    expect(await closeCode(id, { cookie: outsider.cookie })).toBe(CloseCode.forbidden);
  });

  it("a member's stock y-websocket client syncs the template content", async () => {
    const cookie = await ctx.server.login('pemkot');
    const demo = await demoCooperation(ctx.server, cookie);
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin: ctx.server.url } });
      }
    }
    const ydoc = new Y.Doc();
    const provider = new WebsocketProvider(`${ctx.server.wsUrl}/collab`, demo.documents[0]!.id, ydoc, {
      WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    try {
      await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
      expect(ydoc.getXmlFragment('body').length).toBeGreaterThan(3);
      expect(ydoc.getMap('meta').get('title')).toBe('Nota Kesepakatan');
    } finally {
      provider.destroy();
      ydoc.destroy();
    }
  });
});
