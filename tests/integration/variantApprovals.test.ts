import { describe, expect, it } from 'vitest';
import { partyMetaKey } from '../../shared/meta.ts';
import {
  type Approvable,
  approvables,
  approvalPath,
  approveAll,
  fillSigning,
  setMeta,
} from '../support/agreement.ts';
import { buildCooperation, buildMember, buildUser } from '../support/factories.ts';
import { buildUnits, buildVariants, placeInUnit } from '../support/variants.ts';
import { withServer } from '../support/withServer.ts';

/**
 * A cooperation whose city has two OPD, each with its head as a member, and a member of the
 * city in no OPD (the Bagian Kerja Sama); a master PKS with a variant for each OPD.
 */
const session = withServer(async (server) => {
  const owner = await buildUser(server, { displayName: 'Kepala Perwakilan' });
  const coop = await buildCooperation(server, owner.cookie);
  // The city's own editors keep its list of units: the Bagian Kerja Sama makes them.
  const bureau = await buildMember(server, owner.cookie, coop, 'editor');
  const [dukcapil, dinsos] = await buildUnits(server, bureau.cookie, coop, [
    {
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      shortName: 'Disdukcapil',
      headName: 'Drs. H. Mukti, M.Si.',
      headPosition: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    },
    {
      name: 'Dinas Sosial',
      shortName: 'Dinsos',
      headName: 'Hj. Rosmeli, S.Sos.',
      headPosition: 'Kepala Dinas Sosial',
    },
  ]);
  const headDukcapil = await buildMember(server, owner.cookie, coop, 'editor');
  const headDinsos = await buildMember(server, owner.cookie, coop, 'editor');
  await placeInUnit(server, owner.cookie, coop.id, headDukcapil.user.id, dukcapil!.id);
  await placeInUnit(server, owner.cookie, coop.id, headDinsos.user.id, dinsos!.id);
  const { masterId, variants } = await buildVariants(server, owner.cookie, coop.id, [
    dukcapil!.id,
    dinsos!.id,
  ]);
  const variantOf = (unitId: string) => variants.find((v) => v.unitId === unitId)!.documentId;
  return {
    coop,
    masterId,
    cookies: {
      owner: owner.cookie,
      headDukcapil: headDukcapil.cookie,
      headDinsos: headDinsos.cookie,
      bureau: bureau.cookie,
    },
    dukcapilPks: variantOf(dukcapil!.id),
    dinsosPks: variantOf(dinsos!.id),
  };
});
type Who = keyof typeof session.world.cookies;

const approve = (documentId: string, item: Approvable, who: Who) =>
  session.server.api(approvalPath(documentId, item.id), {
    cookie: session.world.cookies[who],
    body: { hash: item.hash },
  });
const firstClause = async (documentId: string) =>
  (await approvables(session.server, session.world.cookies.owner, documentId)).clauses[0]!;
const canApprove = async (documentId: string, who: Who) =>
  (await session.server.api(`/api/documents/${documentId}`, { cookie: session.world.cookies[who] })).body
    .permissions.canApprove as boolean;
const setBureauApproves = async (on: boolean) => {
  const res = await session.server.api(`/api/cooperations/${session.world.coop.id}/settings`, {
    cookie: session.world.cookies.owner,
    method: 'PATCH',
    body: { variantApprovalByCooperationBureau: on },
  });
  expect(res.status).toBe(200);
  expect(res.body.settings.variantApprovalByCooperationBureau).toBe(on);
};

