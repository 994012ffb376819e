/**
 * References typed as text — "Pasal 7", "Pasal 7 ayat (1)", "ayat (2)" — found in a run of
 * text, for the import (which turns them into live references with `resolveReference`) and
 * for the check that templates hold no typed reference.
 */

/** One typed reference in a text. */
export interface TypedReference {
  /** Offset of the reference in the text, and its length ("Pasal 7 ayat (1)" is one). */
  index: number;
  length: number;
  /**
   * The Pasal number; null for a bare "ayat (1)", which means the Pasal the text sits in.
   * A bare ayat listed after a numbered one ("Pasal 7 ayat (1) dan ayat (2)") takes its Pasal.
   */
  pasal: number | null;
  ayat: number | null;
  /**
   * True when the reference cites another instrument — "Pasal 363 Undang-Undang Nomor 23 Tahun
   * 2014", "Pasal 3 Nota Kesepakatan …" — and not this document: it stays text.
   */
  otherInstrument: boolean;
}

// "Pasal 12A" is an article inserted by an amendment of a law, never one of ours: not read.
const REFERENCE = /\b(?:Pasal\s+(\d+)(?:\s+ayat\s*\((\d+)\))?|ayat\s*\((\d+)\))(?![\p{L}\d])/giu;

/** What may stand between two references of one list: "ayat (1), ayat (2), dan ayat (3)". */
const LIST_JOIN = /^\s*(?:,|,?\s+(?:dan|atau|serta|sampai dengan|s\.d\.|hingga))\s*$/i;

/**
 * The name of another instrument right after a reference (after any "huruf a" / "angka 1").
 * "… Nota Kesepakatan ini" names this document, which the check below lets through.
 */
const INSTRUMENT =
  /^(?:\s+(?:huruf|angka)\s+\S+?)*,?\s+(?:Undang|Peraturan|UU\b|PP\b|Perpres|Permen|Perda|Perwal|Perbup|Pergub|Perkada|Perdes|Keputusan|Instruksi|Surat\s+Edaran|Kitab|KUH|Qanun|Nota\s+Kesep|Kesepakatan|Perjanjian|Memorandum)[^,.;:()]*/i;

function citesOtherInstrument(after: string): boolean {
  const m = INSTRUMENT.exec(after);
  return !!m && !/\bini\b/i.test(m[0]);
}

/** Every typed reference in `text`, in order, each marked whether it cites another instrument. */
export function typedReferences(text: string): TypedReference[] {
  const found: TypedReference[] = [];
  // A list of references shares the Pasal of its first numbered item and the instrument named
  // after its last one ("Pasal 5 dan Pasal 6 Undang-Undang …").
  let list: TypedReference[] = [];
  const closeList = (end: number) => {
    const other = citesOtherInstrument(text.slice(end));
    for (const ref of list) ref.otherInstrument = other;
    list = [];
  };
  let end = 0;
  for (const m of text.matchAll(REFERENCE)) {
    const previous = list[list.length - 1];
    if (previous && !LIST_JOIN.test(text.slice(end, m.index))) closeList(end);
    const numbered = m[1] !== undefined;
    const ref: TypedReference = {
      index: m.index,
      length: m[0].length,
      pasal: numbered ? Number(m[1]) : (list[list.length - 1]?.pasal ?? null),
      ayat: numbered ? (m[2] === undefined ? null : Number(m[2])) : Number(m[3]),
      otherInstrument: false,
    };
    list.push(ref);
    found.push(ref);
    end = m.index + m[0].length;
  }
  if (list.length) closeList(end);
  return found;
}
