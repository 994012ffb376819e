import { z } from 'zod';
import { idSchema } from './common.ts';
import { calendarDateSchema } from './obligations.ts';

/** What a report says of the work: under way, done, or held up. */
export const reportStatusSchema = z.enum(['in_progress', 'done', 'blocked']);
export type ReportStatusValue = z.infer<typeof reportStatusSchema>;

/** The other party's answer to a report: a comment, or a request for more. */
export const commentKindSchema = z.enum(['comment', 'request']);

/** Kinds of evidence accepted, as read from the bytes. */
export const EVIDENCE_MIMES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

const authorSchema = z.object({ id: z.string(), name: z.string() });

export const reportFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});

export const reportCommentSchema = z.object({
  id: z.string(),
  kind: commentKindSchema,
  text: z.string(),
  author: authorSchema,
  partyId: z.string().nullable(),
  createdAt: z.string(),
});
export type ReportCommentDTO = z.infer<typeof reportCommentSchema>;

/** A report as the API gives it: attributed, with its files (no data) and the answers to it. */
export const obligationReportSchema = z.object({
  id: z.string(),
  obligationId: z.string(),
  occurrence: z.string().nullable(),
  status: reportStatusSchema,
  text: z.string(),
  author: authorSchema,
  partyId: z.string().nullable(),
  unitId: z.string().nullable(),
  createdAt: z.string(),
  files: z.array(reportFileSchema),
  comments: z.array(reportCommentSchema),
  /** Whether the caller may comment on it or ask for more (in an obligation's list only). */
  canAnswer: z.boolean().optional(),
});
export type ObligationReportDTO = z.infer<typeof obligationReportSchema>;

/**
 * `GET /api/obligations/:id/reports`: the reports, oldest first, with what the client needs to
 * place them: today in the cooperation's time zone and the obligation's due dates up to a while
 * ahead (empty when it sets none or they are not known yet), whether the caller may report, and
 * the upload limits.
 */
export const obligationReportsResponseSchema = z.object({
  reports: z.array(obligationReportSchema),
  today: z.string(),
  dueDates: z.array(z.string()),
  canReport: z.boolean(),
  limits: z.object({ fileBytes: z.number().int(), files: z.number().int() }),
});
export type ObligationReportsResponse = z.infer<typeof obligationReportsResponseSchema>;

/** The text fields of `POST /api/obligations/:id/reports` (multipart; files in field `files`). */
export const reportFieldsSchema = z.object({
  text: z.string().trim().min(1).max(5000),
  status: reportStatusSchema,
  /** The due date answered; empty or absent: none (or the obligation's only one). */
  occurrence: z
    .union([z.literal(''), calendarDateSchema])
    .optional()
    .transform((v) => v || null),
});

export const reportResponseSchema = z.object({ report: obligationReportSchema });

/** `POST /api/obligation-reports/:id/comments`. */
export const commentBodySchema = z.object({
  kind: commentKindSchema,
  text: z.string().trim().min(1).max(5000),
});
export const commentResponseSchema = z.object({ comment: reportCommentSchema });

export const reportParamsSchema = z.object({ id: idSchema });

/** `GET /api/cooperations/:id/obligation-reports?since=`: reports changed since an ISO time. */
export const cooperationReportsQuerySchema = z.object({ since: z.string().datetime().optional() });
export const cooperationReportsResponseSchema = z.object({ reports: z.array(obligationReportSchema) });
