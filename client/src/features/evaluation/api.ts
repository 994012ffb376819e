import type {
  CreateEvaluationBody,
  EvaluationDTO,
  EvaluationListResponse,
  EvaluationResponse,
} from '../../../../shared/api/evaluations.ts';
import { api } from '../../app/http.ts';

export type Evaluation = EvaluationDTO;

const evaluationsPath = (agreementId: string) =>
  `/api/documents/${encodeURIComponent(agreementId)}/evaluations`;

/** An agreement's monitoring and evaluation reports, the latest period first, and whether I may draft one. */
export const listEvaluations = (agreementId: string) =>
  api<EvaluationListResponse>('GET', evaluationsPath(agreementId));

/** Drafts a report of the agreement over the period; answers the new report. */
export const createEvaluation = (agreementId: string, body: CreateEvaluationBody) =>
  api<EvaluationResponse>('POST', evaluationsPath(agreementId), body).then((r) => r.evaluation);

/** The report's Word file. */
export const evaluationDocxUrl = (reportId: string) =>
  `/api/documents/${encodeURIComponent(reportId)}/evaluation.docx`;
