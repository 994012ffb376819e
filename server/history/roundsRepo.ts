import type { DB } from '../db/connection.ts';
import { sql } from '../db/repos/sql.ts';

/** A negotiation round: a version of kind `round` sent by one party. */
export interface RoundRecord {
  versionId: string;
  documentId: string;
  /** 1, 2, … per document. */
  number: number;
  partyId: string;
  userId: string | null;
  limitOtherParty: boolean;
}

interface RoundRow {
  version_id: string;
  document_id: string;
  number: number;
  party_id: string;
  user_id: string | null;
  limit_other_party: number;
}

const toRound = (r: RoundRow): RoundRecord => ({
  versionId: r.version_id,
  documentId: r.document_id,
  number: r.number,
  partyId: r.party_id,
  userId: r.user_id,
  limitOtherParty: r.limit_other_party === 1,
});

/** The number the next round of a document takes. */
export function nextRoundNumber(db: DB, documentId: string): number {
  const row = sql<[string], { last: number | null }>(
    db,
    'SELECT MAX(number) AS last FROM negotiation_rounds WHERE document_id = ?',
  ).get(documentId);
  return (row?.last ?? 0) + 1;
}

/** Records a round on its version. */
export function insertRound(db: DB, round: RoundRecord): RoundRecord {
  sql(
    db,
    `INSERT INTO negotiation_rounds (version_id, document_id, number, party_id, user_id, limit_other_party)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    round.versionId,
    round.documentId,
    round.number,
    round.partyId,
    round.userId,
    round.limitOtherParty ? 1 : 0,
  );
  return round;
}

/** The rounds of a document, oldest first. */
export function listRounds(db: DB, documentId: string): RoundRecord[] {
  return sql<[string], RoundRow>(db, 'SELECT * FROM negotiation_rounds WHERE document_id = ? ORDER BY number')
    .all(documentId)
    .map(toRound);
}
