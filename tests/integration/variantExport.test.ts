import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../server/word/export/docxXml.ts';
import { PROGRESS_MEDIA_TYPE, type VariantExportLine } from '../../shared/api/variantExport.ts';
import { partyMetaKey } from '../../shared/meta.ts';
import { approveAll, fillSigning, setMeta } from '../support/agreement.ts';
import { buildCooperation, buildMember, buildUser } from '../support/factories.ts';
import { buildUnits, buildVariants, placeInUnit } from '../support/variants.ts';
import { withServer } from '../support/withServer.ts';

const COUNT = 20;
/** The OPD of the test, numbered: a name, a short name, a head, a liaison of its own. */
const opd = (i: number) => ({
  name: `Dinas Uji ${i} Kota Jambi`,
  shortName: `Dinas ${i}`,
  headName: `Kepala Uji ${i}, S.H.`,
  headPosition: `Kepala Dinas Uji ${i} Kota Jambi`,
  headNip: `1975031220000310${String(i).padStart(2, '0')}`,
  liaison: `Penghubung Dinas ${i}`,
  number: `100.3.7/${String(i).padStart(2, '0')}/PKS/2025`,
});

/**
 * A master PKS with a variant for each of 20 OPD, each variant given its numbers, each OPD a
 * liaison of its own (and the Ombudsman one for every PKS); the first variant's head in its OPD.
 */
const session = withServer(
  async (server) => {
    const owner = await buildUser(server, { displayName: 'Kepala Perwakilan' });
    const coop = await buildCooperation(server, owner.cookie);
    const [ombudsman, city] = [1, 2].map((o) => coop.parties.find((p) => p.ordinal === o)!.id);
    const bureau = await buildMember(server, owner.cookie, coop, 'editor');
    const opds = Array.from({ length: COUNT }, (_, i) => opd(i + 1));
    const units = await buildUnits(
      server,
      bureau.cookie,
      coop,
      opds.map(({ liaison: _l, number: _n, ...unit }) => unit),
    );
    const addLiaison = async (body: object) => {
      const res = await server.api(`/api/cooperations/${coop.id}/liaisons`, { cookie: bureau.cookie, body });
      if (res.status !== 201) throw new Error(`liaison: ${res.status} ${JSON.stringify(res.body)}`);
    };
    for (const [i, unit] of units.entries()) {
      await addLiaison({ partyId: city, unitId: unit.id, name: opds[i]!.liaison, position: 'Analis' });
    }
    await addLiaison({ partyId: ombudsman, name: 'Penghubung Ombudsman', position: 'Asisten' });
    const head = await buildMember(server, owner.cookie, coop, 'editor');
    await placeInUnit(server, owner.cookie, coop.id, head.user.id, units[0]!.id);
    const { masterId, variants } = await buildVariants(
      server,
      owner.cookie,
      coop.id,
      units.map((u) => u.id),
    );
    const byUnit = new Map(variants.map((v) => [v.unitId, v.documentId]));
    for (const [i, unit] of units.entries()) {
      await setMeta(server, owner.cookie, byUnit.get(unit.id)!, {
        [partyMetaKey.number(ombudsman!)]: `B/${i + 1}/PW.05/2025`,
        [partyMetaKey.number(city!)]: opds[i]!.number,
      });
    }
    return { coop, owner, head, masterId, units, opds, byUnit, ombudsman: ombudsman!, city: city! };
  },
  undefined,
  240_000,
);

/** The zip's .docx files by name, each as the text of its paragraphs (those in tables too). */
async function filesOf(zip: Buffer) {
  const archive = await JSZip.loadAsync(zip);
  const out = new Map<string, string[]>();
  for (const [name, entry] of Object.entries(archive.files)) {
    const docx = await readDocx(await entry.async('uint8array'));
    out.set(
      name,
      paragraphs(docx.document).map((p) => p.text),
    );
  }
  return out;
}

const path = (mode?: string) =>
  `/api/documents/${session.world.masterId}/variants/export.zip${mode ? `?mode=${mode}` : ''}`;

