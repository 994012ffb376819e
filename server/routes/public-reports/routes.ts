import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  correctPublicReportBodySchema,
  createPublicReportBodySchema,
  publicReportListResponseSchema,
  publicReportParamsSchema,
  publicReportQuerySchema,
  publicReportResponseSchema,
  respondPublicReportBodySchema,
} from '../../../shared/api/publicReports.ts';
import { addWorkingDays, localDate } from '../../../shared/calendar/workingDays.ts';
import { qualifies } from '../../../shared/policies.ts';
import { responseTimesByUnit } from '../../../shared/publicReports/responseTimes.ts';
import { cooperationTimeZone } from '../../../shared/timeZones.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import {
  correctPublicReport,
  getPublicReport,
  insertPublicReport,
  isDuplicateReference,
  listPublicReports,
  listReportCommitments,
  respondPublicReport,
} from '../../db/repos/publicReports.ts';
import { getUnit, listUnits } from '../../db/repos/units.ts';
import { publicReportAnswered, publicReportDuplicate, publicReportNotFound } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { authorize } from '../../http/authorize.ts';
import { recordAccess } from '../../http/recordAccess.ts';
import { checkNotAhead, checkPic, checkResponseDay, unitOf } from './checks.ts';
import { defaultDeadlineDays, presentPublicReport } from './present.ts';

/** Today in the cooperation's time zone: the day reports are recorded and reckoned on. */
function todayIn(settings: Record<string, unknown> | undefined): string {
  return localDate(new Date(), cooperationTimeZone(settings));
}

/** Runs a write, turning the reference's uniqueness into 409 `public_report.duplicate_reference`. */
function uniqueReference<T>(write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (isDuplicateReference(e)) throw publicReportDuplicate();
    throw e;
  }
}