describe('approving a PKS variant for its OPD', () => {
  it("only the variant's own OPD approves for the city; another OPD is refused in both languages", async () => {
    const { dukcapilPks, dinsosPks } = session.world;
    const clause = await firstClause(dukcapilPks);

    const refused = await approve(dukcapilPks, clause, 'headDinsos');
    expect(refused.status).toBe(403);
    expect(refused.body.error.id).toBe('approval.other_unit');
    expect(refused.body.error.message).toContain('Disdukcapil');
    expect(refused.body.error.messageEn).toContain('Disdukcapil');
    expect(await canApprove(dukcapilPks, 'headDinsos')).toBe(false);
    expect(await canApprove(dukcapilPks, 'headDukcapil')).toBe(true);
    // Withdrawing is refused alike: the other OPD cannot undo the OPD's approval either.
    const withdrawn = await session.server.api(approvalPath(dukcapilPks, clause.id), {
      cookie: session.world.cookies.headDinsos,
      method: 'DELETE',
    });
    expect(withdrawn.body.error.id).toBe('approval.other_unit');

    expect((await approve(dukcapilPks, clause, 'headDukcapil')).status).toBe(201);
    expect((await approve(dukcapilPks, clause, 'owner')).status).toBe(201);
    expect((await firstClause(dukcapilPks)).state).toBe('agreed');

    // The other variant is the other way round; the master takes any editor of the city.
    expect((await approve(dinsosPks, await firstClause(dinsosPks), 'headDukcapil')).status).toBe(403);
    expect((await approve(dinsosPks, await firstClause(dinsosPks), 'headDinsos')).status).toBe(201);
    const master = await firstClause(session.world.masterId);
    expect((await approve(session.world.masterId, master, 'headDinsos')).status).toBe(201);
  });

  it('the Bagian Kerja Sama approves a variant only while the cooperation says so', async () => {
    const { dinsosPks } = session.world;
    const clause = (await approvables(session.server, session.world.cookies.owner, dinsosPks)).clauses[1]!;
    const off = await approve(dinsosPks, clause, 'bureau');
    expect(off.status).toBe(403);
    expect(off.body.error.id).toBe('approval.other_unit');
    expect(await canApprove(dinsosPks, 'bureau')).toBe(false);

    await setBureauApproves(true);
    try {
      expect(await canApprove(dinsosPks, 'bureau')).toBe(true);
      expect((await approve(dinsosPks, clause, 'bureau')).status).toBe(201);
      // Another OPD stays refused whatever the setting.
      const other = await approve(
        dinsosPks,
        (await approvables(session.server, session.world.cookies.owner, dinsosPks)).clauses[2]!,
        'headDukcapil',
      );
      expect(other.body.error.id).toBe('approval.other_unit');
      const hint = other.body.error.message as string;
      expect(hint).toContain('Bagian Kerja Sama');
    } finally {
      await setBureauApproves(false);
    }
  });

  it('each variant is finalised and signed on its own, with its own numbers and dates', async () => {
    const { coop, dukcapilPks, dinsosPks, cookies } = session.world;
    const city = coop.parties.find((p) => p.ordinal === 2)!.id;
    const own = coop.parties.find((p) => p.ordinal === 1)!.id;
    await setMeta(session.server, cookies.owner, dukcapilPks, {
      [partyMetaKey.signatoryName(own)]: 'Abdul Rokhim',
      [partyMetaKey.signatoryPosition(own)]: 'Kepala Perwakilan',
      [partyMetaKey.number(own)]: 'B/101/PKS/2025',
      [partyMetaKey.number(city)]: '100.3.7/01/Disdukcapil/2025',
    });
    await setMeta(session.server, cookies.owner, dinsosPks, {
      [partyMetaKey.number(own)]: 'B/102/PKS/2025',
      [partyMetaKey.number(city)]: '100.3.7/02/Dinsos/2025',
    });
    await fillSigning(session.server, cookies.owner, dukcapilPks);
    await approveAll(session.server, [cookies.owner, cookies.headDukcapil], dukcapilPks);
    const finalised = await session.server.api(`/api/documents/${dukcapilPks}/finalize`, {
      cookie: cookies.owner,
      method: 'POST',
    });
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    const signed = await session.server.api(`/api/documents/${dukcapilPks}/sign`, {
      cookie: cookies.owner,
      body: { date: '2025-06-23', place: 'Kota Jambi' },
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.document.status).toBe('signed');

    const read = async (id: string) =>
      (await session.server.api(`/api/documents/${id}`, { cookie: cookies.owner })).body.document;
    const [dukcapil, dinsos] = [await read(dukcapilPks), await read(dinsosPks)];
    expect(dukcapil.meta).toMatchObject({
      date: '2025-06-23',
      [partyMetaKey.signatoryName(city)]: 'Drs. H. Mukti, M.Si.',
      [partyMetaKey.number(city)]: '100.3.7/01/Disdukcapil/2025',
    });
    expect(dukcapil.fingerprint?.short).toBeTruthy();
    // The other OPD's PKS is untouched: still a draft, its own numbers, no signing date.
    expect(dinsos.status).toBe('draft');
    expect(dinsos.meta[partyMetaKey.number(city)]).toBe('100.3.7/02/Dinsos/2025');
    expect(dinsos.meta.date ?? '').toBe('');
    expect((await read(session.world.masterId)).status).toBe('draft');
  });
});
