import type { z } from 'zod';
import type {
  commentResponseSchema,
  cooperationReportsResponseSchema,
  ObligationReportDTO,
  ObligationReportsResponse,
  ReportStatusValue,
  reportResponseSchema,
} from '../../../../shared/api/obligationReports.ts';
import { api, upload } from '../../app/http.ts';

export type ObligationReport = ObligationReportDTO;
export type ReportStatus = ReportStatusValue;
export type CommentKind = 'comment' | 'request';
export type ObligationReports = ObligationReportsResponse;

const reportsPath = (obligationId: string) => `/api/obligations/${encodeURIComponent(obligationId)}/reports`;

/** An evidence file's address: a download (the server sends it as an attachment). */
export const reportFileUrl = (fileId: string) => `/api/obligation-report-files/${encodeURIComponent(fileId)}`;

/** An obligation's reports, oldest first, with today, its due dates, what one may do and the limits. */
export const listReports = (obligationId: string) => api<ObligationReports>('GET', reportsPath(obligationId));

/** Reports on an obligation with its evidence files, in one request: stored whole or not at all. */
export async function sendReport(
  obligationId: string,
  report: { text: string; status: ReportStatus; occurrence: string | null; files: readonly File[] },
): Promise<ObligationReport> {
  const form = new FormData();
  form.append('text', report.text);
  form.append('status', report.status);
  if (report.occurrence) form.append('occurrence', report.occurrence);
  for (const file of report.files) form.append('files', file, file.name);
  const answer = await upload<z.infer<typeof reportResponseSchema>>('POST', reportsPath(obligationId), form);
  return answer!.report;
}

/** The other party's comment on a report, or its request for more. */
export const answerReport = (reportId: string, kind: CommentKind, text: string) =>
  api<z.infer<typeof commentResponseSchema>>(
    'POST',
    `/api/obligation-reports/${encodeURIComponent(reportId)}/comments`,
    { kind, text },
  ).then((r) => r.comment);

/** A cooperation's reports (for dashboards), those made or answered since `since` when given. */
export const listCooperationReports = (cooperationId: string, since?: string) =>
  api<z.infer<typeof cooperationReportsResponseSchema>>(
    'GET',
    `/api/cooperations/${encodeURIComponent(cooperationId)}/obligation-reports${
      since ? `?since=${encodeURIComponent(since)}` : ''
    }`,
  ).then((r) => r.reports);
