import type { DB } from '../connection.ts';
import { insertRow } from './recordTable.ts';
import { sql } from './sql.ts';

/** A monitoring and evaluation report: the 'notes' document that evaluates an agreement over a period. */
export interface Evaluation {
  documentId: string;
  cooperationId: string;
  agreementId: string;
  /** YYYY-MM-DD, both days included. */
  periodFrom: string;
  periodTo: string;
  createdBy: string;
  createdAt: number;
}

const COLUMNS = `document_id AS documentId, cooperation_id AS cooperationId, agreement_id AS agreementId,
  period_from AS periodFrom, period_to AS periodTo, created_by AS createdBy, created_at AS createdAt`;

export function insertEvaluation(db: DB, e: Evaluation): void {
  insertRow(db, 'evaluations', {
    document_id: e.documentId,
    cooperation_id: e.cooperationId,
    agreement_id: e.agreementId,
    period_from: e.periodFrom,
    period_to: e.periodTo,
    created_by: e.createdBy,
    created_at: e.createdAt,
  });
}

export function findEvaluation(db: DB, documentId: string): Evaluation | null {
  return (
    sql<[string], Evaluation>(db, `SELECT ${COLUMNS} FROM evaluations WHERE document_id = ?`).get(
      documentId,
    ) ?? null
  );
}

/** The reports evaluating one agreement, the latest period first. */
export function listEvaluations(db: DB, agreementId: string): Evaluation[] {
  return sql<[string], Evaluation>(
    db,
    `SELECT ${COLUMNS} FROM evaluations WHERE agreement_id = ? ORDER BY period_to DESC, created_at DESC`,
  ).all(agreementId);
}

/** A progress report on an obligation as the evaluation reads it: state, when, and its files' names. */
export interface ReportForEvaluation {
  id: string;
  obligationId: string;
  occurrence: string | null;
  status: 'in_progress' | 'done' | 'blocked';
  createdAt: number;
  files: string[];
  /** When the other party asked for more on it. */
  requests: number[];
}

/** The reports on a document's obligations, oldest first, with their files' names and requests. */
export function reportsForEvaluation(db: DB, documentId: string): ReportForEvaluation[] {
  const reports = sql<[string], Omit<ReportForEvaluation, 'files' | 'requests'>>(
    db,
    `SELECT r.id, r.obligation_id AS obligationId, r.occurrence, r.status, r.created_at AS createdAt
       FROM obligation_reports r JOIN obligations o ON o.id = r.obligation_id
      WHERE o.document_id = ? ORDER BY r.created_at, r.id`,
  ).all(documentId);
  const files = sql<[string], { reportId: string; name: string }>(
    db,
    `SELECT f.report_id AS reportId, f.name FROM obligation_report_files f
       JOIN obligation_reports r ON r.id = f.report_id JOIN obligations o ON o.id = r.obligation_id
      WHERE o.document_id = ? ORDER BY f.created_at, f.id`,
  ).all(documentId);
  const requests = sql<[string], { reportId: string; createdAt: number }>(
    db,
    `SELECT c.report_id AS reportId, c.created_at AS createdAt FROM obligation_report_comments c
       JOIN obligation_reports r ON r.id = c.report_id JOIN obligations o ON o.id = r.obligation_id
      WHERE o.document_id = ? AND c.kind = 'request'`,
  ).all(documentId);
  return reports.map((r) => ({
    ...r,
    files: files.filter((f) => f.reportId === r.id).map((f) => f.name),
    requests: requests.filter((q) => q.reportId === r.id).map((q) => q.createdAt),
  }));
}

/** A public report forwarded to an OPD, as the response times are counted from it. */
export interface PublicReportForEvaluation {
  unitId: string | null;
  forwardedOn: string;
  dueOn: string;
  respondedOn: string | null;
  deadlineDays: number;
}

/** The public reports of a cooperation forwarded within the period. */
export function publicReportsForEvaluation(
  db: DB,
  cooperationId: string,
  period: { from: string; to: string },
): PublicReportForEvaluation[] {
  return sql<[string, string, string], PublicReportForEvaluation>(
    db,
    `SELECT unit_id AS unitId, forwarded_on AS forwardedOn, due_on AS dueOn, responded_on AS respondedOn,
            deadline_days AS deadlineDays
       FROM public_reports WHERE cooperation_id = ? AND forwarded_on BETWEEN ? AND ?
      ORDER BY forwarded_on, id`,
  ).all(cooperationId, period.from, period.to);
}
