import { describe, expect, it } from 'vitest';
import { waitFor } from '../../server/collab/testing.ts';
import { resourceLimits } from '../../server/config.ts';
import { readReply } from '../../server/word/import/suggestionsReply.ts';
import { documentXml, docxOf } from '../../server/word/import/testing.ts';
import type { SuggestionImportReport } from '../../shared/api/suggestionImport.ts';
import { type PMJSON, textOf } from '../../shared/clauses.ts';
import { acceptAll, listSuggestions, rejectAll } from '../../shared/suggestions/index.ts';
import { bodyOf, editBody } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { buildDocument } from '../support/factories.ts';
import { missing } from '../support/tools.ts';
import {
  type Edit,
  LIBREOFFICE_TIMEOUT,
  pasal,
  pasalText,
  pythonUno,
  suggestionsIn,
  wordReplyKit,
} from '../support/wordReply.ts';

const demo = demoSession(['ombudsman', 'pemkot', 'tamu']);
const { cookies } = demo;
type Who = keyof typeof cookies;
const {
  editInLibreOffice,
  upload,
  exportDocx,
  roundSent,
  replyTo,
  sentBody,
  replierIds: pemkot,
} = wordReplyKit(demo, 'ombudsman', 'pemkot');

describe.skipIf(missing('soffice', ['python3-uno (/usr/bin/python3 with uno)', pythonUno]))(
  'POST /api/documents/:id/suggestions/import with a reply edited in LibreOffice',
  () => {
    it(
      'turns tracked changes into the uploader party’s suggestions, reports a conflict and a move',
      async () => {
        const { id, client, versionId, file, once } = await roundSent();
        // Since the round was sent, the Ombudsman changed a paragraph of Pasal 6 live.
        const conflicted = 'PARA PIHAK melakukan monitoring';
        editBody(client.doc, (body) => appendText(body, conflicted, ' Tambahan langsung Ombudsman.'));
        const reply = editInLibreOffice(
          file,
          [
            { find: once('kepatuhan'), replace: 'ketaatan' },
            { find: once('sosialisasi, '), replace: '' },
            { find: once(`${conflicted} `), replace: 'PARA PIHAK melaksanakan monitoring ' },
            { move: once('Apabila terjadi perselisihan'), before: once('Dalam hal musyawarah') },
          ],
          true,
        );
        const res = await upload(id, 'pemkot', reply, { baseVersionId: versionId });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const report = res.body as SuggestionImportReport;

        expect(report.applied.map((a) => [a.pasal, a.tracked, a.wordAuthors])).toEqual([
          [2, true, ['Budi Santoso']],
          [2, true, ['Budi Santoso']],
        ]);
        expect(report.conflicts).toHaveLength(1);
        expect(report.conflicts[0]).toMatchObject({ pasal: 6 });
        expect(report.conflicts[0]!.theirs).toContain('PARA PIHAK melaksanakan monitoring');
        expect(report.conflicts[0]!.ours).toContain('Tambahan langsung Ombudsman.');
        expect(report.conflicts[0]!.base).not.toContain('Tambahan langsung Ombudsman.');
        expect(report.unsupported.filter((u) => u.kind === 'move').map((u) => u.pasal)).toContain(9);
        expect(report.unsupported.filter((u) => u.kind !== 'move')).toEqual([]);

        // The suggestions reach the live document through the server: the Ombudsman's client sees them.
        await waitFor(() => textOf(pasal(bodyOf(client.doc), 2)).includes('ketaatan'), 'ketaatan');
        const body = bodyOf(client.doc);
        const { userId, partyId } = await pemkot();
        expect(suggestionsIn(pasal(body, 2))).toEqual([
          ['deletion', 'kepatuhan', partyId, userId],
          ['insertion', 'ketaatan', partyId, userId],
          ['deletion', 'sosialisasi, ', partyId, userId],
        ]);
        expect(textOf(acceptAll(pasal(body, 2)))).toContain('peningkatan ketaatan terhadap standar');
        expect(textOf(acceptAll(pasal(body, 2)))).toContain('pendidikan, dan peningkatan kapasitas');
        expect(textOf(rejectAll(pasal(body, 2)))).toContain('sosialisasi, pendidikan');
        // The conflicted Pasal and the moved text are left as they are live.
        for (const n of [6, 9]) expect(suggestionsIn(pasal(body, n))).toEqual([]);
        expect(textOf(pasal(body, 6))).toContain('Tambahan langsung Ombudsman.');
      },
      LIBREOFFICE_TIMEOUT,
    );

    /** One edit of each kind the import makes a block or format suggestion of, in several Pasal. */
    const structuralEdits = (once: (s: string) => string): Edit[] => [
      // Pasal 1, letter c: made bold.
      { format: once('mencegah terjadinya maladministrasi'), bold: true },
      // Pasal 2: letter f removed with its paragraph mark.
      { remove: once('pertukaran data dan informasi; dan') },
      // Pasal 5 removed whole, its "Pasal 5" line too.
      { remove: once('PEMBIAYAAN'), back: 1, through: once('persetujuan Dewan Perwakilan Rakyat Daerah') },
      // Pasal 6: ayat 2 joined onto ayat 1.
      { join: once('1 (satu) kali dalam 1 (satu) tahun.') },
      // Pasal 7: ayat 1 split in two.
      { split: once('terhitung sejak tanggal') },
      // Pasal 10: a new ayat, then a new Pasal after it.
      {
        after: once('merupakan bagian yang tidak terpisahkan dari Nota'),
        paragraphs: ['Adendum berlaku sejak ditandatangani PARA PIHAK.'],
      },
      {
        after: 'Adendum berlaku sejak ditandatangani PARA PIHAK.',
        paragraphs: ['Pasal 11', 'KERAHASIAAN', 'PARA PIHAK wajib menjaga kerahasiaan data dan informasi.'],
      },
    ];

    for (const track of [true, false])
      it(
        `makes formatting, split, join, new and removed ayat, letters and Pasal the editor’s suggestions (${track ? 'tracked' : 'tracking off'})`,
        async () => {
          const { id, client, versionId, file, reply, report } = await replyTo(structuralEdits, track);
          expect(report.conflicts).toEqual([]);
          expect(report.unsupported).toEqual([]);
          const kinds = report.applied.map((a) => [a.pasal, a.kind]);
          expect(kinds).toEqual(
            expect.arrayContaining([
              [1, 'format'],
              [2, 'delete'],
              [5, 'delete'],
              [6, 'join'],
              [7, 'split'],
              [10, 'insert'],
              [11, 'insert'],
            ]),
          );
          expect(kinds.filter(([, k]) => k === 'text').length).toBeLessThanOrEqual(1);
          expect(new Set(report.applied.map((a) => a.tracked)), JSON.stringify(report.applied)).toEqual(
            new Set([track]),
          );
          if (track)
            expect(new Set(report.applied.flatMap((a) => a.wordAuthors))).toEqual(new Set(['Budi Santoso']));

          // The suggestions reach the live document through the server, attributed to the uploader.
          await waitFor(() => listSuggestions(bodyOf(client.doc)).length >= 7, 'imported suggestions');
          const body = bodyOf(client.doc);
          const { userId, partyId } = await pemkot();
          const made = listSuggestions(body);
          expect(new Set(made.map((s) => `${s.party}/${s.user}`))).toEqual(new Set([`${partyId}/${userId}`]));
          const blocks = made.flatMap((s) => s.blocks.map((b) => `${b.kind} ${b.type}`)).sort();
          expect(blocks).toEqual(
            [
              'delete letterItem',
              'delete clause',
              'join ayatItem',
              'split ayatItem',
              'insert ayatItem',
              'insert clause',
            ].sort(),
          );
          expect(made.filter((s) => s.formats > 0)).toHaveLength(1);
          const bold = JSON.stringify(pasal(body, 1));
          expect(bold).toContain('"formatChange"');

          // Every imported suggestion accepted reads as the Word file; rejected, as the round sent.
          const limits = resourceLimits();
          const accepted = pasalText(await readReply(await exportDocx(id, 'accepted'), limits));
          expect(accepted).toEqual(pasalText(await readReply(reply, limits)));
          const rejected = await readReply(await exportDocx(id, 'rejected'), limits);
          expect(pasalText(rejected)).toEqual(pasalText(await readReply(file, limits)));
          expect(textOf(rejectAll(body))).toBe(textOf(rejectAll(await sentBody(id, versionId))));
        },
        LIBREOFFICE_TIMEOUT,
      );

    it(
      'finds changes made with tracking off by comparing with the round',
      async () => {
        const { id, client, versionId, file, once } = await roundSent();
        const reply = editInLibreOffice(
          file,
          [{ find: once('5 (lima) tahun'), replace: '3 (tiga) tahun' }],
          false,
        );
        const res = await upload(id, 'pemkot', reply, { baseVersionId: versionId });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(
          res.body.applied.map((a: { pasal: number; tracked: boolean }) => [a.pasal, a.tracked]),
        ).toEqual([[7, false]]);
        expect(res.body.conflicts).toEqual([]);
        // Pasal 7 reads "3 (tiga) bulan" already: wait for the suggestions themselves.
        await waitFor(() => suggestionsIn(pasal(bodyOf(client.doc), 7)).length > 0, 'suggestions in Pasal 7');
        const seventh = pasal(bodyOf(client.doc), 7);
        const { partyId } = await pemkot();
        expect(suggestionsIn(seventh).map(([m, t, p]) => [m, t, p])).toEqual([
          ['deletion', '5', partyId],
          ['insertion', '3', partyId],
          ['deletion', 'lima', partyId],
          ['insertion', 'tiga', partyId],
        ]);
        expect(textOf(acceptAll(seventh))).toContain('jangka waktu 3 (tiga) tahun');
      },
      LIBREOFFICE_TIMEOUT,
    );
  },
);