describe('the batch export of a master PKS', () => {
  it('holds one .docx per OPD, each with its own OPD, head, numbers and liaisons', async () => {
    const { opds, owner } = session.world;
    const res = await fetch(session.server.url + path('draft'), { headers: { cookie: owner.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = await filesOf(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(
      opds.map((o) => `PKS-Dinas-${o.shortName.split(' ')[1]}-draft.docx`).sort(),
    );
    for (const o of opds) {
      const lines = files.get(`PKS-Dinas-${o.shortName.split(' ')[1]}-draft.docx`)!;
      const text = lines.join('\n');
      expect(text, o.name).toContain(o.name);
      expect(text, o.name).toContain(o.headName);
      expect(text, o.name).toContain(o.number);
      const others = opds.filter((x) => x !== o);
      expect(
        others.filter((x) => text.includes(x.headName) || text.includes(x.number)),
        o.name,
      ).toEqual([]);
      // Its annex lists its own liaison and the Ombudsman's, never another OPD's.
      expect(lines, o.name).toContain(o.liaison);
      expect(lines, o.name).toContain('Penghubung Ombudsman');
      expect(
        lines.filter((line) => others.some((x) => x.liaison === line)),
        o.name,
      ).toEqual([]);
    }
  });

  it('shows its progress line by line to a browser, then gives the zip', async () => {
    const res = await fetch(session.server.url + path(), {
      headers: { cookie: session.world.owner.cookie, accept: PROGRESS_MEDIA_TYPE },
    });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as VariantExportLine);
    const progress = lines.filter((l) => l.type === 'progress');
    expect(progress.map((l) => l.done)).toEqual(Array.from({ length: COUNT + 1 }, (_, i) => i));
    expect(progress.every((l) => l.total === COUNT)).toBe(true);
    const last = lines.at(-1)!;
    expect(last.type).toBe('file');
    if (last.type !== 'file') return;
    expect(last.name).toBe('PKS-OPD-draft.zip');
    expect((await filesOf(Buffer.from(last.base64, 'base64'))).size).toBe(COUNT);
  });

  it('as finals: only the final variants, named by their number', async () => {
    const { owner, head, units, byUnit, opds, ombudsman } = session.world;
    const refused = await session.server.api(path('final'), { cookie: owner.cookie });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('variant_export.none');

    const first = byUnit.get(units[0]!.id)!;
    await setMeta(session.server, owner.cookie, first, {
      [partyMetaKey.signatoryName(ombudsman)]: 'Abdul Rokhim',
      [partyMetaKey.signatoryPosition(ombudsman)]: 'Kepala Perwakilan',
    });
    await fillSigning(session.server, owner.cookie, first);
    await approveAll(session.server, [owner.cookie, head.cookie], first);
    const finalised = await session.server.api(`/api/documents/${first}/finalize`, {
      cookie: owner.cookie,
      method: 'POST',
    });
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);

    const res = await fetch(session.server.url + path('final'), { headers: { cookie: owner.cookie } });
    expect(res.status).toBe(200);
    const files = await filesOf(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()]).toEqual(['PKS-Dinas-1-100.3.7-01-PKS-2025.docx']);
    const lines = files.get('PKS-Dinas-1-100.3.7-01-PKS-2025.docx')!;
    expect(lines).toContain(opds[0]!.liaison);
    expect(lines).not.toContain(opds[1]!.liaison);
    // A final paper: no draft mark, its approval fingerprint in the footer.
    expect(lines).not.toContain('DRAF');
  });

  it('is of a master only, and for members only', async () => {
    const { owner, byUnit, units } = session.world;
    const variant = byUnit.get(units[1]!.id)!;
    const notMaster = await session.server.api(`/api/documents/${variant}/variants/export.zip`, {
      cookie: owner.cookie,
    });
    expect(notMaster.status).toBe(409);
    expect(notMaster.body.error.id).toBe('variant.not_master');
    const outsider = await buildUser(session.server);
    expect((await session.server.api(path(), { cookie: outsider.cookie })).status).toBe(404);
    expect((await session.server.api(`${path()}?mode=everything`, { cookie: owner.cookie })).status).toBe(
      400,
    );
  });
});
