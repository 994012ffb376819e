import {
  type AmendmentKind,
  addendumBody,
  amendmentTitle,
  type CitedAgreement,
  renewalBody,
} from '../../shared/amendments/text.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import { newId } from '../../shared/ids.ts';
import { type DocumentMeta, META, partyMetaKey } from '../../shared/meta.ts';
import { fillVariables } from '../../shared/variables/fill.ts';
import { withFreshIds } from '../../templates/freshIds.ts';
import { docToJSON } from '../collab/convert.ts';
import { createDocumentState } from '../collab/store.ts';
import { printedVariableValues } from '../commands/printedRecords.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, insertDocument } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';
import { amendmentNotSigned } from '../errors/index.ts';
import { withoutAnchors } from '../variants/merge.ts';

type Ctx = Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>;

/** The agreement as its final text prints it: what the new document cites. */
function citedOf(kind: 'mou' | 'pks', meta: DocumentMeta, partyIds: readonly string[]): CitedAgreement {
  const text = (key: string) => (meta[key] ?? '').trim();
  return {
    kind,
    numbers: partyIds.map((id) => text(partyMetaKey.number(id))),
    date: text(META.date),
    subject: text(META.subject),
  };
}

/**
 * The new document's Info fields: the old ones, with what each signing sets afresh left blank
 * (every party's number, the date and place of signing). A renewal keeps the term for the
 * parties to set; an addendum has none of its own, since the agreement's still runs.
 */
function amendmentMeta(kind: AmendmentKind, old: DocumentMeta, title: string, partyIds: readonly string[]) {
  const meta: DocumentMeta = { ...old, [META.title]: title, [META.date]: '', [META.place]: '' };
  for (const id of partyIds) meta[partyMetaKey.number(id)] = '';
  if (kind === 'addendum') meta[META.termYears] = '';
  return meta;
}

/**
 * "Susun adendum" / "Susun perpanjangan": a new draft in the agreement's cooperation, linked to
 * the signed (or final) MoU or PKS it amends or renews. A renewal starts as a copy of the text
 * as it was finalised (variables written out with the values frozen then, discussion anchors
 * left out) with a recital citing the old agreement's numbers and date; an addendum starts
 * in the standard shape of `shared/amendments/text.ts`, built with the document schema. A
 * draft agreement is refused (409 `amendment.not_signed`).
 */
export async function createAmendment(
  ctx: Ctx,
  input: { old: DocumentRecord; kind: AmendmentKind; userId: string },
): Promise<DocumentRecord> {
  const { old, kind } = input;
  if ((old.kind !== 'mou' && old.kind !== 'pks') || (old.status !== 'signed' && old.status !== 'final')) {
    throw amendmentNotSigned();
  }
  const agreement = old.kind;
  const content = await ctx.collab.withDocument(old.id, (doc) => docToJSON(doc));
  const variables = await printedVariableValues(ctx, old, content);
  const signed: PMJSON = withoutAnchors(fillVariables(content.body, variables));
  const partyIds = listParties(ctx.db, old.cooperationId).map((p) => p.id);
  const cited = citedOf(agreement, content.meta, partyIds);
  const originals = Number.parseInt(content.meta[META.originals] ?? '', 10);
  // Ids of its own, as a new document from a template gets: nothing links its Pasal to the old ones'.
  const body = withFreshIds(
    kind === 'renewal'
      ? renewalBody(signed, cited)
      : addendumBody(cited, signed, Number.isFinite(originals) && originals > 0 ? originals : 2),
  );
  const oldTitle = (content.meta[META.title] ?? '').trim() || old.title;
  const title = amendmentTitle(kind, oldTitle);
  const document = ctx.db.transaction(() => {
    const created = insertDocument(ctx.db, {
      id: newId('d'),
      cooperationId: old.cooperationId,
      kind: agreement,
      title,
      mouId: old.mouId,
      amends: { documentId: old.id, kind },
      createdBy: input.userId,
    });
    createDocumentState(
      ctx.store,
      created.id,
      body,
      amendmentMeta(kind, content.meta, title, partyIds),
      input.userId,
    );
    return created;
  })();
  ctx.events?.publish(old.cooperationId, { type: 'document.created', documentId: document.id });
  return document;
}
