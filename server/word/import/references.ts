import {
  type DocumentOutline,
  type PMJSON,
  resolveReference,
  typedReferences,
} from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';

/**
 * Typed cross-references inside the Pasal become live `clauseRef` nodes pointing at the
 * imported clause and ayat, so they renumber when clauses or ayat move: "Pasal 3",
 * "Pasal 3 ayat (2)", and a bare "ayat (2)", which names an ayat of the Pasal it stands in
 * (or, listed after "Pasal 3 ayat (1) dan", of Pasal 3). References to laws and the MoU
 * ("Pasal 363 Undang-Undang …", "Pasal 5 dan Pasal 6 UU 25/2009") stay text
 * (`typedReferences`), and the preamble and closing, which mostly cite laws, are left alone.
 */
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
    for (const ref of typedReferences(text)) {
      const attrs = ref.otherInstrument ? null : resolveReference(outline, ref, from);
      if (!attrs) continue;
      if (ref.index > at) out.push({ ...node, text: text.slice(at, ref.index) });
      out.push({ type: NODE.clauseRef, attrs: { ...attrs }, ...(node.marks ? { marks: node.marks } : {}) });
      at = ref.index + ref.length;
      references.push({ text: text.slice(ref.index, at), inPasal });
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
    if (!heading) return n;
    const id = String(n.attrs?.id);
    return { ...n, content: [heading, ...body.map((b) => visit(b, id, pasal))] };
  });
  return { doc: { ...doc, content }, linked: references.length, references };
}
