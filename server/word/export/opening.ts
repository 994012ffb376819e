import { type PMJSON, textOf } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/editor/names.ts';
import { type DocumentMeta, META } from '../../../shared/meta.ts';
import { datePartsInWords, parseIsoDate } from '../../../shared/words.ts';

/**
 * Fills the blanks a template leaves in the opening formula ("Pada hari ini …, tanggal …,
 * bulan …, tahun … (…), bertempat di …") from the document's meta date and place, with the
 * date written out in words. Recognises named placeholders ("[hari]", "{{tanggal}}", and the
 * English names DOMAIN.md uses) and runs of dots after the Indonesian keyword. Only the
 * opening paragraph is touched; a blank whose value is unknown stays a blank for the pen.
 */
export function fillOpening(body: PMJSON, meta: DocumentMeta): PMJSON {
  const values = openingValues(meta);
  if (!Object.keys(values).length) return body;
  return {
    ...body,
    content: (body.content ?? []).map((node) =>
      node.type === NODE.preamble
        ? { ...node, content: (node.content ?? []).map((b) => (isOpening(b) ? mapText(b, values) : b)) }
        : node,
    ),
  };
}

/**
 * Only the opening formula itself is filled: recitals also carry blanks and placeholders
 * ("Nota Kesepakatan Nomor [nomor] tanggal [tanggal]" of the MoU a PKS cites) that are
 * other dates.
 */
const isOpening = (block: PMJSON) =>
  block.type === NODE.paragraph && /\bpada\s+hari\s+ini\b/i.test(textOf(block));

type Slot = 'day' | 'date' | 'month' | 'year' | 'numeric' | 'place' | 'full';

function openingValues(meta: DocumentMeta): Partial<Record<Slot, string>> {
  const out: Partial<Record<Slot, string>> = {};
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
const NAMED: Record<string, Slot> = {
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
/** Blanks identified by the word before them. */
const KEYWORD_BLANKS: [RegExp, Slot][] = [
  [new RegExp(`(hari(?:\\s+ini)?\\s*:?\\s*)${DOTS}`, 'i'), 'day'],
  [new RegExp(`(tanggal\\s*:?\\s*)${DOTS}`, 'i'), 'date'],
  [new RegExp(`(bulan\\s*:?\\s*)${DOTS}`, 'i'), 'month'],
  [new RegExp(`(tahun\\s*:?\\s*)${DOTS}`, 'i'), 'year'],
  [new RegExp(`(\\()${DOTS}(?=\\))`), 'numeric'],
  [new RegExp(`(bertempat\\s+di\\s*)${DOTS}`, 'i'), 'place'],
];

/** Replaces the placeholders of one run of text. */
export function fillText(text: string, values: Partial<Record<Slot, string>>): string {
  let out = text.replace(/\{\{\s*([\w -]+?)\s*\}\}|\[([\w -]+?)\]/g, (whole, a?: string, b?: string) => {
    const slot = NAMED[(a ?? b ?? '').toLowerCase()];
    return slot && values[slot] ? (values[slot] as string) : whole;
  });
  for (const [re, slot] of KEYWORD_BLANKS) {
    const value = values[slot];
    if (value) out = out.replace(re, (_m, lead: string) => `${lead}${value}`);
  }
  return out;
}

function mapText(node: PMJSON, values: Partial<Record<Slot, string>>): PMJSON {
  if (node.type === NODE.text) return { ...node, text: fillText(node.text ?? '', values) };
  if (!node.content) return node;
  return { ...node, content: node.content.map((c) => mapText(c, values)) };
}
