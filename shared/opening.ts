import { type DocumentMeta, META } from './meta.ts';
import { datePartsInWords, parseIsoDate } from './words.ts';

/**
 * The opening formula ("Pada hari ini …, tanggal …, bulan …, tahun … (…), bertempat di …")
 * reads its blanks from the document's signing date and place on the Info tab, with the date
 * written out in words. The text keeps the blanks; whatever shows or prints it (the editor's
 * decoration, the Word export, the redline) fills them through {@link openingSlots}, so both
 * say the same. Recognises named placeholders ("[hari]", "{{tanggal}}", and English names such as
 * "[day]", "[place]") and runs of dots after the Indonesian keyword. A blank whose value is
 * unknown stays a blank for the pen.
 */

/** Which value of the signing date or place a blank of the opening takes. */
export type OpeningSlotName = 'day' | 'date' | 'month' | 'year' | 'numeric' | 'place' | 'full';
/** The opening's values from the meta; a value that is unknown is absent. */
export type OpeningValues = Partial<Record<OpeningSlotName, string>>;

/**
 * Only the opening formula itself is filled: recitals also carry blanks and placeholders
 * ("Nota Kesepakatan Nomor [nomor] tanggal [tanggal]" of the MoU a PKS cites) that are
 * other dates.
 */
export const isOpeningText = (text: string): boolean => /\bpada\s+hari\s+ini\b/i.test(text);

/** The signing date (in words) and place of the Info tab, as the opening's blanks take them. */
export function openingValues(meta: DocumentMeta): OpeningValues {
  const out: OpeningValues = {};
  const date = parseIsoDate(meta[META.date]);
  if (date) {
    const p = datePartsInWords(date);
    Object.assign(out, { day: p.day, date: p.date, month: p.month, year: p.year, numeric: p.numeric });
    out.full = `${p.day}, tanggal ${p.date}, bulan ${p.month}, tahun ${p.year} (${p.numeric})`;
  }
  const place = (meta[META.place] ?? '').trim();
  if (place) out.place = place;
  return out;
}

/** Placeholder names, lower case, as templates may spell them. */
const NAMED: Record<string, OpeningSlotName> = {
  hari: 'day',
  day: 'day',
  tanggal: 'date',
  'tanggal terbilang': 'date',
  'date in words': 'date',
  date: 'date',
  bulan: 'month',
  month: 'month',
  tahun: 'year',
  'tahun terbilang': 'year',
  'year in words': 'year',
  year: 'year',
  'dd-mm-yyyy': 'numeric',
  'tanggal angka': 'numeric',
  tempat: 'place',
  place: 'place',
  'tanggal lengkap': 'full',
  'tanggal penandatanganan': 'full',
};

const DOTS = '(?:\\.{3,}|…+)';
/** Blanks identified by the word before them: the first such blank after each keyword. */
const KEYWORD_BLANKS: [RegExp, OpeningSlotName][] = [
  [new RegExp(`(hari(?:\\s+ini)?\\s*:?\\s*)${DOTS}`, 'i'), 'day'],
  [new RegExp(`(tanggal\\s*:?\\s*)${DOTS}`, 'i'), 'date'],
  [new RegExp(`(bulan\\s*:?\\s*)${DOTS}`, 'i'), 'month'],
  [new RegExp(`(tahun\\s*:?\\s*)${DOTS}`, 'i'), 'year'],
  [new RegExp(`(\\()${DOTS}(?=\\))`), 'numeric'],
  [new RegExp(`(bertempat\\s+di\\s*)${DOTS}`, 'i'), 'place'],
];

/** One filled blank in a run of the opening's text: where it is and what shows in its place. */
export interface OpeningSlot {
  from: number;
  to: number;
  slot: OpeningSlotName;
  value: string;
}

/** The blanks of one run of the opening's text that these values fill, in text order. */
export function openingSlots(text: string, values: OpeningValues): OpeningSlot[] {
  const out: OpeningSlot[] = [];
  for (const m of text.matchAll(/\{\{\s*([\w -]+?)\s*\}\}|\[([\w -]+?)\]/g)) {
    const slot = NAMED[(m[1] ?? m[2] ?? '').toLowerCase()];
    const value = slot && values[slot];
    if (value) out.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, slot, value });
  }
  for (const [re, slot] of KEYWORD_BLANKS) {
    const value = values[slot];
    const m = value ? re.exec(text) : null;
    if (!value || !m) continue;
    const from = (m.index ?? 0) + m[1]!.length;
    out.push({ from, to: (m.index ?? 0) + m[0].length, slot, value });
  }
  // Two ways of spelling one blank never fill it twice: the first in the text wins.
  out.sort((a, b) => a.from - b.from);
  return out.filter((s, i) => i === 0 || s.from >= out[i - 1]!.to);
}

/** One run of the opening's text with its blanks filled. */
export function fillOpeningText(text: string, values: OpeningValues): string {
  let out = text;
  for (const s of openingSlots(text, values).reverse())
    out = out.slice(0, s.from) + s.value + out.slice(s.to);
  return out;
}
