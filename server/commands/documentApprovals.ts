import type { ClauseSummaryDTO, FingerprintDTO, PartSummaryDTO } from '../../shared/api/documents.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import { approvalFingerprint, inPaperOrder } from '../../shared/signedParts.ts';
import { logHead } from '../collab/store.ts';
import type { DB } from '../db/connection.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { listVersions } from '../history/versionsRepo.ts';
import { approvalBook, clauseStates } from './clauseStates.ts';
import { partStates } from './partStates.ts';
import type { PrintedRecords } from './printedRecords.ts';

/** Where a document stands with its approvals: every Pasal, every part, and what a final text was approved as. */
export interface DocumentApprovals {
  clauses: ClauseSummaryDTO[];
  parts: PartSummaryDTO[];
  /** For a final or signed document: its fingerprint and version; null for a draft. */
  fingerprint: FingerprintDTO | null;
}

/**
 * The approvals of a document read against its content now (one read of the approvals table)
 * and the records it prints (`printedRecords` unless given: a final document's are frozen).
 */
export function documentApprovals(
  db: DB,
  document: DocumentRecord,
  content: { body: PMJSON; meta: DocumentMeta },
  records?: PrintedRecords,
): DocumentApprovals {
  const book = approvalBook(db, document);
  const clauses = clauseStates(db, document, content.body, book);
  const parts = partStates(db, document, content, book, records);
  const fingerprint =
    document.status === 'draft'
      ? null
      : {
          ...approvedFingerprint(clauses, parts, book.partyIds.length),
          version: finalisedAt(db, document.id),
        };
  return { clauses, parts, fingerprint };
}

/**
 * The fingerprint of what the parties approved: every Pasal and part in the order of the
 * paper, each with the hash every party approved. Approvals cannot change while a document is
 * final or signed, and neither can what it prints (its text is locked, signing changes nothing
 * in it, and its records are frozen), so this stays what was approved. An item without one
 * hash approved by all (a document finalised before parts were approved) is taken at its hash
 * now.
 */
export function approvedFingerprint(
  clauses: readonly ClauseSummaryDTO[],
  parts: readonly PartSummaryDTO[],
  partyCount: number,
) {
  return approvalFingerprint(
    inPaperOrder(clauses, parts).map((item) => {
      const approved = new Set(item.approvals.map((a) => a.hash));
      const [onlyHash] = approved;
      const agreed = item.approvals.length === partyCount && approved.size === 1 && onlyHash !== undefined;
      return { id: item.id, hash: agreed ? onlyHash : item.hash };
    }),
  );
}

/** The update-log seq at the latest finalisation (its automatic version), or the log's head. */
function finalisedAt(db: DB, documentId: string): number {
  return listVersions(db, documentId).find((v) => v.kind === 'finalized')?.seq ?? logHead(db, documentId);
}

/**
 * What the export prints in the footer of a final or signed document: its version and the
 * short approval fingerprint (nothing for a draft, which is marked "DRAF" instead). `records`
 * are those the export prints, so the fingerprint is taken of the same paper.
 */
export function approvalStamp(
  db: DB,
  document: DocumentRecord,
  content: { body: PMJSON; meta: DocumentMeta },
  records?: PrintedRecords,
): { version?: number; fingerprint?: string } {
  if (document.status === 'draft') return {};
  const { fingerprint } = documentApprovals(db, document, content, records);
  return fingerprint ? { version: fingerprint.version, fingerprint: fingerprint.short } : {};
}
