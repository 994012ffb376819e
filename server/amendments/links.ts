import type { AmendmentKind } from '../../shared/amendments/text.ts';
import type { AmendmentLinkDTO, DocumentAmendmentsDTO } from '../../shared/api/amendments.ts';
import { partyMetaKey } from '../../shared/meta.ts';
import { docToJSON } from '../collab/convert.ts';
import type { AppContext } from '../context.ts';
import { type DocumentRecord, findDocument, listAmendmentsOf } from '../db/repos/documents.ts';
import { listParties } from '../db/repos/parties.ts';

/**
 * What a document's page shows of the link between an agreement and its addenda and renewals:
 * the agreement this one amends or renews, with its numbers ("Mengubah: … Nomor …"), and the
 * documents that amend or renew this one. Undefined when it has neither.
 */
export async function amendmentsOf(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  document: DocumentRecord,
): Promise<DocumentAmendmentsDTO | undefined> {
  const old = document.amendsDocumentId ? findDocument(ctx.db, document.amendsDocumentId) : null;
  const newer = listAmendmentsOf(ctx.db, document.id);
  if (!old && newer.length === 0) return undefined;
  // The kind is the newer document's: what this one is to its agreement, or what each newer one is to this.
  const link = (d: DocumentRecord, kind: AmendmentKind | null, numbers: string[] = []): AmendmentLinkDTO => ({
    id: d.id,
    title: d.title,
    status: d.status,
    kind: kind ?? 'addendum',
    numbers,
  });
  let amends: AmendmentLinkDTO | null = null;
  if (old) {
    const meta = await ctx.collab.withDocument(old.id, (doc) => docToJSON(doc).meta);
    const numbers = listParties(ctx.db, old.cooperationId)
      .map((p) => (meta[partyMetaKey.number(p.id)] ?? '').trim())
      .filter(Boolean);
    amends = link(old, document.amendmentKind, numbers);
  }
  return { amends, amendedBy: newer.map((d) => link(d, d.amendmentKind)) };
}
