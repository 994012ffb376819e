import type {
  CorrectPublicReportBody,
  CreatePublicReportBody,
  PublicReportDTO,
  PublicReportList,
  RespondPublicReportBody,
} from '../../../../shared/api/publicReports.ts';
import { api } from '../../app/http.ts';

export type PublicReport = PublicReportDTO;
export type { PublicReportList };

const coopPath = (cooperationId: string) =>
  `/api/cooperations/${encodeURIComponent(cooperationId)}/public-reports`;
const reportPath = (id: string) => `/api/public-reports/${encodeURIComponent(id)}`;

/** The cooperation's forwarded reports, each OPD's response times, and what the caller may do. */
export const listPublicReports = (cooperationId: string) =>
  api<PublicReportList>('GET', coopPath(cooperationId));

export const forwardPublicReport = (cooperationId: string, body: CreatePublicReportBody) =>
  api<{ report: PublicReport }>('POST', coopPath(cooperationId), body).then((r) => r.report);

export const correctPublicReport = (id: string, body: CorrectPublicReportBody) =>
  api<{ report: PublicReport }>('PATCH', reportPath(id), body).then((r) => r.report);

export const respondPublicReport = (id: string, body: RespondPublicReportBody) =>
  api<{ report: PublicReport }>('PUT', `${reportPath(id)}/response`, body).then((r) => r.report);