/**
 * Reports from the public (laporan masyarakat) the Ombudsman forwards to an OPD's PIC, with the
 * working days the agreement commits the OPD to answer in. Members read them with each OPD's
 * response times; the forwarding party's editors forward and correct them; the OPD's party
 * records the answers. Every change is attributed and announced as `publicReport.updated`.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public-reports'];
  const reportAccess = recordAccess(ctx, getPublicReport, publicReportNotFound);

  const published = (cooperationId: string, reportId: string, by: string) =>
    ctx.events?.publish(cooperationId, { type: 'publicReport.updated', reportId, by });

  /** The report `id` for its cooperation's member, with the cooperation's today. */
  const reportOf = (req: FastifyRequest, id: string) => {
    const access = reportAccess(req, id);
    const cooperation = findCooperation(ctx.db, access.record.cooperationId);
    return { ...access, today: todayIn(cooperation?.settings) };
  };
  const unitPartyOf = (unitId: string | null) => (unitId ? (getUnit(ctx.db, unitId)?.partyId ?? null) : null);

  r.get(
    '/api/cooperations/:id/public-reports',
    {
      schema: {
        tags,
        summary: 'Forwarded reports from the public and the response times per OPD',
        description:
          '`from`/`to` keep the reports forwarded in those days (inclusive). `byUnit` counts them per OPD against the working days committed; `defaultDeadlineDays` is the confirmed commitment of the agreement about reports, else 14. Any member.',
        params: cooperationParamsSchema,
        querystring: publicReportQuerySchema,
        response: { 200: publicReportListResponseSchema },
      },
    },
    async (req) => {
      const { member, cooperation } = requireMember(ctx, req, req.params.id);
      const today = todayIn(cooperation.settings);
      const rows = listPublicReports(ctx.db, cooperation.id, req.query);
      const commitments = listReportCommitments(ctx.db, cooperation.id);
      const units = listUnits(ctx.db, cooperation.id);
      return {
        reports: rows.map((row) => presentPublicReport(row, today)),
        byUnit: responseTimesByUnit(rows, today).map((u) => ({
          ...u,
          unitName: rows.find((row) => row.unitId === u.unitId)?.unitName ?? '',
        })),
        today,
        defaultDeadlineDays: defaultDeadlineDays(commitments),
        commitments,
        may: {
          forwardTo: units
            .filter((u) => qualifies(member, 'publicReport.forward', { unitPartyId: u.partyId }))
            .map((u) => u.id),
          respondFor: units
            .filter((u) =>
              qualifies(member, 'publicReport.respond', { unitId: u.id, unitPartyId: u.partyId }),
            )
            .map((u) => u.id),
        },
      };
    },
  );

  r.post(
    '/api/cooperations/:id/public-reports',
    {
      schema: {
        tags,
        summary: 'Record a report from the public forwarded to an OPD and its PIC',
        description:
          'The due day is `deadlineDays` working days after `forwardedOn` (weekends, national holidays and cuti bersama skipped); `deadlineDays` defaults to the agreement’s commitment. 409 `public_report.duplicate_reference`; 400 `public_report.unknown_unit`, `public_report.unknown_liaison` (the PIC must be a liaison of that OPD), `public_report.future_date`. Editors and owners of a party other than the OPD’s.',
        params: cooperationParamsSchema,
        body: createPublicReportBodySchema,
        response: { 201: publicReportResponseSchema },
      },
    },
    async (req, reply) => {
      const { user, member, cooperation } = requireMember(ctx, req, req.params.id);
      const b = req.body;
      const unit = unitOf(ctx.db, cooperation.id, b.unitId);
      authorize(member, 'publicReport.forward', { unitPartyId: unit.partyId });
      const liaisonId = b.liaisonId ?? null;
      checkPic(ctx.db, unit, liaisonId);
      const today = todayIn(cooperation.settings);
      checkNotAhead(b.forwardedOn, today);
      const deadlineDays =
        b.deadlineDays ?? defaultDeadlineDays(listReportCommitments(ctx.db, cooperation.id));
      const now = Date.now();
      const report = uniqueReference(() =>
        insertPublicReport(ctx.db, {
          cooperationId: cooperation.id,
          reference: b.reference,
          unitId: unit.id,
          liaisonId,
          forwardedOn: b.forwardedOn,
          deadlineDays,
          dueOn: addWorkingDays(b.forwardedOn, deadlineDays),
          createdBy: user.id,
          createdAt: now,
          updatedAt: now,
        }),
      );
      published(cooperation.id, report.id, user.id);
      return reply
        .code(201)
        .send({ report: presentPublicReport(getPublicReport(ctx.db, report.id)!, today) });
    },
  );

  r.patch(
    '/api/public-reports/:id',
    {
      schema: {
        tags,
        summary: 'Correct a report while it waits: its number, OPD, PIC, forwarding day or deadline',
        description:
          'The due day is counted again. Changing the OPD without naming a PIC clears the PIC. 409 `public_report.answered` once answered; 400 as when recording. Editors and owners of a party other than the OPD’s (the old one and the new).',
        params: publicReportParamsSchema,
        body: correctPublicReportBodySchema,
        response: { 200: publicReportResponseSchema },
      },
    },
    async (req) => {
      const { user, member, record: report, today } = reportOf(req, req.params.id);
      authorize(member, 'publicReport.forward', { unitPartyId: unitPartyOf(report.unitId) });
      const b = req.body;
      const unitId = b.unitId ?? report.unitId;
      const unit = unitId === null ? null : unitOf(ctx.db, report.cooperationId, unitId);
      if (unit && unit.id !== report.unitId)
        authorize(member, 'publicReport.forward', { unitPartyId: unit.partyId });
      const unitChanged = unitId !== report.unitId;
      const liaisonId = b.liaisonId !== undefined ? b.liaisonId : unitChanged ? null : report.liaisonId;
      if (unit) checkPic(ctx.db, unit, liaisonId);
      const forwardedOn = b.forwardedOn ?? report.forwardedOn;
      checkNotAhead(forwardedOn, today);
      const deadlineDays = b.deadlineDays ?? report.deadlineDays;
      const correction = {
        reference: b.reference ?? report.reference,
        unitId,
        liaisonId,
        forwardedOn,
        deadlineDays,
        dueOn: addWorkingDays(forwardedOn, deadlineDays),
      };
      const saved = uniqueReference(() =>
        correctPublicReport(ctx.db, report.id, correction, user.id, Date.now()),
      );
      if (!saved) throw publicReportAnswered();
      published(report.cooperationId, report.id, user.id);
      return { report: presentPublicReport(getPublicReport(ctx.db, report.id)!, today) };
    },
  );

  r.put(
    '/api/public-reports/:id/response',
    {
      schema: {
        tags,
        summary: 'Record when the OPD answered a report, and what',
        description:
          'Recording again replaces the earlier answer (attributed to whoever recorded it last). 400 `public_report.response_before_forwarding`, `public_report.future_date`. Commenters and up of the OPD’s party, in that OPD or in the party as a whole.',
        params: publicReportParamsSchema,
        body: respondPublicReportBodySchema,
        response: { 200: publicReportResponseSchema },
      },
    },
    async (req) => {
      const { user, member, record: report, today } = reportOf(req, req.params.id);
      authorize(member, 'publicReport.respond', {
        unitId: report.unitId,
        unitPartyId: unitPartyOf(report.unitId),
      });
      checkResponseDay(req.body.respondedOn, report.forwardedOn, today);
      respondPublicReport(ctx.db, report.id, req.body, user.id, Date.now());
      published(report.cooperationId, report.id, user.id);
      return { report: presentPublicReport(getPublicReport(ctx.db, report.id)!, today) };
    },
  );
}
