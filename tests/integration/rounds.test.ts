import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type TestClient, waitFor } from '../../server/collab/testing.ts';
import type { RoundDTO } from '../../shared/api/rounds.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { decideSuggestions, type SuggestionStamp } from '../../shared/suggestions/index.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { bodyOf, editBody } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { streamsPerTest } from '../support/eventStream.ts';
import { buildDocument } from '../support/factories.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies, open } = demo;
type Who = keyof typeof cookies;
const openStream = streamsPerTest(() => demo.server);

const api = (path: string, user: Who, body?: unknown) =>
  demo.server.api(path, { cookie: cookies[user], body });

/** The demo member `username`: user and party ids, for the stamps their suggestions carry. */
function memberOf(username: Who) {
  const m = demo.coop.members.find((x) => x.username === username)!;
  const party = demo.coop.parties.find((p) => p.id === m.partyId)!;
  return { userId: m.userId, partyId: m.partyId, shortName: party.shortName };
}

let serial = 0;
/** A new stamp by `username`, dated now (the server accepts a stamp within minutes of its clock). */
function stampBy(username: Who): SuggestionStamp {
  const { userId, partyId } = memberOf(username);
  serial += 1;
  return {
    id: `sg${Date.now().toString(36)}${serial}`,
    party: partyId,
    user: userId,
    ts: new Date().toISOString(),
  };
}

const clauseIdsOf = (doc: TestClient['doc']) =>
  (bodyOf(doc).content ?? []).filter((n) => n.type === 'clause').map((n) => String(n.attrs!.id));

/** Runs `change` on the first paragraph of clause `clauseId` (as PM JSON inline content). */
function inFirstParagraph(clauseId: string, change: (content: PMJSON[]) => PMJSON[]) {
  return (body: PMJSON): PMJSON => {
    const clause = body.content!.find((n) => n.type === 'clause' && n.attrs?.id === clauseId)!;
    const find = (n: PMJSON): PMJSON | undefined =>
      n.type === 'paragraph' ? n : (n.content ?? []).map(find).find(Boolean);
    const paragraph = find(clause)!;
    paragraph.content = change(paragraph.content ?? []);
    return body;
  };
}

/** Proposes `text` at the end of the clause's first paragraph: an `insertion` mark (a Yjs format). */
const suggestInsert = (clauseId: string, text: string, stamp: SuggestionStamp) =>
  inFirstParagraph(clauseId, (content) => [
    ...content,
    { type: 'text', text, marks: [{ type: 'insertion', attrs: { ...stamp } }] },
  ]);

/** Proposes removing the first word of the clause's first paragraph: a `deletion` mark over it. */
const suggestDeleteFirstWord = (clauseId: string, stamp: SuggestionStamp) =>
  inFirstParagraph(clauseId, (content) => {
    const [first, ...rest] = content;
    const text = first!.text!;
    const cut = text.indexOf(' ') + 1;
    return [
      {
        ...first!,
        text: text.slice(0, cut),
        marks: [...(first!.marks ?? []), { type: 'deletion', attrs: { ...stamp } }],
      },
      { ...first!, text: text.slice(cut) },
      ...rest,
    ];
  });

const firstWordOf = (doc: TestClient['doc'], clauseId: string) => {
  const clause = bodyOf(doc).content!.find((n) => n.attrs?.id === clauseId)!;
  return JSON.stringify(clause).match(/"text":"([^ "]+ )/)![1]!;
};

const bodyText = (client: TestClient) => client.doc.getXmlFragment('body').toString();
const sameBodies = (a: TestClient, b: TestClient) =>
  waitFor(() => JSON.stringify(bodyOf(a.doc)) === JSON.stringify(bodyOf(b.doc)), 'in step');

async function listRounds(documentId: string, who: Who) {
  const res = await api(`/api/documents/${documentId}/rounds`, who);
  expect(res.status).toBe(200);
  return res.body as { rounds: RoundDTO[]; canSend: boolean };
}

