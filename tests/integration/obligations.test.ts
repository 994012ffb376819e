import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/api/common.ts';
import type {
  ObligationDTO,
  ObligationListResponse,
  ObligationProposalDTO,
  ObligationResponse,
  StoredProposalsResponse,
} from '../../shared/api/obligations.ts';
import type { UnitDTO } from '../../shared/api/units.ts';
import { finaliseAgreed } from '../support/agreement.ts';
import { demoSession } from '../support/demo.ts';
import { buildCooperation, buildDocument, buildUser } from '../support/factories.ts';

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

const listPath = (id: string) => `/api/documents/${id}/obligations`;
const list = async (id: string, who: Who) =>
  (await demo.server.api<ObligationListResponse>(listPath(id), { cookie: cookies[who] })).body.obligations;
/** The obligation written, or (on a refusal) the error. */
type Answer = ObligationResponse & Partial<ErrorBody>;
const patch = (id: string, cookie: string, body: unknown) =>
  demo.server.api<Answer>(`/api/obligations/${id}`, { cookie, method: 'PATCH', body });
const add = (id: string, cookie: string, body: unknown) =>
  demo.server.api<Answer>(listPath(id), { cookie, body });
const remove = (id: string, cookie: string) =>
  demo.server.api(`/api/obligations/${id}`, { cookie, method: 'DELETE' });
const newUnit = async (
  server: typeof demo.server,
  cookie: string,
  coopId: string,
  partyId: string,
  name: string,
) => {
  const res = await server.api<{ unit: UnitDTO }>(`/api/cooperations/${coopId}/units`, {
    cookie,
    body: { partyId, name },
  });
  expect(res.status).toBe(201);
  return res.body.unit;
};

