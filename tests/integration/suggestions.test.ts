import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type TestClient, waitFor } from '../../server/collab/testing.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { YDOC } from '../../shared/protocol.ts';
import { appendToClause, bodyOf, clause, editBody, insertAfter, paragraph } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

// Party 1: ombudsman (owner), asisten (editor). Party 2: pemkot, organisasi (editors), walikota (commenter).
const demo = demoSession(['ombudsman', 'asisten', 'pemkot', 'walikota']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;

const call = (method: 'GET' | 'POST', path: string, who: Who, body?: unknown) =>
  demo.server.api(path, { method, cookie: cookies[who], body });
const decide = (documentId: string, who: Who, body: Record<string, unknown>) =>
  call('POST', `/api/documents/${documentId}/suggestions/decisions`, who, body);

const memberOf = (who: Who) => {
  const m = demo.coop.members.find((x) => x.username === who);
  if (!m) throw new Error(`no demo member ${who}`);
  return m;
};

let counter = 0;
/** A stamp in `who`'s name, made now: what their editor puts on a suggestion. */
const stampOf = (who: Who) => {
  const m = memberOf(who);
  counter += 1;
  return {
    id: `s${Date.now().toString(36)}${counter}`,
    party: m.partyId,
    user: m.userId,
    ts: new Date().toISOString(),
  };
};

/** The first paragraph's text of clause `clauseId` in a client's Y.Doc (in an ayat if the Pasal has them). */
function paragraphText(doc: Y.Doc, clauseId: string): Y.XmlText {
  const clause = doc
    .getXmlFragment(YDOC.body)
    .toArray()
    .find((n) => n instanceof Y.XmlElement && n.getAttribute('id') === clauseId) as Y.XmlElement;
  const first = (el: Y.XmlElement): Y.XmlElement | null => {
    for (const child of el.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === 'paragraph') return child;
      const inner = first(child);
      if (inner) return inner;
    }
    return null;
  };
  const text = first(clause)?.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error(`no paragraph text in ${clauseId}`);
  return text;
}

/** Writes an insertion at the end of the clause's first paragraph, as y-tiptap stores the mark. */
function suggestInsertion(client: TestClient, clauseId: string, words: string, stamp: object) {
  const text = paragraphText(client.doc, clauseId);
  text.insert(text.length, words, { insertion: stamp });
}

/** Marks the first `length` characters of the clause's first paragraph as proposed for deletion. */
function suggestDeletion(client: TestClient, clauseId: string, length: number, stamp: object): string {
  const text = paragraphText(client.doc, clauseId);
  text.format(0, length, { deletion: stamp });
  return text.toString().length ? plain(text).slice(0, length) : '';
}

const plain = (text: Y.XmlText) =>
  (text.toDelta() as { insert: unknown }[])
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');

/** Every mark name on the clause's first paragraph. */
const marksIn = (doc: Y.Doc, clauseId: string) =>
  (paragraphText(doc, clauseId).toDelta() as { attributes?: Record<string, unknown> }[]).flatMap((d) =>
    Object.keys(d.attributes ?? {}),
  );

const clauseIds = (doc: Y.Doc) =>
  (bodyOf(doc).content ?? []).filter((n: PMJSON) => n.type === 'clause').map((n) => String(n.attrs?.id));

async function freshDocument() {
  const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
  const a = await open(document.id, 'asisten');
  const b = await open(document.id, 'pemkot');
  return { id: document.id, a, b, ids: clauseIds(a.doc) };
}

const pendingOf = async (documentId: string, clauseId: string) => {
  const res = await call('GET', `/api/documents/${documentId}`, 'pemkot');
  return (res.body.document.pendingByClause as Record<string, number>)[clauseId] ?? 0;
};

