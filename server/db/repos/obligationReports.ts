import { createHash } from 'node:crypto';
import { newId } from '../../../shared/ids.ts';
import type { DB } from '../connection.ts';
import { sql } from './sql.ts';

/**
 * Reports on obligations, their evidence files and the other party's answers (migration 021).
 * Only inserts and reads: a report or an answer, once made, stays as it was said, so the history
 * of who reported what and when is whole.
 */

export type ReportStatus = 'in_progress' | 'done' | 'blocked';
export type CommentKind = 'comment' | 'request';

export interface Author {
  id: string;
  name: string;
}

export interface ReportFileMeta {
  id: string;
  name: string;
  mime: string;
  size: number;
}

export interface ReportComment {
  id: string;
  reportId: string;
  kind: CommentKind;
  text: string;
  author: Author;
  partyId: string | null;
  createdAt: number;
}

export interface ObligationReport {
  id: string;
  obligationId: string;
  cooperationId: string;
  occurrence: string | null;
  status: ReportStatus;
  text: string;
  author: Author;
  partyId: string | null;
  unitId: string | null;
  createdAt: number;
}

/** A report with its files (without their bytes) and its answers, oldest first. */
export interface ReportWithAnswers extends ObligationReport {
  files: ReportFileMeta[];
  comments: ReportComment[];
}

/** An evidence file as checked: its type read from the bytes, its name made safe. */
export interface EvidenceFile {
  name: string;
  mime: string;
  data: Buffer;
}

const REPORT_COLUMNS = `r.id, r.obligation_id AS obligationId, r.cooperation_id AS cooperationId, r.occurrence,
  r.status, r.text, r.author_id AS authorId, u.display_name AS authorName, r.party_id AS partyId,
  r.unit_id AS unitId, r.created_at AS createdAt`;

type ReportRow = Omit<ObligationReport, 'author'> & { authorId: string; authorName: string };
type CommentRow = Omit<ReportComment, 'author'> & { authorId: string; authorName: string };

const withAuthor = <R extends { authorId: string; authorName: string }>(r: R) => {
  const { authorId, authorName, ...rest } = r;
  return { ...rest, author: { id: authorId, name: authorName } };
};

/**
 * Stores a report and its files in one transaction: a file that cannot be stored leaves no
 * report behind either.
 */
