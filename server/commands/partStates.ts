import { createHash } from 'node:crypto';
import type { PartSummaryDTO } from '../../shared/api/documents.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { type PrintedParty, type SignedPart, signedParts } from '../../shared/signedParts.ts';
import type { DB } from '../db/connection.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { liaisonsForExport } from '../db/repos/liaisons.ts';
import { listParties, partyLogos } from '../db/repos/parties.ts';
import { type ApprovalBook, approvalBook } from './clauseStates.ts';

/** The parties of a cooperation as the export prints them, each logo by the hash of its bytes. */
export function printedParties(db: DB, cooperationId: string): PrintedParty[] {
  const logos = partyLogos(db, cooperationId);
  return listParties(db, cooperationId).map((p) => {
    const logo = logos.get(p.id)?.logo;
    return {
      id: p.id,
      ordinal: p.ordinal,
      name: p.name,
      shortName: p.shortName,
      logo: logo ? createHash('sha256').update(logo).digest('hex') : null,
    };
  });
}

/**
 * The parts outside the Pasal of an MoU or PKS, from its content and the records the export
 * prints (parties, and a PKS's liaisons); minutes have none.
 */
export function documentParts(
  db: DB,
  document: Pick<DocumentRecord, 'kind' | 'cooperationId'>,
  content: { body: PMJSON; meta: DocumentMeta },
): SignedPart[] {
  if (document.kind === 'notes') return [];
  return signedParts({
    kind: document.kind,
    body: content.body,
    meta: content.meta,
    parties: printedParties(db, document.cooperationId),
    liaisons: document.kind === 'pks' ? liaisonsForExport(db, document.cooperationId) : [],
  });
}

/** Every part with its hash now, each party's approval that counts, and the state. */
export function partStates(
  db: DB,
  document: Pick<DocumentRecord, 'id' | 'kind' | 'cooperationId'>,
  content: { body: PMJSON; meta: DocumentMeta },
  book: ApprovalBook = approvalBook(db, document),
): PartSummaryDTO[] {
  return documentParts(db, document, content).map((p) => ({ ...p, ...book.stateOf(p.id, p.hash) }));
}
