import { z } from 'zod';
import { documentStatusSchema } from './cooperations.ts';
import { calendarDateSchema } from './obligations.ts';

/** `POST /api/documents/:id/evaluations`: the period a new report covers, both days included. */
export const createEvaluationBodySchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .refine((p) => p.from <= p.to, { message: 'from is after to', path: ['to'] });
export type CreateEvaluationBody = z.infer<typeof createEvaluationBodySchema>;

/** A monitoring and evaluation report of an agreement: its document and the period it covers. */
export const evaluationSchema = z.object({
  documentId: z.string(),
  agreementId: z.string(),
  title: z.string(),
  status: documentStatusSchema,
  periodFrom: z.string(),
  periodTo: z.string(),
  createdAt: z.string(),
});
export type EvaluationDTO = z.infer<typeof evaluationSchema>;

export const evaluationResponseSchema = z.object({ evaluation: evaluationSchema });
export type EvaluationResponse = z.infer<typeof evaluationResponseSchema>;

export const evaluationListResponseSchema = z.object({
  evaluations: z.array(evaluationSchema),
  /** Whether the caller may draft a new report of this agreement now. */
  canCreate: z.boolean(),
});
export type EvaluationListResponse = z.infer<typeof evaluationListResponseSchema>;
