import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * What the reminders of obligations read beyond the obligations themselves: which cooperations
 * have some to remind of, the day a document was signed, and who a liaison is among the users.
 */

/** The cooperations with confirmed obligations that fall due on some rule. */
export function cooperationsWithDueObligations(db: DB): string[] {
  return sql<[], { id: string }>(
    db,
    `SELECT DISTINCT cooperation_id AS id FROM obligations
      WHERE status = 'confirmed' AND due_kind IS NOT NULL ORDER BY cooperation_id`,
  )
    .all()
    .map((r) => r.id);
}

/** A document's title and, while it is signed, the date its last signing recorded. */
export function documentSigning(
  db: DB,
  documentId: string,
): { title: string; signedOn: string | null } | null {
  return (
    sql<[string], { title: string; signedOn: string | null }>(
      db,
      `SELECT d.title, CASE WHEN d.status = 'signed' THEN (
          SELECT e.signed_date FROM document_lifecycle e
           WHERE e.document_id = d.id AND e.action = 'sign' ORDER BY e.id DESC LIMIT 1) END AS signedOn
         FROM documents d WHERE d.id = ?`,
    ).get(documentId) ?? null
  );
}

/**
 * The members of a cooperation who are the liaison `liaisonId`: the register holds no account,
 * so a liaison is a user when its e-mail address is the one the user gets notifications at or
 * the one their accepted invitation was sent to (letter case aside).
 */
export function usersOfLiaison(db: DB, liaisonId: string): string[] {
  return sql<[string], { userId: string }>(
    db,
    `SELECT DISTINCT m.user_id AS userId FROM liaisons l
       JOIN members m ON m.cooperation_id = l.cooperation_id
      WHERE l.id = ? AND trim(l.email) <> '' AND lower(trim(l.email)) IN (
        SELECT lower(trim(email)) FROM notification_settings WHERE user_id = m.user_id AND trim(email) <> ''
        UNION
        SELECT lower(trim(email)) FROM invitations WHERE accepted_by = m.user_id AND trim(email) <> '')`,
  )
    .all(liaisonId)
    .map((r) => r.userId);
}

/** The reports on one occurrence of an obligation (null: the obligation as a whole), with requests for more. */
export function occurrenceReports(
  db: DB,
  obligationId: string,
  occurrence: string | null,
): {
  status: 'in_progress' | 'done' | 'blocked';
  createdAt: number;
  partyId: string | null;
  requests: number[];
}[] {
  const reports = sql<
    [string, string | null],
    { id: string; status: 'in_progress' | 'done' | 'blocked'; createdAt: number; partyId: string | null }
  >(
    db,
    `SELECT id, status, created_at AS createdAt, party_id AS partyId FROM obligation_reports
      WHERE obligation_id = ? AND occurrence IS ? ORDER BY created_at, rowid`,
  ).all(obligationId, occurrence);
  const requests = sql<[string, string | null], { reportId: string; createdAt: number }>(
    db,
    `SELECT c.report_id AS reportId, c.created_at AS createdAt
       FROM obligation_report_comments c JOIN obligation_reports r ON r.id = c.report_id
      WHERE r.obligation_id = ? AND r.occurrence IS ? AND c.kind = 'request'`,
  ).all(obligationId, occurrence);
  return reports.map(({ id, ...r }) => ({
    ...r,
    requests: requests.filter((q) => q.reportId === id).map((q) => q.createdAt),
  }));
}
