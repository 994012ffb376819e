import { describe, expect, it } from 'vitest';
import { waitFor } from '../../server/collab/testing.ts';
import { outlineOf, type PMJSON, textOf } from '../../shared/clauses.ts';
import { NODE } from '../../shared/schema/names.ts';
import { acceptAll, listSuggestions, rejectAll } from '../../shared/suggestions/index.ts';
import { bodyOf } from '../support/bodyEdits.ts';
import { demoSession } from '../support/demo.ts';
import { missing } from '../support/tools.ts';
import { type Edit, LIBREOFFICE_TIMEOUT, pasal, pythonUno, wordReplyKit } from '../support/wordReply.ts';

const demo = demoSession(['ombudsman', 'pemkot']);
const { replyTo, sentBody, replierIds, expectCleanCopies } = wordReplyKit(demo, 'ombudsman', 'pemkot');

/**
 * Structural edits a reply makes that a plain paragraph diff cannot take as they are, one per
 * Pasal of the template MoU: a new Pasal with ayat, paragraphs typed between the halves of a
 * split, joins across list levels and a "Pasal N" line deleted with its text kept.
 */
const structuralEdits = (once: (s: string) => string): Edit[] => [
  // Pasal 1: ayat 2 joined with letter a under it.
  { join: once('Nota Kesepakatan ini bertujuan untuk:') },
  // Pasal 2: its opening paragraph split, two paragraphs typed between the halves.
  { split: once('Nota Kesepakatan ini meliputi:') },
  { after: once('Ruang lingkup '), paragraphs: ['Sisipan paragraf pertama.', 'Sisipan paragraf kedua.'] },
  // Pasal 3: the last letter of ayat 2 joined with ayat 3.
  { join: once('pengakhiran.') },
  // Pasal 5: its "Pasal 5" line deleted, its heading and ayat kept (now read under Pasal 4).
  { remove: once('PEMBIAYAAN'), back: 1 },
  // Pasal 7: ayat 1 split, an ayat typed between the halves.
  { split: once('terhitung sejak tanggal') },
  { after: once('berlaku untuk jangka waktu 5 (lima) tahun'), paragraphs: ['Sisipan ayat di tengah.'] },
  // After Pasal 10: a new Pasal whose heading is not numbered and whose two ayat are.
  {
    after: once('merupakan bagian yang tidak terpisahkan dari Nota'),
    paragraphs: [
      { text: 'Pasal 11', list: false },
      { text: 'KERAHASIAAN', list: false },
      { text: 'PARA PIHAK wajib menjaga kerahasiaan data.', list: true, restart: true },
      'Kewajiban sebagaimana dimaksud tetap berlaku setelah berakhirnya Nota Kesepakatan ini.',
    ],
  },
];

/** The node types of a Pasal's children. */
const topLevel = (clause: PMJSON) => (clause.content ?? []).map((n) => n.type);

/** The block suggestions of a body: "kind type" sorted. */
const blockKinds = (body: PMJSON) =>
  listSuggestions(body)
    .flatMap((s) => s.blocks.map((b) => `${b.kind} ${b.type}`))
    .sort();

describe.skipIf(missing('soffice', ['python3-uno (/usr/bin/python3 with uno)', pythonUno]))(
  'Word reply import: structure a paragraph diff alone cannot take',
  () => {
    for (const track of [true, false])
      it(
        `makes a new Pasal's ayat, paragraphs inside a split, joins across list levels and a deleted Pasal line suggestions (${track ? 'tracked' : 'tracking off'})`,
        async () => {
          const { id, client, versionId, file, reply, report } = await replyTo(structuralEdits, track);
          expect(report.conflicts).toEqual([]);
          expect(report.unsupported).toEqual([]);
          expect(report.applied.map((a) => [a.pasal, a.kind])).toEqual([
            [1, 'join'],
            [2, 'split'],
            [2, 'insert'],
            [3, 'join'],
            [5, 'delete'],
            [4, 'insert'],
            [7, 'split'],
            [7, 'insert'],
            [11, 'insert'],
          ]);
          expect(new Set(report.applied.map((a) => a.tracked))).toEqual(new Set([track]));
          const authors = report.applied.map((a) => a.wordAuthors);
          expect(authors).toEqual(report.applied.map(() => (track ? ['Budi Santoso'] : [])));
          // The join across list levels reads as what it does: the letter's words move up, the letter goes.
          const letter = 'mewujudkan penyelenggaraan pelayanan publik yang sesuai dengan standar';
          expect(report.applied[0]!.changes.map((c) => [!!c.added, c.removed.startsWith(letter)])).toEqual([
            [true, false],
            [false, true],
          ]);

          // The suggestions reach the live document through the server, attributed to the uploader.
          await waitFor(() => blockKinds(bodyOf(client.doc)).length >= 13, 'imported block suggestions');
          const body = bodyOf(client.doc);
          const { userId, partyId } = await replierIds();
          expect(new Set(listSuggestions(body).map((s) => `${s.party}/${s.user}`))).toEqual(
            new Set([`${partyId}/${userId}`]),
          );
          expect(blockKinds(body)).toEqual(
            [
              'delete letterItem', // Pasal 1: letter a joined onto ayat 2
              'split paragraph', // Pasal 2
              'insert paragraph', // Pasal 2, between the halves
              'insert paragraph',
              'delete ayatItem', // Pasal 3: ayat 3 joined onto the letter before
              'delete clause', // Pasal 5
              'insert paragraph', // Pasal 4: "PEMBIAYAAN" and Pasal 5's three ayat
              'insert ayatItem',
              'insert ayatItem',
              'insert ayatItem',
              'split ayatItem', // Pasal 7
              'insert ayatItem', // Pasal 7, between the halves
              'insert clause', // Pasal 11
            ].sort(),
          );

          // In place, every suggestion accepted.
          const accepted = acceptAll(body);
          expect(textOf(pasal(accepted, 1))).toContain(`bertujuan untuk:${letter}`);
          const fourth = pasal(accepted, 4);
          expect(topLevel(fourth)).toEqual([
            NODE.clauseHeading,
            NODE.ayatList,
            NODE.paragraph,
            NODE.ayatList,
          ]);
          expect(textOf(fourth.content![2]!)).toBe('PEMBIAYAAN');
          expect(fourth.content![3]!.content).toHaveLength(3);
          expect(outlineOf(accepted).clauses.map((c) => c.heading)).not.toContain('PEMBIAYAAN');
          const added = pasal(accepted, 10);
          expect(textOf(added.content![0]!)).toBe('KERAHASIAAN');
          expect(topLevel(added)).toEqual([NODE.clauseHeading, NODE.ayatList]);
          expect(added.content![1]!.content!.map(textOf)).toEqual([
            'PARA PIHAK wajib menjaga kerahasiaan data.',
            'Kewajiban sebagaimana dimaksud tetap berlaku setelah berakhirnya Nota Kesepakatan ini.',
          ]);

          // Accept All reads as the Word file, Reject All as the round sent.
          await expectCleanCopies(id, file, reply);
          expect(JSON.stringify(rejectAll(body))).toBe(
            JSON.stringify(rejectAll(await sentBody(id, versionId))),
          );
        },
        LIBREOFFICE_TIMEOUT,
      );
  },
);
