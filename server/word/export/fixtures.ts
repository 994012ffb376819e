import type { PMJSON } from '../../../shared/clauses.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import type { AgreementExportInput, ExportParty } from './types.ts';

/**
 * Fixture builders that read like the document: doc(clause(heading('MAKSUD'), ayat('…'))).
 * Ids are deterministic per builder call order within a `doc`, or given as `{ id }` first.
 */

type Attrs = { id: string };
type Child = PMJSON | string;

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;
const isAttrs = (x: unknown): x is Attrs =>
  typeof x === 'object' && x !== null && !('type' in x) && typeof (x as Attrs).id === 'string';

const inline = (children: Child[]): PMJSON[] => children.map((c) => (typeof c === 'string' ? text(c) : c));
const withContent = (type: string, content: PMJSON[], attrs?: Record<string, unknown>): PMJSON => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content.length ? { content } : {}),
});

export const text = (s: string, ...marks: string[]): PMJSON =>
  marks.length
    ? { type: NODE.text, text: s, marks: marks.map((type) => ({ type })) }
    : { type: NODE.text, text: s };
export const bold = (s: string) => text(s, MARK.bold);
export const italic = (s: string) => text(s, MARK.italic);
export const underline = (s: string) => text(s, MARK.underline);
export const anchored = (s: string, pointId: string): PMJSON => ({
  type: NODE.text,
  text: s,
  marks: [{ type: MARK.pointAnchor, attrs: { pointId } }],
});
export const ref = (clauseId: string, ayat: string | null = null): PMJSON => ({
  type: NODE.clauseRef,
  attrs: { clauseId, ayat },
});
export const br = (): PMJSON => ({ type: NODE.hardBreak });

export const p = (...children: Child[]) => withContent(NODE.paragraph, inline(children));
export const heading = (...children: Child[]) => withContent(NODE.clauseHeading, inline(children));

const blocks = (children: Child[]) => children.map((c) => (typeof c === 'string' ? p(c) : c));

export function clause(...args: (Attrs | Child)[]): PMJSON {
  const attrs = isAttrs(args[0]) ? (args.shift() as Attrs) : { id: nextId('c') };
  const [first, ...rest] = args as Child[];
  if (first === undefined) throw new Error('clause() needs a heading');
  const head = typeof first === 'string' ? heading(first) : first;
  return withContent(NODE.clause, [head, ...blocks(rest)], attrs);
}

export function chapter(...args: (Attrs | string)[]): PMJSON {
  const attrs = isAttrs(args[0]) ? (args.shift() as Attrs) : { id: nextId('b') };
  return withContent(NODE.chapter, inline(args as string[]), attrs);
}

/** An item: a string (one paragraph), a node, or an array of blocks; `{ id }` first for an ayat id. */
type Item = Child | Child[] | { id: string; blocks: Child[] };

function items(type: string, list: Item[], withId: boolean): PMJSON[] {
  return list.map((item) => {
    let id: string | null = null;
    let content: Child[];
    if (Array.isArray(item)) content = item;
    else if (typeof item === 'object' && 'blocks' in item) {
      id = item.id;
      content = item.blocks;
    } else content = [item];
    return withContent(type, blocks(content), withId ? { id: id ?? nextId('a') } : undefined);
  });
}

export const ayat = (...list: Item[]) => withContent(NODE.ayatList, items(NODE.ayatItem, list, true));
export const letters = (...list: Item[]) => withContent(NODE.letterList, items(NODE.letterItem, list, false));
export const bullets = (...list: Item[]) => withContent(NODE.bulletList, items(NODE.listItem, list, false));
export const preamble = (...children: Child[]) => withContent(NODE.preamble, blocks(children));
export const closing = (...children: Child[]) => withContent(NODE.closing, blocks(children));
export const doc = (...children: PMJSON[]): PMJSON => withContent(NODE.doc, children);

export const PARTIES: ExportParty[] = [
  {
    id: 'p1',
    ordinal: 1,
    name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jawa Barat',
    shortName: 'Ombudsman Jabar',
    seat: 'Bandung',
  },
  { id: 'p2', ordinal: 2, name: 'Pemerintah Kota Bandung', shortName: 'Pemkot Bandung', seat: 'Bandung' },
];

