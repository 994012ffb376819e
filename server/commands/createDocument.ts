import { agreementPartySettings } from '../../shared/api/agreementSettings.ts';
import type { DocumentKind } from '../../shared/api/cooperations.ts';
import { newId } from '../../shared/ids.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { instantiateTemplate } from '../../templates/index.ts';
import { docToJSON } from '../collab/convert.ts';
import { createDocumentState } from '../collab/store.ts';
import type { AppContext } from '../context.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { type DocumentRecord, findDocument, insertDocument, listDocuments } from '../db/repos/documents.ts';
import { listMembers } from '../db/repos/members.ts';
import { listParties } from '../db/repos/parties.ts';
import { unitPartyOrdinal } from '../db/repos/units.ts';
import { validation } from '../errors/index.ts';

/** Default titles by kind, as they head the agreement. */
export const DEFAULT_TITLE: Record<'mou' | 'pks', string> = {
  mou: 'Nota Kesepakatan',
  pks: 'Perjanjian Kerja Sama',
};

export interface CreateDocumentInput {
  cooperationId: string;
  /** The cooperation's title: the default subject ("tentang ..."). */
  cooperationTitle: string;
  kind: Extract<DocumentKind, 'mou' | 'pks'>;
  title?: string;
  subject?: string;
  mouId?: string;
  /** A master PKS: the template with variables where each OPD's variant differs. */
  master?: boolean;
  userId: string;
}

/**
 * The default subject ("tentang ...") from the cooperation's title: "Kerja Sama Peningkatan
 * Pelayanan" → "Peningkatan Pelayanan", as agreements are titled "... tentang Peningkatan Pelayanan".
 */
export function subjectOf(cooperationTitle: string): string {
  return cooperationTitle.replace(/^\s*kerja\s*sama\s+(tentang\s+)?/i, '').trim() || cooperationTitle;
}

/** The MoU a PKS implements: the one named, else the cooperation's latest MoU, else none. */
function mouFor(ctx: Pick<AppContext, 'db'>, input: CreateDocumentInput): DocumentRecord | null {
  if (input.kind !== 'pks') {
    if (input.mouId) {
      throw validation('mouId', 'Hanya PKS yang dapat merujuk MoU.', 'Only a PKS can refer to an MoU.');
    }
    return null;
  }
  if (!input.mouId)
    return (
      listDocuments(ctx.db, input.cooperationId)
        .filter((d) => d.kind === 'mou')
        .at(-1) ?? null
    );
  const mou = findDocument(ctx.db, input.mouId);
  if (!mou || mou.cooperationId !== input.cooperationId || mou.kind !== 'mou') {
    throw validation(
      'mouId',
      'Isian "mouId" bukan MoU dalam kerja sama ini.',
      'Field "mouId" is not an MoU of this cooperation.',
    );
  }
  return mou;
}

/**
 * Creates an MoU or a PKS from the templates: the opening formula and the identification of
 * the parties come from the cooperation; a PKS cites its MoU (title, numbers, date); a master
 * PKS (`master`) holds variables where its OPD variants differ. The initial content is stored
 * as the first update of the document's log, by the creator.
 */
export async function createDocument(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store'>,
  input: CreateDocumentInput,
): Promise<DocumentRecord> {
  const master = input.master === true;
  if (master && input.kind !== 'pks') {
    throw validation('master', 'Hanya PKS yang dapat menjadi PKS induk.', 'Only a PKS can be a master.');
  }
  const parties = listParties(ctx.db, input.cooperationId);
  const signers = listMembers(ctx.db, input.cooperationId).filter((m) => m.signatory);
  const mou = mouFor(ctx, input);
  let mouContext: { title: string; subject: string; numbers: string[]; date: string } | undefined;
  if (mou) {
    const { meta } = await ctx.collab.withDocument(mou.id, (doc) => docToJSON(doc));
    mouContext = {
      title: meta[META.title] || mou.title,
      subject: meta[META.subject] ?? '',
      numbers: parties.map((p) => meta[partyMetaKey.number(p.id)] ?? '').filter(Boolean),
      date: meta[META.date] ?? '',
    };
  }
  const title = input.title ?? DEFAULT_TITLE[input.kind];
  const { body, meta } = instantiateTemplate(input.kind, {
    title,
    subject: input.subject ?? subjectOf(input.cooperationTitle),
    parties: parties.map((p) => {
      // A member marked as the party's signatory fills its komparisi and signature block.
      const signer = signers.find((m) => m.partyId === p.id);
      return {
        id: p.id,
        ordinal: p.ordinal,
        name: p.name,
        shortName: p.shortName,
        seat: p.seat,
        signatoryName: signer?.displayName ?? null,
        signatoryPosition: signer?.position ?? null,
        signatoryNip: signer?.nip || null,
      };
    }),
    ...(mouContext ? { mou: mouContext } : {}),
    ...(master ? { master: { unitPartyOrdinal: unitPartyOrdinal(ctx.db, input.cooperationId) } } : {}),
    wording: agreementPartySettings(findCooperation(ctx.db, input.cooperationId)?.settings).wording,
  });
  const id = newId('d');
  return ctx.db.transaction(() => {
    const document = insertDocument(ctx.db, {
      id,
      cooperationId: input.cooperationId,
      kind: input.kind,
      title,
      mouId: mou?.id ?? null,
      createdBy: input.userId,
      ...(master ? { tier: 'master' as const } : {}),
    });
    createDocumentState(ctx.store, id, body, meta, input.userId);
    return document;
  })();
}
