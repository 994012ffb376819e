import type { DocumentOutline, PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/editor/names.ts';
import { resolveReference } from '../../../shared/references.ts';

/**
 * Typed cross-references inside the Pasal become live `clauseRef` nodes pointing at the
 * imported clause and ayat, so they renumber when clauses or ayat move: "Pasal 3",
 * "Pasal 3 ayat (2)", and a bare "ayat (2)", which names an ayat of the Pasal it stands in.
 * References to laws ("Pasal 363 Undang-Undang …", "ayat (1) Peraturan …") stay text, and the
 * preamble and closing, which mostly cite laws, are left alone.
 */
const LAW =
  '(?!(?:\\s+(?:huruf|angka)\\s+\\S+)*,?\\s+(?:Undang|Peraturan|UU\\b|PP\\b|Perpres|Permen|Perda|Perwal|Perkada|Keputusan|Instruksi|Kitab|KUH))';
const REFERENCE = new RegExp(
  `Pasal\\s+(\\d+)(?:\\s+ayat\\s+\\((\\d+)\\))?(?!\\d)${LAW}|(?<!Pasal\\s+\\d+\\s+)ayat\\s+\\((\\d+)\\)${LAW}`,
  'g',
);

/** A reference linked: its text as typed and the Pasal (by number) it was typed in. */
export interface LinkedReference {
  text: string;
  inPasal: number;
}

export function linkReferences(
  doc: PMJSON,
  outline: DocumentOutline,
): { doc: PMJSON; linked: number; references: LinkedReference[] } {
  const references: LinkedReference[] = [];
  const splitText = (node: PMJSON, from: string, inPasal: number): PMJSON[] => {
    const text = node.text ?? '';
    const out: PMJSON[] = [];
    let at = 0;
    for (const m of text.matchAll(REFERENCE)) {
      const numbers =
        m[1] !== undefined
          ? { pasal: Number(m[1]), ayat: m[2] === undefined ? null : Number(m[2]) }
          : { pasal: null, ayat: Number(m[3]) };
      const attrs = resolveReference(outline, numbers, from);
      if (!attrs) continue;
      if (m.index > at) out.push({ ...node, text: text.slice(at, m.index) });
      out.push({ type: NODE.clauseRef, attrs: { ...attrs }, ...(node.marks ? { marks: node.marks } : {}) });
      at = m.index + m[0].length;
      references.push({ text: m[0], inPasal });
    }
    if (!out.length) return [node];
    if (at < text.length) out.push({ ...node, text: text.slice(at) });
    return out;
  };
  const visit = (node: PMJSON, from: string, inPasal: number): PMJSON => {
    if (!node.content) return node;
    const content = node.content.flatMap((c) =>
      c.type === NODE.text ? splitText(c, from, inPasal) : [visit(c, from, inPasal)],
    );
    return { ...node, content };
  };
  let pasal = 0;
  const content = (doc.content ?? []).map((n) => {
    if (n.type !== NODE.clause) return n;
    pasal += 1;
    // The heading stays text; only the body of the clause holds references.
    const [heading, ...body] = n.content ?? [];
    const id = String(n.attrs?.id);
    return { ...n, content: [heading, ...body.map((b) => visit(b, id, pasal))] };
  });
  return { doc: { ...doc, content }, linked: references.length, references };
}