export function insertReport(
  db: DB,
  r: Omit<ObligationReport, 'id' | 'author'> & { authorId: string },
  files: EvidenceFile[],
): string {
  const id = newId('rp');
  db.transaction(() => {
    sql(
      db,
      `INSERT INTO obligation_reports (id, obligation_id, cooperation_id, occurrence, status, text, author_id,
         party_id, unit_id, created_at)
       VALUES (@id, @obligationId, @cooperationId, @occurrence, @status, @text, @authorId, @partyId, @unitId,
         @createdAt)`,
    ).run({ ...r, id });
    const insertFile = sql(
      db,
      `INSERT INTO obligation_report_files (id, report_id, name, mime, size, sha256, data, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of files) {
      const sha256 = createHash('sha256').update(f.data).digest('hex');
      insertFile.run(newId('rf'), id, f.name, f.mime, f.data.length, sha256, f.data, r.createdAt);
    }
  })();
  return id;
}

/** Adds the other party's comment or request for more to a report. */
export function insertComment(
  db: DB,
  c: Omit<ReportComment, 'id' | 'author'> & { authorId: string },
): string {
  const id = newId('rc');
  sql(
    db,
    `INSERT INTO obligation_report_comments (id, report_id, kind, text, author_id, party_id, created_at)
     VALUES (@id, @reportId, @kind, @text, @authorId, @partyId, @createdAt)`,
  ).run({ ...c, id });
  return id;
}

/** One report (without files and answers), or null. */
export function findReport(db: DB, id: string): ObligationReport | null {
  const row = sql<[string], ReportRow>(
    db,
    `SELECT ${REPORT_COLUMNS} FROM obligation_reports r JOIN users u ON u.id = r.author_id WHERE r.id = ?`,
  ).get(id);
  return row ? withAuthor(row) : null;
}

/** One comment, or null. */
export function findComment(db: DB, id: string): ReportComment | null {
  const row = sql<[string], CommentRow>(
    db,
    `SELECT c.id, c.report_id AS reportId, c.kind, c.text, c.author_id AS authorId, u.display_name AS authorName,
       c.party_id AS partyId, c.created_at AS createdAt
     FROM obligation_report_comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?`,
  ).get(id);
  return row ? withAuthor(row) : null;
}

/** An evidence file with its bytes and the cooperation it belongs to, or null. */
export function findReportFile(
  db: DB,
  id: string,
): (ReportFileMeta & { cooperationId: string; sha256: string; data: Buffer }) | null {
  return (
    sql<[string], ReportFileMeta & { cooperationId: string; sha256: string; data: Buffer }>(
      db,
      `SELECT f.id, f.name, f.mime, f.size, f.sha256, f.data, r.cooperation_id AS cooperationId
       FROM obligation_report_files f JOIN obligation_reports r ON r.id = f.report_id WHERE f.id = ?`,
    ).get(id) ?? null
  );
}

/** Files and answers of the reports chosen by `where` (on `obligation_reports r`), attached to each. */
function withAnswers(db: DB, reports: ObligationReport[], where: string, arg: string): ReportWithAnswers[] {
  if (reports.length === 0) return [];
  const files = sql<[string], ReportFileMeta & { reportId: string }>(
    db,
    `SELECT f.id, f.report_id AS reportId, f.name, f.mime, f.size FROM obligation_report_files f
     JOIN obligation_reports r ON r.id = f.report_id WHERE ${where} ORDER BY f.rowid`,
  ).all(arg);
  const comments = sql<[string], CommentRow>(
    db,
    `SELECT c.id, c.report_id AS reportId, c.kind, c.text, c.author_id AS authorId, u.display_name AS authorName,
       c.party_id AS partyId, c.created_at AS createdAt
     FROM obligation_report_comments c JOIN obligation_reports r ON r.id = c.report_id
     JOIN users u ON u.id = c.author_id WHERE ${where} ORDER BY c.created_at, c.rowid`,
  ).all(arg);
  return reports.map((r) => ({
    ...r,
    files: files.filter((f) => f.reportId === r.id).map(({ reportId, ...f }) => f),
    comments: comments.filter((c) => c.reportId === r.id).map(withAuthor),
  }));
}

/** An obligation's reports, oldest first, with their files and answers. */
export function listObligationReports(db: DB, obligationId: string): ReportWithAnswers[] {
  const reports = sql<[string], ReportRow>(
    db,
    `SELECT ${REPORT_COLUMNS} FROM obligation_reports r JOIN users u ON u.id = r.author_id
     WHERE r.obligation_id = ? ORDER BY r.created_at, r.rowid`,
  )
    .all(obligationId)
    .map(withAuthor);
  return withAnswers(db, reports, 'r.obligation_id = ?', obligationId);
}

/**
 * A cooperation's reports, oldest first, with their files and answers: those made or answered
 * at `since` or later when given (what a dashboard fetches again), else all.
 */
export function listCooperationReports(
  db: DB,
  cooperationId: string,
  since: number | null,
): ReportWithAnswers[] {
  const reports = sql<[{ cooperationId: string; since: number | null }], ReportRow>(
    db,
    `SELECT ${REPORT_COLUMNS} FROM obligation_reports r JOIN users u ON u.id = r.author_id
     WHERE r.cooperation_id = @cooperationId AND (@since IS NULL OR r.created_at >= @since OR EXISTS (
       SELECT 1 FROM obligation_report_comments c WHERE c.report_id = r.id AND c.created_at >= @since))
     ORDER BY r.created_at, r.rowid`,
  )
    .all({ cooperationId, since })
    .map(withAuthor);
  return withAnswers(db, reports, 'r.cooperation_id = ?', cooperationId);
}
