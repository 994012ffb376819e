import { z } from 'zod';
import { idSchema } from './common.ts';
import { isoDateSchema } from './meetings.ts';

/**
 * Reports from the public (laporan masyarakat) the Ombudsman forwards to an OPD's PIC under the
 * agreement. Sepakat holds the reference number in the Ombudsman's own complaint system, never
 * the complaint itself.
 */

/** The number in the Ombudsman's complaint system: "0123/LM/XII/2026". */
export const referenceSchema = z.string().trim().min(1).max(100);
/** Working days the PKS commits the OPD to answer in. */
export const deadlineDaysSchema = z.number().int().min(1).max(250);
/** A short note of what the OPD answered. */
const responseNoteSchema = z.string().trim().max(2000);

/** The default deadline when the agreement states none: 14 working days. */
export const DEFAULT_DEADLINE_DAYS = 14;

export const PUBLIC_REPORT_STATES = ['waiting', 'overdue', 'answered_in_time', 'answered_late'] as const;
export const publicReportStateSchema = z.enum(PUBLIC_REPORT_STATES);

export const publicReportParamsSchema = z.object({ id: idSchema });

/** `GET /api/cooperations/:id/public-reports`: reports forwarded from `from` to `to` (inclusive). */
export const publicReportQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

/**
 * `POST /api/cooperations/:id/public-reports`: forward a report to OPD `unitId` and its PIC
 * (a liaison of that OPD). `deadlineDays` defaults to the agreement's commitment.
 */
export const createPublicReportBodySchema = z.object({
  reference: referenceSchema,
  unitId: idSchema,
  liaisonId: idSchema.nullable().optional(),
  forwardedOn: isoDateSchema,
  deadlineDays: deadlineDaysSchema.optional(),
});
export type CreatePublicReportBody = z.infer<typeof createPublicReportBodySchema>;

/** `PATCH /api/public-reports/:id`: correct a report while it waits for its answer. */
export const correctPublicReportBodySchema = z
  .object({
    reference: referenceSchema.optional(),
    unitId: idSchema.optional(),
    liaisonId: idSchema.nullable().optional(),
    forwardedOn: isoDateSchema.optional(),
    deadlineDays: deadlineDaysSchema.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type CorrectPublicReportBody = z.infer<typeof correctPublicReportBodySchema>;

/** `PUT /api/public-reports/:id/response`: when the OPD answered, and what. */
export const respondPublicReportBodySchema = z.object({
  respondedOn: isoDateSchema,
  response: responseNoteSchema.default(''),
});
export type RespondPublicReportBody = z.input<typeof respondPublicReportBodySchema>;

/** Who did something, by name as well as id, so the list attributes without another request. */
const personSchema = z.object({ userId: z.string(), name: z.string() });

export const publicReportSchema = z.object({
  id: z.string(),
  cooperationId: z.string(),
  reference: z.string(),
  /** Null once the OPD was removed from the cooperation. */
  unitId: z.string().nullable(),
  unitName: z.string(),
  liaisonId: z.string().nullable(),
  liaisonName: z.string(),
  forwardedOn: z.string(),
  deadlineDays: z.number().int(),
  dueOn: z.string(),
  respondedOn: z.string().nullable(),
  response: z.string(),
  state: publicReportStateSchema,
  /** Working days to the response, or waited so far. */
  workingDaysTaken: z.number().int(),
  createdBy: personSchema,
  respondedBy: personSchema.nullable(),
  updatedBy: personSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PublicReportDTO = z.infer<typeof publicReportSchema>;

/** `UnitResponseTimes` of `shared/publicReports/responseTimes.ts`: one OPD's figures. */
export const unitResponseTimesSchema = z.object({
  unitId: z.string().nullable(),
  forwarded: z.number().int(),
  answered: z.number().int(),
  answeredInTime: z.number().int(),
  late: z.number().int(),
  waiting: z.number().int(),
  overdue: z.number().int(),
  medianWorkingDays: z.number().nullable(),
  commitmentDays: z.number().int().nullable(),
});

/** One OPD's figures with its name as the list shows it (short name first; '' once removed). */
export const namedUnitResponseTimesSchema = unitResponseTimesSchema.extend({ unitName: z.string() });
export type NamedUnitResponseTimes = z.infer<typeof namedUnitResponseTimesSchema>;

/** A working-day deadline for reports the agreement states (a confirmed obligation). */
export const reportCommitmentSchema = z.object({
  obligationId: z.string(),
  days: z.number().int(),
  /** "Pasal 5 ayat (2)". */
  clausePath: z.string(),
  text: z.string(),
});
export type ReportCommitment = z.infer<typeof reportCommitmentSchema>;

export const publicReportListResponseSchema = z.object({
  reports: z.array(publicReportSchema),
  byUnit: z.array(namedUnitResponseTimesSchema),
  /** Today in the cooperation's time zone: what the states are reckoned on. */
  today: z.string(),
  /** What the forwarding form proposes: the agreement's commitment, else 14. */
  defaultDeadlineDays: z.number().int(),
  commitments: z.array(reportCommitmentSchema),
  /** The OPDs the caller may forward to, and those whose answers the caller may record. */
  may: z.object({ forwardTo: z.array(z.string()), respondFor: z.array(z.string()) }),
});
export type PublicReportList = z.infer<typeof publicReportListResponseSchema>;

export const publicReportResponseSchema = z.object({ report: publicReportSchema });