describe('POST /api/documents/:id/suggestions/import refusals', () => {
  it('refuses viewers, a missing or unknown version, no file, and a file without any Pasal', async () => {
    const document = await buildDocument(demo.server, cookies.ombudsman, demo.coop.id, { kind: 'mou' });
    const version = await demo.server.api(`/api/documents/${document.id}/versions`, {
      cookie: cookies.ombudsman,
      body: { label: 'Putaran 1' },
    });
    const baseVersionId = version.body.version.id as string;
    const notAgreement = await docxOf(documentXml(['Surat undangan rapat.', 'Hormat kami.']));
    const cases: [Who, Buffer | null, Record<string, string>, number, string][] = [
      ['tamu', notAgreement, { baseVersionId }, 403, 'auth.forbidden'],
      ['pemkot', notAgreement, {}, 400, 'suggestion_import.no_base_version'],
      ['pemkot', notAgreement, { baseVersionId: 'tidakada' }, 404, 'version.not_found'],
      ['pemkot', null, { baseVersionId }, 400, 'import.no_file'],
      ['pemkot', notAgreement, { baseVersionId }, 422, 'suggestion_import.no_pasal'],
      ['pemkot', Buffer.from('bukan zip'), { baseVersionId }, 415, 'import.not_docx'],
    ];
    for (const [who, file, fields, status, errorId] of cases) {
      const res = await upload(document.id, who, file, fields);
      expect([res.status, res.body.error?.id], errorId).toEqual([status, errorId]);
      expect(res.body.error.messageEn).toBeTruthy();
    }
  });
});

/** Appends `text` to the paragraph that contains `needle`. */
function appendText(body: PMJSON, needle: string, text: string): PMJSON {
  const walk = (n: PMJSON): PMJSON => {
    if (n.type === 'paragraph' && textOf(n).includes(needle))
      return { ...n, content: [...(n.content ?? []), { type: 'text', text }] };
    return n.content ? { ...n, content: n.content.map(walk) } : n;
  };
  return walk(body);
}
