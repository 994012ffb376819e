import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { listMembers } from '../../db/repos/members.ts';
import type { ObligationReport, ReportComment } from '../../db/repos/obligationReports.ts';
import type { Obligation } from '../../db/repos/obligations.ts';
import { notify } from '../../notifications/notify.ts';

/** The bell shows a line; the whole text is one click away. */
const BELL_TEXT = 200;
const short = (text: string) => (text.length > BELL_TEXT ? `${text.slice(0, BELL_TEXT - 1)}…` : text);

/**
 * Tells the cooperation's open screens of a new report, and puts it in the bell of every member
 * of the other parties, who check it (their open pages hear of it at once).
 */
export function announceReport(ctx: AppContext, o: Obligation, report: ObligationReport): void {
  ctx.events?.publish(o.cooperationId, {
    type: 'obligation.reported',
    obligationId: o.id,
    reportId: report.id,
    status: report.status,
    by: report.author.id,
  });
  const payload = {
    cooperationId: o.cooperationId,
    cooperationTitle: findCooperation(ctx.db, o.cooperationId)?.title ?? '',
    obligationId: o.id,
    reportId: report.id,
    status: report.status,
    authorName: report.author.name,
    text: short(report.text),
  };
  const now = Date.now();
  ctx.db.transaction(() => {
    for (const m of listMembers(ctx.db, o.cooperationId)) {
      if (m.partyId === report.partyId || m.userId === report.author.id) continue;
      notify(
        ctx,
        { userId: m.userId, cooperationId: o.cooperationId, kind: 'obligation.reported', payload },
        null,
        now,
      );
    }
  })();
}

/** Tells the open screens of an answer to a report, and puts it in the bell of the report's author. */
export function announceComment(ctx: AppContext, report: ObligationReport, comment: ReportComment): void {
  ctx.events?.publish(report.cooperationId, {
    type: 'obligation.commented',
    obligationId: report.obligationId,
    reportId: report.id,
    commentId: comment.id,
    kind: comment.kind,
    by: comment.author.id,
  });
  if (report.author.id === comment.author.id) return;
  notify(
    ctx,
    {
      userId: report.author.id,
      cooperationId: report.cooperationId,
      kind: 'obligation.commented',
      payload: {
        cooperationId: report.cooperationId,
        cooperationTitle: findCooperation(ctx.db, report.cooperationId)?.title ?? '',
        obligationId: report.obligationId,
        reportId: report.id,
        commentKind: comment.kind,
        authorName: comment.author.name,
        text: short(comment.text),
      },
    },
    null,
    Date.now(),
  );
}
