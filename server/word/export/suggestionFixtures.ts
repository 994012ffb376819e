import type { PMJSON } from '../../../shared/clauses.ts';
import { MARK } from '../../../shared/schema/names.ts';
import type { BlockSuggestionKind, SuggestionStamp } from '../../../shared/suggestions/index.ts';
import {
  ayat,
  chapter,
  clause,
  closing,
  doc,
  italic,
  letters,
  p,
  ref,
  sampleBody,
  text,
} from './fixtures.ts';
import type { SuggestionAuthors } from './types.ts';

/**
 * A draft in the middle of a negotiation: the sample MoU with every kind of pending suggestion
 * by two people of the two parties, for the tests of the tracked-changes export.
 */

/** Anisa, of the first party (Ombudsman), and Budi, of the second (Pemkot). */
export const ANISA: SuggestionStamp = {
  id: 'sA1',
  party: 'p1',
  user: 'u-anisa',
  ts: '2026-12-05T06:00:00.000Z',
};
export const BUDI: SuggestionStamp = {
  id: 'sB1',
  party: 'p2',
  user: 'u-budi',
  ts: '2026-12-05T07:30:15.250Z',
};
export const AUTHORS: SuggestionAuthors = {
  users: { 'u-anisa': 'Anisa Rahma', 'u-budi': 'Budi Santoso' },
  parties: { p1: 'Ombudsman Jabar', p2: 'Pemkot Bandung' },
};
/** How each prints in Word. */
export const ANISA_AUTHOR = 'Anisa Rahma (Ombudsman Jabar)';
export const BUDI_AUTHOR = 'Budi Santoso (Pemkot Bandung)';

const stamp = (s: SuggestionStamp, id: string) => ({ ...s, id });
const mark = (type: string, s: SuggestionStamp, id: string, extra = {}) => ({
  type,
  attrs: { ...stamp(s, id), ...extra },
});
const ins = (s: string, by: SuggestionStamp, id: string): PMJSON => ({
  ...text(s),
  marks: [mark(MARK.insertion, by, id)],
});
const del = (s: string, by: SuggestionStamp, id: string): PMJSON => ({
  ...text(s),
  marks: [mark(MARK.deletion, by, id)],
});
const suggested = (node: PMJSON, kind: BlockSuggestionKind, by: SuggestionStamp, id: string): PMJSON => ({
  ...node,
  attrs: { ...node.attrs, suggestion: { ...stamp(by, id), kind } },
});

/** The sample MoU's opening, kept as it is (its blanks are filled from the metadata). */
const opening = () => (sampleBody().content ?? [])[0] as PMJSON;

/** The draft with suggestions: text, blocks, a split, a join, a format change and a deletion of an insertion. */
export function suggestedBody(): PMJSON {
  const ayatList = ayat(
    {
      id: 'ay11',
      blocks: [
        p(
          'Maksud Nota Kesepakatan ini adalah sebagai ',
          del('pedoman', ANISA, 'sA1'),
          ins('acuan', ANISA, 'sA1'),
          ' bagi PARA PIHAK.',
        ),
      ],
    },
    { id: 'ay12', blocks: ['Tujuan Nota Kesepakatan ini adalah meningkatkan kualitas pelayanan publik '] },
    { id: 'ay12b', blocks: ['dan mencegah maladministrasi.'] },
    { id: 'ay13', blocks: ['PARA PIHAK melaporkan pelaksanaan Nota Kesepakatan ini setiap tahun.'] },
  );
  const items = ayatList.content ?? [];
  // Budi splits the second ayat in two, and proposes a fourth.
  items[2] = suggested(items[2] as PMJSON, 'split', BUDI, 'sB2');
  items[3] = suggested(items[3] as PMJSON, 'insert', BUDI, 'sB6');
  return doc(
    opening(),
    chapter({ id: 'bab1' }, 'Ketentuan Umum'),
    clause({ id: 'pasal1' }, 'Maksud dan Tujuan', ayatList),
    // Anisa proposes a whole new Pasal.
    suggested(
      clause(
        { id: 'pasal-baru' },
        'Koordinasi',
        p('PARA PIHAK mengadakan rapat koordinasi setiap triwulan.'),
      ),
      'insert',
      ANISA,
      'sA2',
    ),
    clause(
      { id: 'pasal2' },
      'Ruang Lingkup',
      p('Ruang lingkup Nota Kesepakatan ini meliputi', ins(' kegiatan berikut', ANISA, 'sA3'), ':'),
      letters('pencegahan maladministrasi;', 'penyelesaian laporan.'),
      // Anisa proposed "bersama", which Budi proposes to delete again.
      p(
        'Kegiatan ',
        {
          ...text('bersama '),
          marks: [mark(MARK.insertion, ANISA, 'sA4'), mark(MARK.deletion, BUDI, 'sB3')],
        },
        'dilaksanakan oleh ',
        italic('penghubung'),
        '.',
      ),
    ),
    // Budi proposes to delete a whole Pasal.
    suggested(
      clause({ id: 'pasal-data' }, 'Pertukaran Data', p('PARA PIHAK saling bertukar data pengaduan.')),
      'delete',
      BUDI,
      'sB4',
    ),
    chapter({ id: 'bab2' }, 'Pelaksanaan'),
    clause(
      { id: 'pasal3' },
      'Pelaksanaan',
      p(
        'Pelaksanaan kegiatan sebagaimana dimaksud dalam ',
        ref('pasal2'),
        ' dilaksanakan oleh ',
        // Budi proposes bold instead of italic.
        {
          ...text('penghubung'),
          marks: [{ type: MARK.bold }, mark(MARK.formatChange, BUDI, 'sB5', { before: 'italic' })],
        },
        '.',
      ),
      p('Laporan disusun bersama'),
      // Anisa proposes to join this paragraph onto the one before.
      suggested(p(' oleh PARA PIHAK setiap semester.'), 'join', ANISA, 'sA5'),
    ),
    closing(
      'Demikian Nota Kesepakatan ini dibuat dalam rangkap 2 (dua) asli, bermeterai cukup, masing-masing mempunyai kekuatan hukum yang sama.',
    ),
  );
}
