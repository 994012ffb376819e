import type { PMJSON } from '../clauses.ts';

/**
 * Test documents for the obligation proposals, in the shapes agreements take: Pasal with ayat,
 * lead-ins with lettered items, a komparisi that names its parties. The sentences are written for
 * these tests after the conventions in docs/DOMAIN.md, each one either an obligation the reader
 * must find or a trap it must leave alone.
 */

const para = (text: string): PMJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** An ayat: a sentence, or a lead-in with its lettered items. */
export type AyatSpec = string | { lead: string; items: string[] };

function letters(items: string[]): PMJSON {
  return { type: 'letterList', content: items.map((t) => ({ type: 'letterItem', content: [para(t)] })) };
}

/** A Pasal with id `id`, its heading, and its ayat (ids `${id}-1`, `${id}-2` …); one bare paragraph when `ayat` is a string. */
export function pasal(id: string, heading: string, ayat: AyatSpec[] | string): PMJSON {
  const body =
    typeof ayat === 'string'
      ? [para(ayat)]
      : [
          {
            type: 'ayatList',
            content: ayat.map((a, i) => ({
              type: 'ayatItem',
              attrs: { id: `${id}-${i + 1}` },
              content: typeof a === 'string' ? [para(a)] : [para(a.lead), letters(a.items)],
            })),
          },
        ];
  return {
    type: 'clause',
    attrs: { id },
    content: [{ type: 'clauseHeading', content: [{ type: 'text', text: heading }] }, ...body],
  };
}

/** A document: a preamble of the given lines (the komparisi), the Pasal, then the closing formula. */
export function agreement(preamble: string[], clauses: PMJSON[]): PMJSON {
  return {
    type: 'doc',
    content: [
      { type: 'preamble', content: preamble.map(para) },
      ...clauses,
      {
        type: 'closing',
        content: [
          para(
            'Demikian Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama.',
          ),
        ],
      },
    ],
  };
}

/** The usual komparisi: PIHAK PERTAMA, PIHAK KEDUA, PARA PIHAK. */
export const STANDARD_KOMPARISI = [
  'Pada hari ini Senin, tanggal dua, bulan Maret, tahun dua ribu dua puluh enam (02-03-2026), bertempat di Jambi, kami yang bertanda tangan di bawah ini:',
  '1. Rina Marlina, Kepala Perwakilan, dalam hal ini bertindak untuk dan atas nama Ombudsman Republik Indonesia Perwakilan Provinsi Jambi, berkedudukan di Kota Jambi, selanjutnya disebut PIHAK PERTAMA.',
  '2. Ahmad Fauzi, Wali Kota, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota Jambi, berkedudukan di Kota Jambi, selanjutnya disebut PIHAK KEDUA.',
  'PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK dan secara sendiri-sendiri disebut PIHAK.',
  'PIHAK KEDUA berkewajiban menyelenggarakan pelayanan publik sesuai dengan standar pelayanan.',
];
