import type { ObligationReportDTO, ReportCommentDTO } from '../../../shared/api/obligationReports.ts';
import type { ReportComment, ReportWithAnswers } from '../../db/repos/obligationReports.ts';
import { iso } from '../../db/repos/sql.ts';

/** An answer to a report as the API gives it. */
export function presentComment(c: ReportComment): ReportCommentDTO {
  return {
    id: c.id,
    kind: c.kind,
    text: c.text,
    author: c.author,
    partyId: c.partyId,
    createdAt: iso(c.createdAt),
  };
}

/** A report as the API gives it, with its files (no bytes) and answers. */
export function presentReport(r: ReportWithAnswers): ObligationReportDTO {
  return {
    id: r.id,
    obligationId: r.obligationId,
    occurrence: r.occurrence,
    status: r.status,
    text: r.text,
    author: r.author,
    partyId: r.partyId,
    unitId: r.unitId,
    createdAt: iso(r.createdAt),
    files: r.files,
    comments: r.comments.map(presentComment),
  };
}
