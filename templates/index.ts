import type { PMJSON } from '../shared/clauses.ts';
import { type DocumentMeta, META, partyMetaKey } from '../shared/meta.ts';
import { NODE } from '../shared/schema/names.ts';
import { type PartyWording, partyLabel } from '../shared/words.ts';
import { withFreshIds } from './freshIds.ts';
import { masterDocumentValues, masterPartyValues, withVariables } from './master.ts';
import mouTemplate from './mou.id.json' with { type: 'json' };
import pksTemplate from './pks.id.json' with { type: 'json' };
import { expandPartyBlocks, fillPlaceholders } from './placeholders.ts';
import { type AgreementKind, DOCUMENT_NAME, type TemplateContext } from './types.ts';
import { partyValues, templateValues } from './values.ts';

export type { AgreementKind, TemplateContext, TemplateMou, TemplateParty } from './types.ts';
export { DEFAULT_SUBJECT, DOCUMENT_NAME } from './types.ts';

/** The template bodies as stored (fixed ids, placeholders unfilled). */
export const TEMPLATES: Readonly<Record<AgreementKind, PMJSON>> = {
  mou: mouTemplate as PMJSON,
  pks: pksTemplate as PMJSON,
};

/** The term every template states in its JANGKA WAKTU clause ("5 (lima) tahun"). */
export const TEMPLATE_TERM_YEARS = 5;

/**
 * Makes the body and metadata of a new MoU or PKS: the template of that kind with the
 * opening formula, komparisi (one per party: PIHAK PERTAMA, PIHAK KEDUA, PIHAK KETIGA ...),
 * recitals and correspondence addresses filled from the cooperation, fresh ids for every
 * clause, chapter and ayat (cross-references follow them), and meta defaults. A master PKS
 * (`ctx.master`) takes variables where each OPD's variant differs: the komparisi and address of
 * the party whose units sign, the MoU's numbers and date, the work plan's annex.
 */
export function instantiateTemplate(
  kind: AgreementKind,
  ctx: TemplateContext,
): { body: PMJSON; meta: DocumentMeta } {
  const template = TEMPLATES[kind];
  if (!template) throw new Error(`No template for document kind "${kind}"`);
  if (ctx.parties.length < 2) throw new Error('An agreement needs at least two parties');
  const parties = [...ctx.parties].sort((a, b) => a.ordinal - b.ordinal);
  // One original for each party to keep; two parties is the usual "rangkap 2 (dua)".
  const originals = Math.max(2, parties.length);
  const master = kind === 'pks' ? ctx.master : null;
  const documentValues = templateValues(kind, ctx, parties, originals);
  const values = master ? masterDocumentValues(documentValues) : documentValues;
  const expanded = expandPartyBlocks(template, parties.length, (i) => {
    const own = partyValues(parties[i]!, i + 1, 'party', ctx.wording);
    return master && i + 1 === master.unitPartyOrdinal ? masterPartyValues(own) : own;
  });
  const filled = fillPlaceholders(expanded, values);
  const body = withFreshIds(inPartyWording(master ? withVariables(filled) : filled, ctx.wording));

  const meta: DocumentMeta = {
    [META.title]: documentValues.title,
    [META.subject]: documentValues.subject,
    [META.place]: ctx.place?.trim() ?? '',
    [META.date]: ctx.date?.trim() ?? '',
    [META.originals]: String(originals),
    [META.termYears]: String(TEMPLATE_TERM_YEARS),
  };
  for (const party of parties) {
    meta[partyMetaKey.number(party.id)] = '';
    meta[partyMetaKey.signatoryName(party.id)] = party.signatoryName?.trim() ?? '';
    meta[partyMetaKey.signatoryPosition(party.id)] = party.signatoryPosition?.trim() ?? '';
    meta[partyMetaKey.signatoryNip(party.id)] = party.signatoryNip?.trim() ?? '';
  }
  return { body, meta };
}

/**
 * The templates and the clause library write "PIHAK PERTAMA" in running text (rights and
 * obligations, scope): a cooperation that counts "PIHAK KESATU" gets that word everywhere instead.
 */
export function inPartyWording(node: PMJSON, wording: PartyWording = 'pertama'): PMJSON {
  return wording === 'kesatu' ? withFirstPartyWording(node) : node;
}

function withFirstPartyWording(node: PMJSON): PMJSON {
  if (node.type === NODE.text)
    return { ...node, text: (node.text ?? '').replace(/\bPIHAK PERTAMA\b/g, partyLabel(1, 'kesatu')) };
  return node.content ? { ...node, content: node.content.map(withFirstPartyWording) } : node;
}

/** "Nota Kesepakatan" / "Perjanjian Kerja Sama": the document's name in running text. */
export const documentName = (kind: AgreementKind, lang: 'id' | 'en' = 'id') => DOCUMENT_NAME[kind][lang];
