import { type PMJSON, textOf } from './clauses.ts';
import { type DocumentMeta, partyMetaKey } from './meta.ts';
import { NODE } from './schema/names.ts';
import { ordinalWord } from './words.ts';

/**
 * The komparisi ("1. [nama pejabat], [jabatan], dalam hal ini bertindak untuk dan atas nama …,
 * selanjutnya disebut PIHAK PERTAMA.") names each party's signatory from the Info fields: the
 * text keeps a named blank where the name and the position go, and whatever shows or prints
 * the text (the editor, the Word export, the completeness check) reads the blank as the
 * signatory the Info tab holds for the party the paragraph introduces. So the komparisi
 * follows every change of those fields, and a blank is left only where a field is empty.
 */

/** The blanks the templates leave in the komparisi, by the meta field that fills them. */
export const KOMPARISI_BLANK = {
  signatoryName: '[nama pejabat]',
  signatoryPosition: '[jabatan]',
} as const;
export type KomparisiField = keyof typeof KOMPARISI_BLANK;

const FIELDS = Object.keys(KOMPARISI_BLANK) as KomparisiField[];
const BLANKS = /\[nama pejabat\]|\[jabatan\]/g;
const FIELD_OF = new Map(FIELDS.map((f) => [KOMPARISI_BLANK[f], f]));

const ORDINALS = new Map<string, number>();
for (let n = 1; n <= 20; n += 1) {
  ORDINALS.set(ordinalWord(n, 'pertama'), n);
  ORDINALS.set(ordinalWord(n, 'kesatu'), n);
}
const DISEBUT =
  /selanjutnya\s+(?:\S+\s+){0,3}?disebut\s+(?:sebagai\s+)?["“]?PIHAK\s+(PERTAMA|KE[A-Z]+(?:\s+BELAS)?)\b/i;

/** The ordinal of the party a komparisi paragraph introduces ("… selanjutnya disebut PIHAK KEDUA"), or null. */
export function komparisiOrdinal(text: string): number | null {
  const found = DISEBUT.exec(text.replace(/\s+/g, ' '));
  return found ? (ORDINALS.get(found[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null) : null;
}

/** A party as the komparisi needs it: its id (the meta keys) and its ordinal (the label). */
export interface KomparisiParty {
  id: string;
  ordinal: number;
}

/** Each party's signatory fields from the meta map, trimmed, by ordinal; an empty field is absent. */
export function komparisiValues(
  meta: DocumentMeta,
  parties: readonly KomparisiParty[],
): Map<number, Partial<Record<KomparisiField, string>>> {
  const out = new Map<number, Partial<Record<KomparisiField, string>>>();
  for (const party of parties) {
    const values: Partial<Record<KomparisiField, string>> = {};
    for (const field of FIELDS) {
      const value: unknown = meta[partyMetaKey[field](party.id)];
      if (typeof value === 'string' && value.trim()) values[field] = value.trim();
    }
    out.set(party.ordinal, values);
  }
  return out;
}

/** One blank in a run of text: where it is, and the value that replaces it (none when its field is empty). */
export interface KomparisiSlot {
  from: number;
  to: number;
  field: KomparisiField;
  value?: string;
}

/** The blanks in one run of text of the komparisi of the party with these values. */
export function komparisiSlots(
  text: string,
  values: Partial<Record<KomparisiField, string>>,
): KomparisiSlot[] {
  return [...text.matchAll(BLANKS)].map((m) => {
    const field = FIELD_OF.get(m[0] as (typeof KOMPARISI_BLANK)[KomparisiField]) as KomparisiField;
    const from = m.index ?? 0;
    return { from, to: from + m[0].length, field, ...(values[field] ? { value: values[field] } : {}) };
  });
}

/** The run of text with each blank whose field is filled replaced by the field's value. */
function fillRun(text: string, values: Partial<Record<KomparisiField, string>>): string {
  return text.replace(BLANKS, (blank) => values[FIELD_OF.get(blank as never) as KomparisiField] ?? blank);
}

function fillNode(node: PMJSON, values: Partial<Record<KomparisiField, string>>): PMJSON {
  if (node.type === NODE.text) return { ...node, text: fillRun(node.text ?? '', values) };
  return node.content ? { ...node, content: node.content.map((c) => fillNode(c, values)) } : node;
}

/**
 * The body with the komparisi's blanks read from the Info fields, as it is printed: in each
 * paragraph of the opening that introduces a party, "[nama pejabat]" and "[jabatan]" become
 * that party's signatory name and position where those are filled.
 */
export function fillKomparisi(body: PMJSON, meta: DocumentMeta, parties: readonly KomparisiParty[]): PMJSON {
  const byOrdinal = komparisiValues(meta, parties);
  const fillBlock = (block: PMJSON): PMJSON => {
    if (block.type !== NODE.paragraph) {
      return block.content ? { ...block, content: block.content.map(fillBlock) } : block;
    }
    const ordinal = komparisiOrdinal(textOf(block));
    const values = ordinal === null ? undefined : byOrdinal.get(ordinal);
    return values ? fillNode(block, values) : block;
  };
  return {
    ...body,
    content: (body.content ?? []).map((node) => (node.type === NODE.preamble ? fillBlock(node) : node)),
  };
}