describe('negotiation rounds through the real server', () => {
  it('sends a round, tells the other party, and lists what each round proposed, accepted and rejected', async () => {
    const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const ombudsman = await open(document.id, 'ombudsman');
    const pemkot = await open(document.id, 'pemkot');
    const [c1, c2, c3] = clauseIdsOf(ombudsman.doc);
    const sender = memberOf('ombudsman');
    const other = memberOf('pemkot');

    // Ombudsman proposes two insertions and one deletion.
    const kept = stampBy('ombudsman');
    const dropped = stampBy('ombudsman');
    const removal = stampBy('ombudsman');
    const removedWord = firstWordOf(ombudsman.doc, c3!);
    editBody(ombudsman.doc, suggestInsert(c1!, ' Usulan yang diterima.', kept));
    editBody(ombudsman.doc, suggestInsert(c2!, ' Usulan yang ditolak.', dropped));
    editBody(ombudsman.doc, suggestDeleteFirstWord(c3!, removal));
    await sameBodies(ombudsman, pemkot);

    const none = await listRounds(document.id, 'pemkot');
    expect(none).toEqual({ rounds: [], canSend: true });
    const pemkotEvents = await openStream(demo.coop.id, cookies.pemkot);
    const ombudsmanEvents = await openStream(demo.coop.id, cookies.ombudsman);

    const sent = await api(`/api/documents/${document.id}/rounds`, 'ombudsman', {});
    expect(sent.status).toBe(201);
    const first = sent.body.round as RoundDTO;
    expect(first).toMatchObject({
      number: 1,
      label: `Putaran 1 — dikirim oleh ${sender.shortName}`,
      party: { id: sender.partyId, shortName: sender.shortName },
      by: { displayName: 'Kepala Perwakilan' },
      limitOtherParty: false,
      counts: { proposed: 3, accepted: 0, rejected: 0, pending: 3 },
      until: 'current',
    });
    const event = await pemkotEvents.next('document.round');
    expect(event.data).toMatchObject({
      documentId: document.id,
      versionId: first.versionId,
      number: 1,
      partyId: sender.partyId,
      toParties: [other.partyId],
      limitOtherParty: false,
      by: sender.userId,
    });
    // A round is a version of its own kind.
    const versions = await api(`/api/documents/${document.id}/versions`, 'pemkot');
    expect(versions.body.versions).toContainEqual(
      expect.objectContaining({ id: first.versionId, kind: 'round', label: first.label }),
    );
    expect(first.proposed.map((s) => [s.id, s.inserted, s.deleted])).toEqual([
      [kept.id, ' Usulan yang diterima.', ''],
      [dropped.id, ' Usulan yang ditolak.', ''],
      [removal.id, '', removedWord],
    ]);
    expect(first.proposed[0]).toMatchObject({
      clauseNumber: 1,
      author: { displayName: 'Kepala Perwakilan' },
    });

    // Pemkot's editor decides: one insertion and the deletion accepted, the other insertion rejected,
    // and answers with a suggestion of its own.
    editBody(pemkot.doc, (body) =>
      decideSuggestions(body, 'accept', (s) => s.id === kept.id || s.id === removal.id),
    );
    editBody(pemkot.doc, (body) => decideSuggestions(body, 'reject', (s) => s.id === dropped.id));
    const answer = stampBy('pemkot');
    editBody(pemkot.doc, suggestInsert(c2!, ' Jawaban Pemkot.', answer));
    await sameBodies(ombudsman, pemkot);
    expect(bodyText(ombudsman)).toContain('Usulan yang diterima.');
    expect(bodyText(ombudsman)).not.toContain('Usulan yang ditolak.');

    const mid = await listRounds(document.id, 'ombudsman');
    expect(mid.rounds[0]!.counts).toEqual({
      proposed: 3,
      accepted: 2,
      rejected: 1,
      withdrawn: 0,
      pending: 0,
    });

    const second = await api(`/api/documents/${document.id}/rounds`, 'pemkot', {
      name: 'Tanggapan Pemkot',
      limitOtherParty: true,
    });
    expect(second.status).toBe(201);
    expect(second.body.round).toMatchObject({
      number: 2,
      label: 'Tanggapan Pemkot',
      party: { id: other.partyId },
      limitOtherParty: true,
      counts: { proposed: 1, pending: 1 },
    });
    // The stream is the cooperation's: the sender's own members heard of round 1 too.
    expect((await ombudsmanEvents.next('document.round')).data.number).toBe(1);
    const back = await ombudsmanEvents.next('document.round');
    expect(back.data).toMatchObject({ number: 2, partyId: other.partyId, toParties: [sender.partyId] });
    expect(back.data.limitOtherParty).toBe(true);

    const { rounds } = await listRounds(document.id, 'tamu');
    expect(rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(rounds[0]!.until).toBe(rounds[1]!.versionId);
    const outcome = (id: string) => rounds[0]!.proposed.find((s) => s.id === id)?.outcome;
    expect([outcome(kept.id), outcome(dropped.id), outcome(removal.id)]).toEqual([
      'accepted',
      'rejected',
      'accepted',
    ]);
    expect(rounds[1]!.proposed.map((s) => [s.id, s.inserted, s.outcome])).toEqual([
      [answer.id, ' Jawaban Pemkot.', 'pending'],
    ]);
    expect(rounds[0]!.outcomesFrom).toBe('comparison');

    // A decision through the server is recorded, and the round reads it from the record.
    const decided = await api(`/api/documents/${document.id}/suggestions/decisions`, 'ombudsman', {
      decision: 'accept',
      ids: [answer.id],
    });
    expect(decided.status).toBe(200);
    const after = (await listRounds(document.id, 'pemkot')).rounds[1]!;
    expect(after.counts).toMatchObject({ proposed: 1, accepted: 1, pending: 0 });
    expect(after.outcomesFrom).toBe('record');

    // The sender limited the other party: the cooperation now limits Ombudsman to suggestions.
    const coop = await api(`/api/cooperations/${demo.coop.id}`, 'ombudsman');
    expect(coop.body.cooperation.settings.suggestOnlyParties).toEqual([sender.partyId]);

    // Two rounds compare like two versions: in the browser's JSON and as a redline .docx.
    const compare = await api(
      `/api/documents/${document.id}/compare?from=${rounds[0]!.versionId}&to=${rounds[1]!.versionId}`,
      'tamu',
    );
    expect(compare.status).toBe(200);
    // Each round reads as it proposes: what round 1 proposed and the city accepted is no
    // difference; the suggestion it rejected and its answer, both in Pasal 2, are.
    expect(compare.body.counts.changed).toBe(1);
    const changedTexts = JSON.stringify(compare.body.clauses);
    expect(changedTexts).toContain('Jawaban Pemkot.');
    expect(changedTexts).toContain('Usulan yang ditolak.');

    const res = await fetch(
      `${demo.server.url}/api/documents/${document.id}/compare.docx?from=${rounds[0]!.versionId}&to=${rounds[1]!.versionId}`,
      { headers: { cookie: cookies.tamu } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer())))
      .file('word/document.xml')!
      .async('string');
    expect(xml).toMatch(/<w:ins\b[^>]*>(?:(?!<\/w:ins>)[\s\S])*Jawaban Pemkot/);
    expect(xml).toMatch(/<w:del\b[^>]*>(?:(?!<\/w:del>)[\s\S])*Usulan yang ditolak/);
  }, 60_000);

  it('refuses a viewer, a malformed body and a final document, and sends nothing then', async () => {
    const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const viewer = await api(`/api/documents/${document.id}/rounds`, 'tamu', {});
    expect(viewer.status).toBe(403);
    expect((await listRounds(document.id, 'tamu')).canSend).toBe(false);
    for (const body of [{ name: '' }, { name: 'x'.repeat(201) }, { limitOtherParty: 'ya' }, { name: 7 }]) {
      const bad = await api(`/api/documents/${document.id}/rounds`, 'ombudsman', body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.error).toMatchObject({ message: expect.any(String), messageEn: expect.any(String) });
    }
    expect((await listRounds(document.id, 'ombudsman')).rounds).toEqual([]);

    // Once final, nothing is sent any more. (Pemkot fills the blanks: the test above left
    // Ombudsman limited to suggestions.)
    await finaliseAgreed(demo.server, [cookies.pemkot, cookies.ombudsman], document.id);
    const locked = await api(`/api/documents/${document.id}/rounds`, 'pemkot', {});
    expect(locked.status).toBe(409);
    expect(locked.body.error.id).toBe('document.not_draft');
    expect(await listRounds(document.id, 'pemkot')).toEqual({ rounds: [], canSend: false });
  }, 60_000);
});