/** Waits until the server's copy holds `count` pending suggestions in the Pasal (it has stored the update). */
async function pendingOnServer(documentId: string, clauseId: string, count: number) {
  const start = Date.now();
  while ((await pendingOf(documentId, clauseId)) !== count) {
    if (Date.now() - start > 8000) throw new Error(`the server never saw ${count} pending in ${clauseId}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('deciding suggestions through the real server', () => {
  it('accepts another party’s suggestion for every client and records it', async () => {
    const { id, a, b, ids } = await freshDocument();
    const clauseId = ids[0]!;
    const stamp = stampOf('asisten');
    suggestInsertion(a, clauseId, ' dan pihak lain yang disepakati', stamp);
    await waitFor(() => marksIn(b.doc, clauseId).includes('insertion'), 'suggestion at B');
    await pendingOnServer(id, clauseId, 1);

    const res = await decide(id, 'pemkot', { decision: 'accept', ids: [stamp.id] });
    expect(res.status).toBe(200);
    expect(res.body.decided).toEqual([stamp.id]);
    expect(res.body.seq).toBeGreaterThan(0);
    for (const client of [a, b]) {
      await waitFor(() => !marksIn(client.doc, clauseId).includes('insertion'), 'mark gone');
      expect(plain(paragraphText(client.doc, clauseId))).toContain(' dan pihak lain yang disepakati');
    }
    expect(await pendingOf(id, clauseId)).toBe(0);

    const record = await call('GET', `/api/documents/${id}/suggestions/decisions`, 'walikota');
    expect(record.status).toBe(200);
    expect(record.body.decisions).toEqual([
      expect.objectContaining({
        suggestionId: stamp.id,
        decision: 'accept',
        userId: memberOf('pemkot').userId,
        partyId: memberOf('pemkot').partyId,
        clauseId,
        author: { userId: stamp.user, partyId: stamp.party, at: stamp.ts },
        inserted: ' dan pihak lain yang disepakati',
        deleted: '',
        confirmedStale: false,
      }),
    ]);
    // Decided once: it is no longer pending.
    const again = await decide(id, 'pemkot', { decision: 'accept', ids: [stamp.id] });
    expect(again.status).toBe(404);
    expect(again.body.error.id).toBe('suggestion.not_found');
  });

  it('refuses the author’s own party and commenters, and lets the author withdraw', async () => {
    const { id, a, b, ids } = await freshDocument();
    const clauseId = ids[1]!;
    const stamp = stampOf('asisten');
    suggestInsertion(a, clauseId, ' (usulan ditarik)', stamp);
    await pendingOnServer(id, clauseId, 1);

    for (const who of ['asisten', 'ombudsman', 'walikota'] as const) {
      const res = await decide(id, who, { decision: 'accept', ids: [stamp.id] });
      expect(res.status, who).toBe(403);
      expect(res.body.error.id).toBe('suggestion.forbidden');
    }
    // Deciding "all" as the author's party owner: nothing they may decide, so refused too.
    expect((await decide(id, 'ombudsman', { decision: 'reject' })).status).toBe(403);

    const withdrawn = await decide(id, 'asisten', { decision: 'reject', ids: [stamp.id] });
    expect(withdrawn.status).toBe(200);
    for (const client of [a, b])
      await waitFor(() => !plain(paragraphText(client.doc, clauseId)).includes('(usulan ditarik)'), 'gone');
    const record = await call('GET', `/api/documents/${id}/suggestions/decisions`, 'pemkot');
    expect(record.body.decisions[0]).toMatchObject({ suggestionId: stamp.id, decision: 'withdraw' });
  });

  it('asks for confirmation when the Pasal changed since, naming the text that goes', async () => {
    const { id, a, b, ids } = await freshDocument();
    const clauseId = ids[2]!;
    const stamp = stampOf('asisten');
    const removed = suggestDeletion(a, clauseId, 12, stamp);
    expect(removed).toHaveLength(12);
    await waitFor(() => marksIn(b.doc, clauseId).includes('deletion'), 'suggestion at B');
    editBody(b.doc, appendToClause(clauseId, 'Kalimat baru dari Pemkot.'));
    await waitFor(
      () => plain(paragraphText(a.doc, clauseId)) !== '' && bodyHas(a.doc, 'Kalimat baru dari Pemkot.'),
      'edit at A',
    );

    const stale = await decide(id, 'pemkot', { decision: 'accept', ids: [stamp.id] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.id).toBe('suggestion.stale');
    expect(stale.body.error.details.suggestions).toEqual([{ id: stamp.id, clauseId, removes: removed }]);
    expect(stale.body.error.message).toContain(removed);
    expect(marksIn(a.doc, clauseId)).toContain('deletion');

    const confirmed = await decide(id, 'pemkot', { decision: 'accept', ids: [stamp.id], confirm: true });
    expect(confirmed.status).toBe(200);
    await waitFor(() => !marksIn(a.doc, clauseId).includes('deletion'), 'decided at A');
    expect(plain(paragraphText(a.doc, clauseId)).startsWith(removed)).toBe(false);
    const record = await call('GET', `/api/documents/${id}/suggestions/decisions`, 'pemkot');
    expect(record.body.decisions[0]).toMatchObject({ deleted: removed, confirmedStale: true });
  });

  it('blocks approving the Pasal and finalising while a suggestion is pending', async () => {
    const { id, a, ids } = await freshDocument();
    const clauseId = ids[3]!;
    const stamp = stampOf('asisten');
    suggestInsertion(a, clauseId, ' sesuai peraturan', stamp);
    await pendingOnServer(id, clauseId, 1);

    const hashOf = async () => {
      const res = await call('GET', `/api/documents/${id}`, 'pemkot');
      return (res.body.document.clauses as { id: string; hash: string }[]).find((c) => c.id === clauseId)!
        .hash;
    };
    const approve = async () =>
      call('POST', `/api/documents/${id}/clauses/${clauseId}/approvals`, 'pemkot', { hash: await hashOf() });
    const refused = await approve();
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('approval.pending_suggestions');

    const finalise = await call('POST', `/api/documents/${id}/finalize`, 'pemkot');
    expect(finalise.status).toBe(409);
    expect(finalise.body.error.id).toBe('document.incomplete');
    expect(finalise.body.error.details.items).toContainEqual({
      key: 'suggestions',
      label: {
        id: '1 usulan belum diterima atau ditolak',
        en: '1 suggestion(s) not yet accepted or rejected',
      },
    });

    expect((await decide(id, 'pemkot', { decision: 'reject', clauseId })).status).toBe(200);
    expect((await approve()).status).toBe(201);
    const after = await call('POST', `/api/documents/${id}/finalize`, 'pemkot');
    expect(JSON.stringify(after.body.error.details ?? {})).not.toContain('"suggestions"');
  });

  it('rejects a proposed paragraph and a proposed Pasal: both leave every copy', async () => {
    const { id, a, b, ids } = await freshDocument();
    const block = { ...stampOf('asisten'), kind: 'insert' };
    const whole = { ...stampOf('asisten'), kind: 'insert' };
    editBody(a.doc, (body) => {
      const withParagraph = appendToClause(ids[4]!, {
        ...paragraph('Ayat tambahan yang diusulkan.'),
        attrs: { suggestion: block },
      })(body);
      const proposed = { ...clause('pasalusul01', 'Pasal Usulan', paragraph('Isi pasal usulan.')) };
      proposed.attrs = { ...proposed.attrs, suggestion: whole };
      return insertAfter(ids[5]!, proposed)(withParagraph);
    });
    await waitFor(() => bodyHas(b.doc, 'Isi pasal usulan.'), 'proposals at B');
    await pendingOnServer(id, ids[4]!, 1);

    const res = await decide(id, 'pemkot', { decision: 'reject', party: block.party });
    expect(res.status).toBe(200);
    expect(new Set(res.body.decided)).toEqual(new Set([block.id, whole.id]));
    for (const client of [a, b]) {
      await waitFor(() => !bodyHas(client.doc, 'Isi pasal usulan.'), 'Pasal gone');
      await waitFor(() => !bodyHas(client.doc, 'Ayat tambahan yang diusulkan.'), 'paragraph gone');
    }
    expect(clauseIds(b.doc)).toEqual(ids);
  });

  it('closes the discussion point that proposed a suggestion when it is accepted', async () => {
    const { id, a, ids } = await freshDocument();
    const clauseId = ids[0]!;
    const stamp = stampOf('asisten');
    suggestInsertion(a, clauseId, ' termasuk pelatihan', stamp);
    await pendingOnServer(id, clauseId, 1);
    const raised = await call('POST', `/api/cooperations/${demo.coop.id}/points`, 'asisten', {
      text: 'Usul menambahkan pelatihan.',
      documentId: id,
      clauseId,
      suggestionId: stamp.id,
    });
    expect(raised.status).toBe(201);
    expect(raised.body.point).toMatchObject({ state: 'open', suggestionId: stamp.id });

    expect((await decide(id, 'pemkot', { decision: 'accept', party: stamp.party })).body.decided).toEqual([
      stamp.id,
    ]);
    const list = await call('GET', `/api/cooperations/${demo.coop.id}/points?documentId=${id}`, 'asisten');
    const point = list.body.points.find((p: { id: string }) => p.id === raised.body.point.id);
    expect(point).toMatchObject({ state: 'agreed', suggestionId: stamp.id });
    expect(point.decidedAt).not.toBeNull();
  });
});

const bodyHas = (doc: Y.Doc, words: string) => JSON.stringify(bodyOf(doc)).includes(words);
