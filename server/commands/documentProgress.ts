import type { DocumentProgressDTO } from '../../shared/api/cooperations.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { bodyParts, type PrintedParty, recordParts } from '../../shared/signedParts.ts';
import { docToJSON } from '../collab/convert.ts';
import { logHead } from '../collab/store.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { variantUnitIds } from '../db/repos/variants.ts';
import { approvalBook, clauseStates } from './clauseStates.ts';
import { currentRecords, type PrintedRecords, partiesAsPrinted, printedRecords } from './printedRecords.ts';

type Hashed = { id: string; hash: string };

/** What a document's text gives the count, as of one seq of its update log. */
interface HashedText {
  seq: number;
  clauses: Hashed[];
  /** The parts read from the body (opening, arrangement, closing). */
  bodyParts: Hashed[];
  /** The meta map, from which the printed details are hashed with the parties of the moment. */
  meta: DocumentMeta;
}

/**
 * Hashes per document and database. Hashing needs the document's text (its Y.Doc), which is
 * the expensive part; approvals and records (parties, logos, liaisons) change without the
 * text changing and are read fresh every time. The entry is valid while no update was logged
 * after `seq`.
 */
const texts = new WeakMap<DB, Map<string, HashedText>>();

async function hashedText(ctx: Pick<AppContext, 'db' | 'collab'>, document: DocumentRecord) {
  let byId = texts.get(ctx.db);
  if (!byId) {
    byId = new Map();
    texts.set(ctx.db, byId);
  }
  const seq = logHead(ctx.db, document.id);
  const cached = byId.get(document.id);
  if (cached && cached.seq === seq) return cached;
  // The seq is read with the text, in the same tick: updates applied but not yet logged make
  // the next read see a higher seq and count again, never the other way round.
  const {
    body,
    meta,
    seq: readAt,
  } = await ctx.collab.withDocument(document.id, (doc) => ({
    ...docToJSON(doc),
    seq: logHead(ctx.db, document.id),
  }));
  const fresh: HashedText = {
    seq: readAt,
    clauses: clauseStates(ctx.db, document, body).map(({ id, hash }) => ({ id, hash })),
    bodyParts: bodyParts(body).map(({ id, hash }) => ({ id, hash })),
    meta,
  };
  byId.set(document.id, fresh);
  return fresh;
}

/**
 * "12/15 Pasal · 4/6 bagian" for each MoU and PKS: the Pasal and the parts outside the Pasal
 * whose content now every party of the cooperation approved (the rule of `clauseStates` and
 * `partStates`, with the records a final document was frozen with), which is what finalising
 * needs besides the checklist. A document's text is loaded only when it changed since it was
 * last counted; minutes (`notes`) have nothing to agree and get none. A document that cannot
 * be read is logged and listed without progress: one document never fails the list.
 */
export async function documentProgress(
  ctx: Pick<AppContext, 'db' | 'collab' | 'log'>,
  documents: DocumentRecord[],
): Promise<Map<string, DocumentProgressDTO>> {
  const progress = new Map<string, DocumentProgressDTO>();
  // The records of a cooperation are the same for all its drafts of one kind: read them (and
  // hash their logos) once.
  const current = new Map<string, PrintedRecords>();
  const hashedParties = new Map<PrintedRecords, PrintedParty[]>();
  const partiesOf = (records: PrintedRecords) => {
    if (!hashedParties.has(records)) hashedParties.set(records, partiesAsPrinted(records));
    return hashedParties.get(records)!;
  };
  // A variant prints its unit (OPD) and its unit's liaisons: its records are its unit's. The
  // variants' units are read for the whole list at once.
  const units = variantUnitIds(
    ctx.db,
    documents.filter((d) => d.kind !== 'notes').map((d) => d.id),
  );
  for (const document of documents) {
    if (document.kind === 'notes') continue;
    const agreement = { ...document, kind: document.kind };
    try {
      const text = await hashedText(ctx, document);
      const records = printedRecords(ctx.db, agreement, () => {
        const unitId = units.get(document.id) ?? null;
        const key = `${document.cooperationId} ${document.kind} ${unitId ?? ''}`;
        if (!current.has(key)) current.set(key, currentRecords(ctx.db, { ...agreement, unitId }));
        return current.get(key)!;
      });
      const parts = [
        ...text.bodyParts,
        ...recordParts({
          kind: agreement.kind,
          meta: text.meta,
          parties: partiesOf(records),
          liaisons: records.liaisons,
        }),
      ];
      const book = approvalBook(ctx.db, document);
      const agreed = (items: Hashed[]) =>
        items.filter((i) => book.stateOf(i.id, i.hash).state === 'agreed').length;
      progress.set(document.id, {
        agreed: agreed(text.clauses),
        total: text.clauses.length,
        parts: { agreed: agreed(parts), total: parts.length },
      });
    } catch (err) {
      ctx.log.error({ err, documentId: document.id }, 'the progress of a document could not be read');
    }
  }
  return progress;
}
