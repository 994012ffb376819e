import { describe, expect, it } from 'vitest';
import type { ObligationProposalDTO, StoredProposalsResponse } from '../../shared/api/obligations.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;
type Who = keyof typeof cookies;

const proposalsPath = (id: string) => `/api/documents/${id}/obligations/proposals`;
const read = (id: string, who: Who) => demo.server.api(proposalsPath(id), { cookie: cookies[who] });
const store = (id: string, who: Who) =>
  demo.server.api<StoredProposalsResponse>(proposalsPath(id), {
    cookie: cookies[who],
    method: 'POST',
    body: {},
  });

describe('obligations proposed from a document', () => {
  it('are read from a final PKS by any member, stored once by an editor, each bound to its party', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    const draft = await read(id, 'tamu');
    expect(draft.status).toBe(409);
    expect(draft.body.error).toMatchObject({ id: 'obligation.not_final' });
    expect(draft.body.error.message).toContain('final');
    expect(draft.body.error.messageEn).toContain('Finalise this document first');
    expect((await store(id, 'pemkot')).status).toBe(409);

    await finaliseAgreed(demo.server, [cookies.ombudsman, cookies.pemkot], id);
    const listed = await read(id, 'tamu');
    expect(listed.status).toBe(200);
    const proposals = listed.body.proposals as ObligationProposalDTO[];
    expect(proposals.map((p) => p.path)).toEqual([
      ...['a', 'b', 'c', 'd'].map((l) => `Pasal 4 ayat (2) huruf ${l}`),
      ...['a', 'b', 'c', 'd', 'e'].map((l) => `Pasal 4 ayat (4) huruf ${l}`),
      'Pasal 5 ayat (4)',
      'Pasal 7 ayat (1)',
      'Pasal 7 ayat (2)',
    ]);
    expect(proposals.find((p) => p.path === 'Pasal 7 ayat (1)')).toMatchObject({
      party: { scope: 'party', label: 'PIHAK KEDUA', ordinal: 2 },
      due: { kind: 'recurring', everyMonths: 6 },
    });

    expect((await store(id, 'tamu')).status).toBe(403);
    const stored = await store(id, 'pemkot');
    expect(stored.status).toBe(200);
    expect(stored.body.added).toHaveLength(12);
    const partyOf = (ordinal: number) => demo.coop.parties.find((p) => p.ordinal === ordinal)!.id;
    expect(stored.body.added.map((o) => [o.clausePath, o.partyScope, o.partyId, o.status])).toEqual(
      proposals.map((p) => [
        p.path,
        p.party.scope,
        p.party.scope === 'party' ? partyOf(p.party.ordinal) : null,
        'proposed',
      ]),
    );
    expect(stored.body.added.find((o) => o.clausePath === 'Pasal 5 ayat (4)')?.due).toEqual({
      kind: 'after_event',
      amount: 7,
      unit: 'working_day',
      event: 'terjadinya perubahan',
      fromSigning: false,
    });

    const again = await store(id, 'ombudsman');
    expect(again.body.added).toEqual([]);
    expect(again.body.obligations.map((o) => o.id)).toEqual(stored.body.added.map((o) => o.id));
  });
});
