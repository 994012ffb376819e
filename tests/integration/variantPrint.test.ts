import { describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../server/word/export/docxXml.ts';
import type { DocumentSummaryDTO } from '../../shared/api/cooperations.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { PART } from '../../shared/signedParts.ts';
import { approveAll, fillSigning, setMeta } from '../support/agreement.ts';
import { buildCooperation, buildDocument, buildMember, buildUser } from '../support/factories.ts';
import { buildUnits, placeInUnit } from '../support/variants.ts';
import { withServer } from '../support/withServer.ts';

/**
 * A variant is its OPD's own agreement: its title and signatures name the OPD and its head
 * (under the surat kuasa), and a final variant keeps what it was finalised with, whatever
 * happens later to its unit or its MoU. Two masters made from the template with variables,
 * each with a variant for Disdukcapil, and the first for Dinsos too.
 */
const session = withServer(async (server) => {
  const owner = await buildUser(server, { displayName: 'Kepala Perwakilan' });
  const coop = await buildCooperation(server, owner.cookie, {
    parties: [
      { name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi', shortName: 'Ombudsman RI Jambi' },
      { name: 'Pemerintah Kota Jambi', shortName: 'Pemkot Jambi', seat: 'Kota Jambi' },
    ],
  });
  const bureau = await buildMember(server, owner.cookie, coop, 'editor');
  const [dukcapil, dinsos] = await buildUnits(server, bureau.cookie, coop, [
    {
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      shortName: 'Disdukcapil',
      headName: 'Drs. H. Abdul Rahman, M.Si.',
      headPosition: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
      headNip: '196804121994031007',
      kuasaRef: 'Wali Kota Jambi Nomor 180/101/HK/2025 tanggal 2 Juni 2025',
      address: 'Jl. Jenderal Basuki Rahmat No. 1, Kota Jambi',
    },
    { name: 'Dinas Sosial', shortName: 'Dinsos', headName: 'Dra. Hj. Nurhayati, M.M.' },
  ]);
  const head = await buildMember(server, owner.cookie, coop, 'editor');
  await placeInUnit(server, owner.cookie, coop.id, head.user.id, dukcapil!.id);
  const mou = await buildDocument(server, owner.cookie, coop.id, { kind: 'mou' });
  const [own, city] = [...coop.parties].sort((a, b) => a.ordinal - b.ordinal).map((p) => p.id);
  await setMeta(server, owner.cookie, mou.id, {
    [partyMetaKey.number(own!)]: 'B/12/MoU/III/2025',
    [partyMetaKey.number(city!)]: '130/45/Pemkot/2025',
    [META.date]: '2025-03-10',
  });
  const variantsOf = async (unitIds: string[]) => {
    const master = await server.api(`/api/cooperations/${coop.id}/documents`, {
      cookie: owner.cookie,
      body: { kind: 'pks', master: true, mouId: mou.id },
    });
    expect(master.status).toBe(201);
    const made = await server.api(`/api/documents/${master.body.document.id}/variants`, {
      cookie: owner.cookie,
      body: { unitIds },
    });
    expect(made.status).toBe(201);
    const byUnit = (id: string) =>
      (made.body.variants as { documentId: string; unitId: string }[]).find((v) => v.unitId === id)!
        .documentId;
    return { masterId: master.body.document.id as string, byUnit };
  };
  const first = await variantsOf([dukcapil!.id, dinsos!.id]);
  const second = await variantsOf([dukcapil!.id]);
  return {
    coop,
    own: own!,
    city: city!,
    mouId: mou.id,
    dukcapilId: dukcapil!.id,
    cookies: { owner: owner.cookie, bureau: bureau.cookie, head: head.cookie },
    masterId: first.masterId,
    dukcapilPks: first.byUnit(dukcapil!.id),
    dinsosPks: first.byUnit(dinsos!.id),
    laterDukcapilPks: second.byUnit(dukcapil!.id),
  };
});

/** The paragraphs of a document's exported .docx (those in tables included), as text. */
async function printed(documentId: string): Promise<string[]> {
  const res = await fetch(`${session.server.url}/api/documents/${documentId}/export.docx`, {
    headers: { cookie: session.world.cookies.owner },
  });
  expect(res.status).toBe(200);
  return paragraphs((await readDocx(Buffer.from(await res.arrayBuffer()))).document).map((p) => p.text);
}

/** The title block's lines from "ANTARA" to "TENTANG". */
const titleOf = (lines: string[]) => lines.slice(lines.indexOf('ANTARA'), lines.indexOf('TENTANG') + 1);

const read = async (documentId: string) =>
  (await session.server.api(`/api/documents/${documentId}`, { cookie: session.world.cookies.owner })).body
    .document;

const KUASA = 'berdasarkan Surat Kuasa Wali Kota Jambi Nomor 180/101/HK/2025 tanggal 2 Juni 2025';

describe('a PKS variant on paper', () => {
  it('is titled with its OPD, and its head signs for the city under the surat kuasa', async () => {
    const lines = await printed(session.world.dukcapilPks);
    expect(titleOf(lines)).toEqual([
      'ANTARA',
      'OMBUDSMAN REPUBLIK INDONESIA PERWAKILAN PROVINSI JAMBI',
      'DAN',
      'DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA JAMBI',
      'TENTANG',
    ]);
    const signature = lines.slice(lines.lastIndexOf('PIHAK KEDUA,'));
    expect(signature.slice(0, 3)).toEqual([
      'PIHAK KEDUA,',
      'KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA JAMBI,',
      KUASA,
    ]);
    expect(lines).toContain('Drs. H. ABDUL RAHMAN, M.Si.');
    expect(lines).toContain('NIP. 196804121994031007');
    // The other OPD's variant names its own, with the region of the city; the master the city.
    expect(titleOf(await printed(session.world.dinsosPks))[3]).toBe('DINAS SOSIAL KOTA JAMBI');
    const master = await printed(session.world.masterId);
    expect(titleOf(master)[3]).toBe('PEMERINTAH KOTA JAMBI');
    expect(master).not.toContain(KUASA);
    // The editor shows the parties as the paper prints them.
    const { printedParties } = await read(session.world.dukcapilPks);
    expect(printedParties[1]).toEqual({
      id: session.world.city,
      ordinal: 2,
      name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
      shortName: 'Disdukcapil',
      signatory: {
        name: 'Drs. H. Abdul Rahman, M.Si.',
        position: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
        nip: '196804121994031007',
        kuasaRef: 'Wali Kota Jambi Nomor 180/101/HK/2025 tanggal 2 Juni 2025',
      },
    });
    expect((await read(session.world.masterId)).printedParties[1]).toMatchObject({
      name: 'Pemerintah Kota Jambi',
      shortName: 'Pemkot Jambi',
    });
  });

  it('a final variant keeps the head, kuasa and numbers it was finalised with; a draft follows its unit', async () => {
    const { cookies, own, city, dukcapilPks, laterDukcapilPks, dukcapilId } = session.world;
    await setMeta(session.server, cookies.owner, dukcapilPks, {
      [partyMetaKey.signatoryName(own)]: 'Abdul Rokhim',
      [partyMetaKey.signatoryPosition(own)]: 'Kepala Perwakilan',
      [partyMetaKey.number(own)]: 'B/101/PKS/2025',
      [partyMetaKey.number(city)]: '100.3.7/01/Disdukcapil/2025',
    });
    await fillSigning(session.server, cookies.owner, dukcapilPks);
    await approveAll(session.server, [cookies.owner, cookies.head], dukcapilPks);
    const finalised = await session.server.api(`/api/documents/${dukcapilPks}/finalize`, {
      cookie: cookies.owner,
      method: 'POST',
    });
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    const before = await read(dukcapilPks);
    const partiesHash = (d: { parts: { id: string; hash: string }[] }) =>
      d.parts.find((p) => p.id === PART.parties)!.hash;

    // After finalising, the unit gets a new head and surat kuasa, and the MoU a new number.
    const changed = await session.server.api(`/api/units/${dukcapilId}`, {
      cookie: cookies.bureau,
      method: 'PATCH',
      body: {
        headName: 'Ir. Bambang Sutejo, M.T.',
        headNip: '197501012000031001',
        kuasaRef: 'Wali Kota Jambi Nomor 180/555/HK/2025 tanggal 1 Agustus 2025',
      },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    await setMeta(session.server, cookies.owner, session.world.mouId, {
      [partyMetaKey.number(own)]: 'B/99/MoU/VIII/2025',
    });

    const final = await printed(dukcapilPks);
    const text = final.join('\n');
    expect(final).toContain('Drs. H. ABDUL RAHMAN, M.Si.');
    expect(final).toContain('NIP. 196804121994031007');
    expect(final).toContain(KUASA);
    expect(text).toContain('Drs. H. Abdul Rahman, M.Si., Kepala Dinas Kependudukan');
    expect(text).toContain('B/12/MoU/III/2025');
    expect(text).not.toContain('Bambang');
    expect(text).not.toContain('B/99/MoU');
    // What the API shows of it is frozen alike: the variables' values, the parts and the fingerprint.
    const after = await read(dukcapilPks);
    expect(after.variables.headName).toBe('Drs. H. Abdul Rahman, M.Si.');
    expect(partiesHash(after)).toBe(partiesHash(before));
    expect(after.fingerprint.short).toBe(before.fingerprint.short);
    const listed = await session.server.api(`/api/cooperations/${session.world.coop.id}`, {
      cookie: cookies.owner,
    });
    const progress = (listed.body.cooperation.documents as DocumentSummaryDTO[]).find(
      (d) => d.id === dukcapilPks,
    )!.progress!;
    expect(progress.parts.agreed).toBe(progress.parts.total);

    // The draft variant of the same OPD under the other master prints the unit as it is now.
    const draft = await printed(laterDukcapilPks);
    expect(draft).toContain('Ir. BAMBANG SUTEJO, M.T.');
    expect(draft).toContain('NIP. 197501012000031001');
    expect(draft).toContain(
      'berdasarkan Surat Kuasa Wali Kota Jambi Nomor 180/555/HK/2025 tanggal 1 Agustus 2025',
    );
    expect(draft.join('\n')).toContain('B/99/MoU/VIII/2025');
    expect(draft.join('\n')).not.toContain('ABDUL RAHMAN');
    expect((await read(laterDukcapilPks)).variables.headName).toBe('Ir. Bambang Sutejo, M.T.');
  });
});