/** A small but complete MoU: opening with blanks, komparisi, recitals, BAB, Pasal, ayat, letters, closing. */
export function sampleBody(): PMJSON {
  return doc(
    preamble(
      'Pada hari ini ........, tanggal ........, bulan ........, tahun ........ (........), bertempat di ........, kami yang bertanda tangan di bawah ini:',
      letters(
        [
          p(
            bold('DADAN S. SUHARMAWIJAYA'),
            ', Kepala Ombudsman RI Perwakilan Provinsi Jawa Barat, selanjutnya disebut PIHAK PERTAMA;',
          ),
        ],
        [p(bold('MUHAMMAD FARHAN'), ', Wali Kota Bandung, selanjutnya disebut PIHAK KEDUA.')],
      ),
      'PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.',
    ),
    chapter({ id: 'bab1' }, 'Ketentuan Umum'),
    clause(
      { id: 'pasal1' },
      'Maksud dan Tujuan',
      ayat(
        { id: 'ay11', blocks: ['Maksud Nota Kesepakatan ini adalah sebagai pedoman bagi PARA PIHAK.'] },
        {
          id: 'ay12',
          blocks: [
            'Tujuan Nota Kesepakatan ini adalah:',
            letters(
              'meningkatkan kualitas pelayanan publik;',
              'mempercepat penyelesaian laporan masyarakat; dan',
              'mencegah maladministrasi.',
            ),
          ],
        },
      ),
    ),
    clause(
      { id: 'pasal2' },
      'Ruang Lingkup',
      p('Ruang lingkup Nota Kesepakatan ini meliputi:'),
      letters('pencegahan maladministrasi;', [
        'penyelesaian laporan;',
        bullets('koordinasi', 'pertukaran data'),
      ]),
    ),
    chapter({ id: 'bab2' }, 'Pelaksanaan'),
    clause(
      { id: 'pasal3' },
      'Pelaksanaan',
      // Ids of their own: an ayat's id names its bookmark, and the same input must give the same file.
      ayat(
        {
          id: 'ay31',
          blocks: [
            p(
              'Pelaksanaan kegiatan sebagaimana dimaksud dalam ',
              ref('pasal2'),
              ' dilaksanakan oleh ',
              italic('penghubung'),
              '.',
            ),
          ],
        },
        {
          id: 'ay32',
          blocks: [
            p(
              'Ketentuan sebagaimana dimaksud dalam ',
              ref('pasal1', 'ay12'),
              ' berlaku ',
              underline('sejak'),
              ' ditandatangani.',
            ),
          ],
        },
      ),
    ),
    closing(
      'Demikian Nota Kesepakatan ini dibuat dalam rangkap 2 (dua) asli, bermeterai cukup, masing-masing mempunyai kekuatan hukum yang sama.',
    ),
  );
}

/** A ready export input around {@link sampleBody}. */
export function sampleInput(over: Partial<AgreementExportInput> = {}): AgreementExportInput {
  return {
    kind: 'mou',
    status: 'draft',
    body: sampleBody(),
    meta: {
      title: 'Nota Kesepakatan Pengawasan Pelayanan Publik',
      subject: 'Pengawasan Penyelenggaraan Pelayanan Publik',
      place: 'Bandung',
      date: '2020-03-10',
      'number.p1': '001/ORI-JBR/III/2020',
      'number.p2': '',
      'signatoryName.p1': 'Dadan S. Suharmawijaya',
      'signatoryPosition.p1': 'Kepala Ombudsman RI Perwakilan Provinsi Jawa Barat',
      'signatoryName.p2': 'Muhammad Farhan',
      'signatoryPosition.p2': 'Wali Kota Bandung',
    },
    parties: PARTIES,
    ...over,
  };
}

/** A long agreement for benchmarks: `n` Pasal in BAB of ten, each with three ayat, letters and a reference. */
export function largeBody(n = 100): PMJSON {
  const nodes: PMJSON[] = [sampleBody().content?.[0] as PMJSON];
  for (let i = 1; i <= n; i += 1) {
    if (i % 10 === 1) nodes.push(chapter({ id: `bab${i}` }, `Bagian ${Math.ceil(i / 10)}`));
    nodes.push(
      clause(
        { id: `pasal${i}` },
        `Ketentuan Nomor ${i}`,
        ayat(
          {
            id: `ayat${i}-1`,
            blocks: [
              `PARA PIHAK melaksanakan ketentuan ke-${i} dengan itikad baik dan penuh tanggung jawab.`,
            ],
          },
          {
            id: `ayat${i}-2`,
            blocks: ['Pelaksanaan meliputi:', letters('perencanaan;', 'pelaksanaan; dan', 'evaluasi.')],
          },
          p(
            'Ketentuan sebagaimana dimaksud dalam ',
            ref(`pasal${Math.max(1, i - 1)}`, `ayat${Math.max(1, i - 1)}-2`),
            ' tetap berlaku.',
          ),
        ),
      ),
    );
  }
  nodes.push(closing('Demikian Nota Kesepakatan ini dibuat dalam rangkap 2 (dua) asli.'));
  return doc(...nodes);
}
