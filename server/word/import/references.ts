import type { DocumentOutline, PMJSON } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/editor/names.ts';

/**
 * Typed cross-references inside the Pasal ("sebagaimana dimaksud dalam Pasal 3 ayat (2)")
 * become live `clauseRef` nodes pointing at the imported clause, so they renumber when
 * clauses move. References to laws ("Pasal 363 Undang-Undang …") stay text, and the preamble
 * and closing, which mostly cite laws, are left alone.
 */
const REFERENCE =
  /Pasal\s+(\d+)(?:\s+ayat\s+\((\d+)\))?(?!\d)(?!(?:\s+(?:huruf|angka)\s+\S+)*,?\s+(?:Undang|Peraturan|UU\b|PP\b|Perpres|Permen|Perda|Perwal|Perkada|Keputusan|Instruksi|Kitab|KUH))/g;

export function linkReferences(doc: PMJSON, outline: DocumentOutline): { doc: PMJSON; linked: number } {
  let linked = 0;
  const target = (pasal: number, ayat?: number) => {
    const clause = outline.clauses[pasal - 1];
    if (!clause) return null;
    if (ayat === undefined) return { clauseId: clause.id, ayat: null };
    const item = clause.ayat[ayat - 1];
    return item?.id ? { clauseId: clause.id, ayat: item.id } : null;
  };
  const splitText = (node: PMJSON): PMJSON[] => {
    const text = node.text ?? '';
    const out: PMJSON[] = [];
    let at = 0;
    for (const m of text.matchAll(REFERENCE)) {
      const attrs = target(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
      if (!attrs) continue;
      if (m.index > at) out.push({ ...node, text: text.slice(at, m.index) });
      out.push({ type: NODE.clauseRef, attrs, ...(node.marks ? { marks: node.marks } : {}) });
      at = m.index + m[0].length;
      linked += 1;
    }
    if (!out.length) return [node];
    if (at < text.length) out.push({ ...node, text: text.slice(at) });
    return out;
  };
  const visit = (node: PMJSON): PMJSON => {
    if (!node.content) return node;
    const content = node.content.flatMap((c) => (c.type === NODE.text ? splitText(c) : [visit(c)]));
    return { ...node, content };
  };
  const content = (doc.content ?? []).map((n) => {
    if (n.type !== NODE.clause) return n;
    // The heading stays text; only the body of the clause holds references.
    const [heading, ...body] = n.content ?? [];
    return { ...n, content: [heading, ...body.map(visit)] };
  });
  return { doc: { ...doc, content }, linked };
}
