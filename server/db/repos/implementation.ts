import type { DocumentKind } from '../../../shared/api/cooperations.ts';
import type { ReportStatus } from '../../../shared/obligations/progress.ts';
import type { ReportTimes } from '../../../shared/publicReports/responseTimes.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * What the dashboards of carrying an agreement out read beyond the obligations themselves: the
 * status of each report and the requests for more (not their words or files), forwarded reports
 * from the public by their dates, and who a person is in the liaisons register.
 */

/** A report on an obligation as progress needs it. */
export interface ProgressReport {
  obligationId: string;
  /** The due date it answers; null when it answers the obligation as a whole. */
  occurrence: string | null;
  status: ReportStatus;
  createdAt: number;
  /** When the other party asked for more on it, oldest first. */
  requests: number[];
}

/** Every report on a cooperation's obligations, oldest first, with the requests made on each. */
export function listProgressReports(db: DB, cooperationId: string): ProgressReport[] {
  const rows = sql<[string], Omit<ProgressReport, 'requests'> & { id: string }>(
    db,
    `SELECT r.id, r.obligation_id AS obligationId, r.occurrence, r.status, r.created_at AS createdAt
       FROM obligation_reports r WHERE r.cooperation_id = ? ORDER BY r.created_at, r.rowid`,
  ).all(cooperationId);
  const requests = sql<[string], { reportId: string; createdAt: number }>(
    db,
    `SELECT c.report_id AS reportId, c.created_at AS createdAt
       FROM obligation_report_comments c JOIN obligation_reports r ON r.id = c.report_id
      WHERE r.cooperation_id = ? AND c.kind = 'request' ORDER BY c.created_at`,
  ).all(cooperationId);
  const byReport = new Map<string, number[]>();
  for (const q of requests) byReport.set(q.reportId, [...(byReport.get(q.reportId) ?? []), q.createdAt]);
  return rows.map(({ id, ...r }) => ({ ...r, requests: byReport.get(id) ?? [] }));
}

/** A cooperation's forwarded reports from the public, those forwarded within [from, to] when given. */
export function listPublicReportTimes(
  db: DB,
  cooperationId: string,
  from: string | null,
  to: string | null,
): ReportTimes[] {
  return sql<[string, string | null, string | null], ReportTimes>(
    db,
    `SELECT unit_id AS unitId, forwarded_on AS forwardedOn, due_on AS dueOn,
            responded_on AS respondedOn, deadline_days AS deadlineDays
       FROM public_reports
      WHERE cooperation_id = ? AND forwarded_on >= coalesce(?, '') AND forwarded_on <= coalesce(?, '9999')
      ORDER BY forwarded_on`,
  ).all(cooperationId, from, to);
}

/** A document as the dashboards name it, with the OPD whose own PKS (variant) it is. */
export interface DocumentLabel {
  id: string;
  title: string;
  kind: DocumentKind;
  unitId: string | null;
}

/** A cooperation's documents in the order they were made. */
export function listDocumentLabels(db: DB, cooperationId: string): DocumentLabel[] {
  return sql<[string], DocumentLabel>(
    db,
    `SELECT id, title, kind, unit_id AS unitId FROM documents WHERE cooperation_id = ?
      ORDER BY created_at, id`,
  ).all(cooperationId);
}

/**
 * The liaisons of a cooperation who are the user `userId`: the register holds no account, so a
 * liaison is the user when its e-mail address is the one the user gets notifications at or the
 * one their accepted invitation was sent to (letter case aside).
 */
export function liaisonIdsOfUser(db: DB, cooperationId: string, userId: string): string[] {
  return sql<[string, string, string], { id: string }>(
    db,
    `SELECT l.id FROM liaisons l
      WHERE l.cooperation_id = ? AND trim(l.email) <> '' AND lower(trim(l.email)) IN (
        SELECT lower(trim(email)) FROM notification_settings WHERE user_id = ? AND trim(email) <> ''
        UNION
        SELECT lower(trim(email)) FROM invitations WHERE accepted_by = ? AND trim(email) <> '')`,
  )
    .all(cooperationId, userId, userId)
    .map((r) => r.id);
}

/**
 * The date each signed MoU or PKS of a cooperation was signed, by document: the date its last
 * signing recorded, which is the one the text prints. Recurrences and deadlines after the
 * signing count from it.
 */
export function signingDates(db: DB, cooperationId: string): Map<string, string> {
  const rows = sql<[string], { documentId: string; signedDate: string }>(
    db,
    `SELECT d.id AS documentId, e.signed_date AS signedDate
       FROM documents d
       JOIN document_lifecycle e ON e.id = (
         SELECT MAX(id) FROM document_lifecycle WHERE document_id = d.id AND action = 'sign')
      WHERE d.cooperation_id = ? AND d.status = 'signed' AND d.kind IN ('mou', 'pks')
        AND e.signed_date IS NOT NULL`,
  ).all(cooperationId);
  return new Map(rows.map((r) => [r.documentId, r.signedDate]));
}
