import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PMJSON } from '../../../shared/clauses.ts';
import { YDOC } from '../../../shared/protocol.ts';
import { agreementSchema } from '../../../shared/schema/index.ts';
import {
  appendToClause,
  clause,
  copiesOf,
  deleteClause,
  editBody,
  insertAfter,
  paragraph,
  ref,
  syncAll,
} from '../../../tests/support/bodyEdits.ts';
import { snapshotOf } from './snapshot.ts';
import { unacceptedEdits } from './unacceptedEdits.ts';

const preamble = (text: string): PMJSON => ({ type: 'preamble', content: [paragraph(text)] });
const closing = (text: string): PMJSON => ({ type: 'closing', content: [paragraph(text)] });
const chapter = (id: string, title: string): PMJSON => ({
  type: 'chapter',
  attrs: { id },
  content: [{ type: 'text', text: title }],
});
const ayat = (...items: [string, string][]): PMJSON => ({
  type: 'ayatList',
  content: items.map(([id, text]) => ({ type: 'ayatItem', attrs: { id }, content: [paragraph(text)] })),
});

const body: PMJSON = {
  type: 'doc',
  content: [
    preamble('Pada hari ini para pihak sepakat.'),
    chapter('bab1', 'KETENTUAN UMUM'),
    clause('maksud', 'MAKSUD', paragraph('Maksud kerja sama ini.')),
    clause('ruang', 'RUANG LINGKUP', ayat(['a1', 'Pertukaran data.'], ['a2', 'Sosialisasi.'])),
    clause('biaya', 'BIAYA', paragraph('Sebagaimana dimaksud dalam ', ref('ruang', 'a2'), '.')),
    closing('Demikian kesepakatan ini dibuat.'),
  ],
};

/**
 * The server's copy and this device's, in sync; the device then goes its own way. `edits()`:
 * what the device holds that the server does not, as the editor lists it.
 */
function serverAndDevice() {
  const [server, device] = copiesOf(body, 2);
  if (!server || !device) throw new Error('copiesOf gave fewer than two copies');
  server.getMap(YDOC.meta).set('subject', 'Pengawasan pelayanan publik');
  syncAll(server, device);
  return { server, device, edits: () => unacceptedEdits(snapshotOf(device), snapshotOf(server)) };
}

describe('unaccepted edits: what the local copy holds and the server does not', () => {
  it('read a Y.Doc the way the editor does: the body as ProseMirror JSON, the meta as strings', () => {
    const { device } = serverAndDevice();
    device.getMap(YDOC.meta).set('notAString', 3);
    const snapshot = snapshotOf(device);
    // As the schema reads it: with each attribute's default (a block's `suggestion` is null).
    expect(snapshot.body).toEqual(agreementSchema().nodeFromJSON(body).toJSON());
    expect(snapshot.meta).toEqual({ subject: 'Pengawasan pelayanan publik' });
    expect(snapshotOf(new Y.Doc())).toEqual({ body: { type: 'doc' }, meta: {} });
  });

  it('are none when the two copies hold the same text', () => {
    const { edits } = serverAndDevice();
    expect(edits()).toEqual([]);
  });

  it('name each changed Pasal, the text outside any Pasal and each changed field, with the local text', () => {
    const { server, device, edits } = serverAndDevice();
    // Others' accepted edit reaches the device too: it is the server's, not a refused one.
    editBody(server, appendToClause('maksud', 'Ditambahkan oleh pihak lain.'));
    syncAll(server, device);
    // What the device typed while offline.
    editBody(device, appendToClause('ruang', ayat(['a3', 'Pelatihan bersama.'])));
    editBody(device, (b) => {
      b.content!.splice(4, 0, paragraph('Catatan di luar Pasal.'));
      return b;
    });
    editBody(device, (b) => {
      b.content![b.content!.length - 1] = closing('Demikian kesepakatan ini dibuat rangkap dua.');
      return b;
    });
    device.getMap(YDOC.meta).set('place', 'Jambi');

    expect(edits()).toEqual([
      {
        kind: 'clause',
        key: 'clause:ruang',
        number: 2,
        text: 'RUANG LINGKUP\n(1) Pertukaran data.\n(2) Sosialisasi.\n(1) Pelatihan bersama.',
      },
      {
        kind: 'closing',
        key: 'closing:1',
        text: 'Demikian kesepakatan ini dibuat rangkap dua.',
      },
      { kind: 'outside', key: 'outside', text: 'Catatan di luar Pasal.' },
      { kind: 'meta', key: 'meta:place', field: 'place', text: 'Jambi' },
    ]);
  });

  it('list a new Pasal with its local number, and not the Pasal whose references were only renumbered', () => {
    const { device, edits } = serverAndDevice();
    editBody(device, insertAfter('maksud', clause('baru', 'KERAHASIAAN', paragraph('Rahasia.'))));
    expect(edits()).toEqual([
      {
        kind: 'clause',
        key: 'clause:baru',
        number: 2,
        text: 'KERAHASIAAN\nRahasia.',
      },
    ]);
  });

  it('keep a Pasal edited here that the server no longer has, with references numbered as here', () => {
    const { server, device, edits } = serverAndDevice();
    editBody(server, deleteClause('biaya'));
    editBody(device, appendToClause('biaya', 'Dibebankan pada anggaran masing-masing.'));
    const [edit] = edits();
    expect(edit).toMatchObject({ kind: 'clause', key: 'clause:biaya', number: 3 });
    expect(edit!.text).toBe(
      'BIAYA\nSebagaimana dimaksud dalam Pasal 2 ayat (2).\nDibebankan pada anggaran masing-masing.',
    );
  });

  it('name a BAB by its local number and leave out deletions (nothing to copy)', () => {
    const { device, edits } = serverAndDevice();
    editBody(device, (b) => {
      b.content![1] = chapter('bab1', 'KETENTUAN UMUM DAN PENGERTIAN');
      return b;
    });
    editBody(device, deleteClause('maksud'));
    device.getMap(YDOC.meta).set('subject', '');
    expect(edits()).toEqual([
      { kind: 'chapter', key: 'chapter:bab1', roman: 'I', text: 'KETENTUAN UMUM DAN PENGERTIAN' },
    ]);
  });
});
