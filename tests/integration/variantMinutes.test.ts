import { describe, expect, it } from 'vitest';
import { paragraphs, readDocx } from '../../server/word/export/docxXml.ts';
import { COMMON_DECISIONS_HEADING } from '../../shared/decisionGroups.ts';
import { approvables } from '../support/agreement.ts';
import { buildCooperation, buildMember, buildUser } from '../support/factories.ts';
import { buildUnits, buildVariants } from '../support/variants.ts';
import { withServer } from '../support/withServer.ts';

/** A finalisation meeting of a master PKS and its variants for two OPD. */
const session = withServer(async (server) => {
  const owner = await buildUser(server, { displayName: 'Kepala Perwakilan', position: 'Kepala Perwakilan' });
  const coop = await buildCooperation(server, owner.cookie);
  const bureau = await buildMember(server, owner.cookie, coop, 'editor');
  const [dukcapil, dinsos] = await buildUnits(server, bureau.cookie, coop, [
    { name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil' },
    { name: 'Dinas Sosial', shortName: 'Dinsos' },
  ]);
  const { masterId, variants } = await buildVariants(server, owner.cookie, coop.id, [
    dukcapil!.id,
    dinsos!.id,
  ]);
  const variantOf = (unitId: string) => variants.find((v) => v.unitId === unitId)!.documentId;
  return { owner, coop, masterId, dukcapilPks: variantOf(dukcapil!.id), dinsosPks: variantOf(dinsos!.id) };
});

describe('a meeting across the variants of a master PKS', () => {
  it('takes points on the master and on variants; its notula lists the decisions per OPD', async () => {
    const { server } = session;
    const { owner, coop, masterId, dukcapilPks, dinsosPks } = session.world;
    const cookie = owner.cookie;
    const planned = await server.api(`/api/cooperations/${coop.id}/meetings`, {
      cookie,
      body: {
        kind: 'finalisasi',
        date: '2025-06-10',
        timeFrom: '09:00',
        timeTo: '15:00',
        place: 'Ruang Rapat Setda',
        agenda: [{ title: 'Finalisasi PKS per OPD' }],
        documentIds: [masterId, dukcapilPks, dinsosPks],
      },
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const meetingId = planned.body.meeting.id as string;
    expect((await server.api(`/api/meetings/${meetingId}/open`, { cookie, method: 'POST' })).status).toBe(
      200,
    );

    const decide = async (documentId: string, clauseIndex: number, text: string, decision: string) => {
      const clause = (await approvables(server, cookie, documentId)).clauses[clauseIndex]!;
      const raised = await server.api(`/api/cooperations/${coop.id}/points`, {
        cookie,
        body: { text, documentId, clauseId: clause.id, meetingId },
      });
      expect(raised.status, JSON.stringify(raised.body)).toBe(201);
      const decided = await server.api(`/api/points/${raised.body.point.id}`, {
        cookie,
        method: 'PATCH',
        body: { state: 'agreed', decision },
      });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    };
    await decide(
      dinsosPks,
      2,
      'Data penerima bantuan',
      'Dinas Sosial menyampaikan data penerima bantuan tiap triwulan.',
    );
    await decide(masterId, 1, 'Jangka waktu', 'Jangka waktu PKS 2 (dua) tahun untuk semua OPD.');
    await decide(
      dukcapilPks,
      3,
      'Akses data kependudukan',
      'Akses data kependudukan melalui hak akses terbatas.',
    );

    const minutes = await server.api(`/api/meetings/${meetingId}/minutes`, { cookie });
    expect(minutes.status).toBe(200);
    const units = (minutes.body.minutes.decisions as { text: string; unit?: string | null }[]).map((d) => [
      d.unit ?? null,
      d.text.split(' ')[0],
    ]);
    expect(units).toEqual(
      expect.arrayContaining([
        ['Dinas Sosial', 'Dinas'],
        [null, 'Jangka'],
        ['Dinas Kependudukan dan Pencatatan Sipil', 'Akses'],
      ]),
    );

    // A variant's Pasal is cited with its OPD, whatever its title says.
    const cited = (minutes.body.minutes.decisions as { clause: string | null; unit?: string | null }[]).find(
      (d) => d.unit === 'Dinas Sosial',
    );
    expect(cited?.clause).toMatch(/Dinsos|Dinas Sosial/);
    expect((await server.api(`/api/meetings/${meetingId}/close`, { cookie, method: 'POST' })).status).toBe(
      200,
    );
    const file = await fetch(`${server.url}/api/meetings/${meetingId}/minutes.docx`, { headers: { cookie } });
    expect(file.status).toBe(200);
    const lines = paragraphs((await readDocx(Buffer.from(await file.arrayBuffer()))).document).map(
      (p) => p.text,
    );
    // The discussion quotes each decision too: read from the decisions' first heading on.
    const from = lines.indexOf(COMMON_DECISIONS_HEADING);
    const at = (text: string) => lines.findIndex((l, i) => i >= from && l.includes(text));
    const order = [
      from,
      at('Jangka waktu PKS 2 (dua) tahun'),
      lines.indexOf('Dinas Kependudukan dan Pencatatan Sipil', from),
      at('Akses data kependudukan melalui'),
      lines.indexOf('Dinas Sosial', from),
      at('Dinas Sosial menyampaikan data penerima bantuan'),
    ];
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // One list down the page: 1. on the master, 2. Disdukcapil's, 3. Dinas Sosial's.
    expect(lines[order[1]!]).toMatch(/^1\./);
    expect(lines[order[3]!]).toMatch(/^2\./);
    expect(lines[order[5]!]).toMatch(/^3\./);
  });
});
