import type { PMJSON } from '../shared/clauses.ts';
import { NODE } from '../shared/schema/names.ts';
import { isVariableName, type VariableName } from '../shared/variables/names.ts';
import type { PlaceholderValues } from './placeholders.ts';

/** A variable written into a template's text; {@link withVariables} turns it into a variable node. */
const token = (name: VariableName) => `⟦${name}⟧`;
const TOKEN = /⟦(\w+)⟧/g;

/**
 * The `party.*` values of the party whose units (OPD) sign the variants of a master PKS: its
 * komparisi names the OPD's head with position, NIP and surat kuasa, acting for the OPD at its
 * address, and the correspondence list addresses the OPD; every one a variable.
 */
export function masterPartyValues(values: PlaceholderValues): PlaceholderValues {
  const out: PlaceholderValues = {};
  for (const [key, value] of Object.entries(values)) {
    const field = key.slice(key.indexOf('.') + 1);
    out[key] =
      field === 'name'
        ? token('opdName')
        : field === 'seat'
          ? token('opdAddress')
          : field === 'signatoryName'
            ? token('headName')
            : field === 'signatoryPosition'
              ? `${token('headPosition')}, NIP ${token('headNip')}, berdasarkan Surat Kuasa ${token('kuasaRef')}`
              : value;
  }
  return out;
}

/** The document-wide values a master takes as variables: the MoU's numbers and date, cited automatically. */
export function masterDocumentValues(values: PlaceholderValues): PlaceholderValues {
  return { ...values, 'mou.numbers': token('mouNumbers'), 'mou.date': token('mouDate') };
}

/** Where the work plan's annex is named in the PKS template's implementation clause. */
const WORK_PLAN_ANNEX = 'sebagaimana tercantum dalam Lampiran yang merupakan';

/**
 * The master's body: the work plan's annex named by its variable (each OPD has its own), then
 * every variable written into the text by the values above made a variable node, keeping the
 * marks of the text it stood in.
 */
export function withVariables(node: PMJSON): PMJSON {
  const visit = (n: PMJSON): PMJSON[] => {
    if (n.type !== NODE.text) return [n.content ? { ...n, content: n.content.flatMap(visit) } : n];
    const text = (n.text ?? '').replace(
      WORK_PLAN_ANNEX,
      `sebagaimana tercantum dalam ${token('rencanaKerja')} yang merupakan`,
    );
    const marks = n.marks?.length ? { marks: n.marks } : {};
    const out: PMJSON[] = [];
    let at = 0;
    for (const found of text.matchAll(TOKEN)) {
      const name = found[1];
      if (!isVariableName(name)) continue;
      if (found.index > at) out.push({ ...n, text: text.slice(at, found.index) });
      out.push({ type: NODE.variable, attrs: { name }, ...marks });
      at = found.index + found[0].length;
    }
    if (at < text.length) out.push({ ...n, text: text.slice(at) });
    return out;
  };
  return visit(node)[0] ?? node;
}
