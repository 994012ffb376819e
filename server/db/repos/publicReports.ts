import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/** A report from the public the Ombudsman forwarded to an OPD (see migration 022). */
export interface PublicReport {
  id: string;
  cooperationId: string;
  reference: string;
  unitId: string | null;
  liaisonId: string | null;
  forwardedOn: string;
  deadlineDays: number;
  dueOn: string;
  respondedOn: string | null;
  response: string;
  createdBy: string;
  respondedBy: string | null;
  updatedBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A report with the names the list shows beside its ids. */
export interface PublicReportRow extends PublicReport {
  unitName: string;
  liaisonName: string;
  createdByName: string;
  respondedByName: string | null;
  updatedByName: string | null;
}

const COLUMNS = `r.id, r.cooperation_id AS cooperationId, r.reference, r.unit_id AS unitId,
  r.liaison_id AS liaisonId, r.forwarded_on AS forwardedOn, r.deadline_days AS deadlineDays,
  r.due_on AS dueOn, r.responded_on AS respondedOn, r.response, r.created_by AS createdBy,
  r.responded_by AS respondedBy, r.updated_by AS updatedBy, r.created_at AS createdAt,
  r.updated_at AS updatedAt`;

const NAMED = `SELECT ${COLUMNS}, COALESCE(NULLIF(un.short_name, ''), un.name, '') AS unitName,
    COALESCE(l.name, '') AS liaisonName, cu.display_name AS createdByName,
    ru.display_name AS respondedByName, uu.display_name AS updatedByName
  FROM public_reports r
  LEFT JOIN units un ON un.id = r.unit_id
  LEFT JOIN liaisons l ON l.id = r.liaison_id
  JOIN users cu ON cu.id = r.created_by
  LEFT JOIN users ru ON ru.id = r.responded_by
  LEFT JOIN users uu ON uu.id = r.updated_by`;

/** True when a SQLite error is the (cooperation, reference) uniqueness refusing a row. */
export function isDuplicateReference(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    e.message.includes('public_reports.reference')
  );
}

/** Records a forwarded report; throws the uniqueness error for a reference the cooperation holds. */
export function insertPublicReport(
  db: DB,
  r: Omit<PublicReport, 'id' | 'respondedOn' | 'response' | 'respondedBy' | 'updatedBy'>,
): PublicReport {
  const report: PublicReport = {
    ...r,
    id: newId('pr'),
    respondedOn: null,
    response: '',
    respondedBy: null,
    updatedBy: null,
  };
  sql(
    db,
    `INSERT INTO public_reports (id, cooperation_id, reference, unit_id, liaison_id, forwarded_on,
       deadline_days, due_on, created_by, created_at, updated_at)
     VALUES (@id, @cooperationId, @reference, @unitId, @liaisonId, @forwardedOn, @deadlineDays,
       @dueOn, @createdBy, @createdAt, @updatedAt)`,
  ).run(report);
  return report;
}

/** The report `id` with its names, or null. */
export function getPublicReport(db: DB, id: string): PublicReportRow | null {
  return sql<[string], PublicReportRow>(db, `${NAMED} WHERE r.id = ?`).get(id) ?? null;
}

/**
 * A cooperation's reports forwarded from `from` to `to` (both inclusive, either open), the
 * latest forwarded first.
 */
export function listPublicReports(
  db: DB,
  cooperationId: string,
  range: { from?: string; to?: string } = {},
): PublicReportRow[] {
  const from = range.from ?? null;
  const to = range.to ?? null;
  return sql<[string, string | null, string | null, string | null, string | null], PublicReportRow>(
    db,
    `${NAMED} WHERE r.cooperation_id = ? AND (? IS NULL OR r.forwarded_on >= ?)
       AND (? IS NULL OR r.forwarded_on <= ?)
     ORDER BY r.forwarded_on DESC, r.created_at DESC, r.rowid DESC`,
  ).all(cooperationId, from, from, to, to);
}

/** What a correction changes while the report waits: where it went, when, and its deadline. */
export type PublicReportCorrection = Pick<
  PublicReport,
  'reference' | 'unitId' | 'liaisonId' | 'forwardedOn' | 'deadlineDays' | 'dueOn'
>;

/** Writes a correction of a report still waiting; false when it was answered meanwhile. */
export function correctPublicReport(
  db: DB,
  id: string,
  c: PublicReportCorrection,
  by: string,
  now: number,
): boolean {
  return (
    sql(
      db,
      `UPDATE public_reports SET reference = @reference, unit_id = @unitId, liaison_id = @liaisonId,
         forwarded_on = @forwardedOn, deadline_days = @deadlineDays, due_on = @dueOn,
         updated_by = @by, updated_at = @now
       WHERE id = @id AND responded_on IS NULL`,
    ).run({ ...c, id, by, now }).changes > 0
  );
}

/** Records (or records again) when the OPD answered and what, by whom. */
export function respondPublicReport(
  db: DB,
  id: string,
  response: { respondedOn: string; response: string },
  by: string,
  now: number,
): boolean {
  return (
    sql(
      db,
      `UPDATE public_reports SET responded_on = @respondedOn, response = @response,
         responded_by = @by, updated_at = @now WHERE id = @id`,
    ).run({ ...response, id, by, now }).changes > 0
  );
}

/** A confirmed obligation setting a working-day deadline from a report. */
export interface ReportCommitmentRow {
  obligationId: string;
  days: number;
  clausePath: string;
  text: string;
}

/**
 * The working-day deadlines about reports ("laporan", "pengaduan") the cooperation's agreements
 * state, as people confirmed them among the tracked obligations, in the order they were stored.
 */
export function listReportCommitments(db: DB, cooperationId: string): ReportCommitmentRow[] {
  return sql<[string], ReportCommitmentRow>(
    db,
    `SELECT o.id AS obligationId, o.due_after AS days, o.clause_path AS clausePath, o.text
     FROM obligations o
     WHERE o.cooperation_id = ? AND o.status = 'confirmed' AND o.due_kind = 'after_event'
       AND o.due_unit = 'working_day'
       AND (lower(o.text || ' ' || COALESCE(o.due_event, '')) LIKE '%laporan%'
         OR lower(o.text || ' ' || COALESCE(o.due_event, '')) LIKE '%pengaduan%')
     ORDER BY o.created_at, o.rowid`,
  ).all(cooperationId);
}

/** A waiting report whose reminders may be due, with what the producer needs to schedule them. */
export interface WaitingReport {
  id: string;
  cooperationId: string;
  cooperationSettings: string;
  unitId: string;
  dueOn: string;
}

/** Reports still waiting, bound to an OPD, due on or after `fromDay` (a day or so back). */
export function listWaitingReports(db: DB, fromDay: string): WaitingReport[] {
  return sql<[string], WaitingReport>(
    db,
    `SELECT r.id, r.cooperation_id AS cooperationId, c.settings AS cooperationSettings,
       r.unit_id AS unitId, r.due_on AS dueOn
     FROM public_reports r JOIN cooperations c ON c.id = r.cooperation_id
     WHERE r.responded_on IS NULL AND r.unit_id IS NOT NULL AND r.due_on >= ?`,
  ).all(fromDay);
}