describe('tracked obligations of a document', () => {
  it('are confirmed, edited, dismissed, added by hand and removed by editors; hostile inputs store nothing', async () => {
    const { id } = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'pks' });
    const draftAdd = await add(id, cookies.pemkot, { clauseId: 'x', partyScope: 'all', text: 'Sesuatu.' });
    expect(draftAdd.status).toBe(409);
    expect(draftAdd.body.error).toMatchObject({ id: 'obligation.not_final' });
    expect(await list(id, 'tamu')).toEqual([]);

    await finaliseAgreed(demo.server, [cookies.ombudsman, cookies.pemkot], id);
    expect((await store(id, 'pemkot')).status).toBe(200);
    const proposed = await list(id, 'tamu');
    expect(proposed).toHaveLength(12);
    expect(new Set(proposed.map((o) => o.status))).toEqual(new Set(['proposed']));
    const at = (obligations: ObligationDTO[], path: string) =>
      obligations.find((o) => o.clausePath === path)!;
    const report = at(proposed, 'Pasal 7 ayat (1)');
    const party = (ordinal: number) => demo.coop.parties.find((p) => p.ordinal === ordinal)!.id;
    const outsider = await buildUser(demo.server);
    const me = await demo.server.api('/api/me', { cookie: cookies.ombudsman });

    // Confirm: a viewer is refused, an outsider does not see it, an editor of either party confirms.
    expect((await patch(report.id, cookies.tamu, { status: 'confirmed' })).status).toBe(403);
    const hidden = await patch(report.id, outsider.cookie, { status: 'confirmed' });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error).toMatchObject({ id: 'obligation.not_found' });
    const confirmed = await patch(report.id, cookies.ombudsman, { status: 'confirmed' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.obligation).toMatchObject({ status: 'confirmed', decidedBy: me.body.user.id });
    expect(confirmed.body.obligation.decidedAt).not.toBeNull();

    // Edit the due rule and the evidence; the text's own name for the party stays.
    const edited = await patch(report.id, cookies.pemkot, {
      due: { kind: 'recurring', everyMonths: 3 },
      evidence: 'Laporan pelaksanaan triwulanan',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.obligation).toMatchObject({
      status: 'confirmed',
      due: { kind: 'recurring', everyMonths: 3 },
      evidence: 'Laporan pelaksanaan triwulanan',
      partyLabel: report.partyLabel,
      partyId: party(2),
    });

    // A bad due rule or an empty text: 400 with the error body, nothing written.
    for (const body of [
      { due: { kind: 'date', date: '2026-02-31' } },
      { due: { kind: 'recurring', everyMonths: 0 } },
      { due: { kind: 'after_event', amount: 5, unit: 'week', event: 'x', fromSigning: false } },
      { text: '   ' },
      {},
    ]) {
      const bad = await patch(report.id, cookies.pemkot, body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.error?.id).toBe('validation.invalid');
      expect(bad.body.error?.messageEn).toBeTruthy();
    }
    expect(at(await list(id, 'tamu'), 'Pasal 7 ayat (1)')).toEqual(edited.body.obligation);

    const dismissed = await patch(at(proposed, 'Pasal 5 ayat (4)').id, cookies.pemkot, {
      status: 'dismissed',
    });
    expect(dismissed.body.obligation.status).toBe('dismissed');

    // Add by hand: bound to the Pemkot, one of its units and the ayat of Pasal 7 the text reads.
    const unit = await newUnit(demo.server, cookies.pemkot, demo.coop.id, party(2), 'Dinas Uji Kewajiban');
    const manual = {
      clauseId: report.clauseId,
      ayatId: report.ayatId,
      partyScope: 'party',
      partyId: party(2),
      unitId: unit.id,
      text: 'PIHAK KEDUA menyampaikan daftar PIC setiap OPD.',
      evidence: 'Surat penunjukan PIC',
      due: {
        kind: 'after_event',
        amount: 10,
        unit: 'working_day',
        event: 'penandatanganan',
        fromSigning: true,
      },
    };
    expect((await add(id, cookies.tamu, manual)).status).toBe(403);
    expect((await add(id, outsider.cookie, manual)).status).toBe(404);
    const added = await add(id, cookies.ombudsman, manual);
    expect(added.status).toBe(201);
    expect(added.body.obligation).toMatchObject({
      clausePath: 'Pasal 7 ayat (1)',
      partyLabel: 'PIHAK KEDUA',
      unitId: unit.id,
      liaisonId: null,
      source: 'manual',
      status: 'proposed',
      due: manual.due,
    });

    // Hostile: a unit of another cooperation, an unknown clause or ayat, a party not of this
    // cooperation, a unit of the other party, a bad due rule. Each answers its id; nothing is stored.
    const stranger = await buildUser(demo.server);
    const other = await buildCooperation(demo.server, stranger.cookie);
    const otherParty = other.parties.find((p) => p.ordinal === 1)!.id;
    const foreignUnit = await newUnit(demo.server, stranger.cookie, other.id, otherParty, 'Dinas Lain');
    const cityUnitOfOmbudsman = { ...manual, partyId: party(1) };
    const otherClause = proposed.find((o) => o.clauseId !== report.clauseId && o.ayatId)!;
    for (const [body, status, errorId] of [
      [{ ...manual, unitId: foreignUnit.id }, 400, 'obligation.unknown_unit'],
      [cityUnitOfOmbudsman, 400, 'obligation.unknown_unit'],
      [{ ...manual, clauseId: 'pasal-tidak-ada' }, 400, 'obligation.unknown_clause'],
      [{ ...manual, ayatId: otherClause.ayatId }, 400, 'obligation.unknown_clause'],
      [{ ...manual, partyId: otherParty, unitId: null }, 400, 'obligation.unknown_party'],
      [{ ...manual, partyScope: 'all' }, 400, 'obligation.unknown_party'],
      [{ ...manual, liaisonId: 'l_tidak_ada' }, 400, 'obligation.unknown_liaison'],
      [{ ...manual, due: { kind: 'date', date: '2026-13-01' } }, 400, 'validation.invalid'],
      [
        { ...manual, due: { kind: 'after_event', amount: -3, unit: 'day', event: '', fromSigning: false } },
        400,
        'validation.invalid',
      ],
    ] as const) {
      const res = await add(id, cookies.ombudsman, body);
      expect(res.status, errorId).toBe(status);
      expect(res.body.error?.id).toBe(errorId);
      expect(res.body.error?.message).toBeTruthy();
      expect(res.body.error?.messageEn).toBeTruthy();
    }
    const moved = await patch(added.body.obligation.id, cookies.pemkot, { unitId: foreignUnit.id });
    expect(moved.body.error).toMatchObject({ id: 'obligation.unknown_unit' });
    const after = await list(id, 'tamu');
    expect(after).toHaveLength(13);
    expect(at(after, 'Pasal 7 ayat (1)')).toEqual(edited.body.obligation);
    expect(after.find((o) => o.source === 'manual')).toEqual(added.body.obligation);

    // Remove: only the one added by hand, still unconfirmed; a proposed one is dismissed instead.
    const refused = await remove(report.id, cookies.ombudsman);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ id: 'obligation.not_removable' });
    expect((await remove(added.body.obligation.id, cookies.tamu)).status).toBe(403);
    expect((await remove(added.body.obligation.id, cookies.pemkot)).status).toBe(204);
    expect((await remove(added.body.obligation.id, cookies.pemkot)).status).toBe(404);
    expect((await list(id, 'tamu')).map((o) => [o.clausePath, o.status])).toEqual(
      proposed.map((o) => [
        o.clausePath,
        o.id === report.id ? 'confirmed' : o.clausePath === 'Pasal 5 ayat (4)' ? 'dismissed' : 'proposed',
      ]),
    );
  });
});
