import type { PartSummaryDTO } from '../../shared/api/documents.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { reportPart, type SignedPart, signedParts } from '../../shared/signedParts.ts';
import type { DB } from '../db/connection.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { findEvaluation } from '../db/repos/evaluations.ts';
import { type ApprovalBook, approvalBook } from './clauseStates.ts';
import { type PrintedRecords, partiesAsPrinted, printedRecords } from './printedRecords.ts';

type PartsOf = Pick<DocumentRecord, 'id' | 'kind' | 'status' | 'cooperationId'>;

/**
 * The parts outside the Pasal of an MoU or PKS, from its content and the records the export
 * prints (`printedRecords`: frozen at finalising); minutes have none, and a monitoring and
 * evaluation report has one, itself whole.
 */
export function documentParts(
  db: DB,
  document: PartsOf,
  content: { body: PMJSON; meta: DocumentMeta },
  records?: PrintedRecords,
): SignedPart[] {
  // Minutes have none; a monitoring and evaluation report is approved whole.
  if (document.kind === 'notes')
    return findEvaluation(db, document.id) ? [reportPart(content.body, content.meta)] : [];
  const printed = records ?? printedRecords(db, { ...document, kind: document.kind });
  return signedParts({
    kind: document.kind,
    body: content.body,
    meta: content.meta,
    parties: partiesAsPrinted(printed),
    liaisons: printed.liaisons,
  });
}

/** Every part with its hash now, each party's approval that counts, and the state. */
export function partStates(
  db: DB,
  document: PartsOf,
  content: { body: PMJSON; meta: DocumentMeta },
  book: ApprovalBook = approvalBook(db, document),
  records?: PrintedRecords,
): PartSummaryDTO[] {
  return documentParts(db, document, content, records).map((p) => ({ ...p, ...book.stateOf(p.id, p.hash) }));
}
