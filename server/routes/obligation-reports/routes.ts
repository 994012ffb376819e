import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  commentBodySchema,
  commentResponseSchema,
  cooperationReportsQuerySchema,
  cooperationReportsResponseSchema,
  obligationReportsResponseSchema,
  reportParamsSchema,
  reportResponseSchema,
} from '../../../shared/api/obligationReports.ts';
import { obligationParamsSchema } from '../../../shared/api/obligations.ts';
import { allowed } from '../../../shared/policies.ts';
import type { AppContext } from '../../context.ts';
import {
  findComment,
  findReport,
  findReportFile,
  insertComment,
  insertReport,
  listCooperationReports,
  listObligationReports,
} from '../../db/repos/obligationReports.ts';
import { getObligation } from '../../db/repos/obligations.ts';
import { notFound, reportErrors, reportNotConfirmed, reportUnknownOccurrence } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { authorize } from '../../http/authorize.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';
import { refuseDeclaredOver } from '../../http/uploadLimit.ts';
import { announceComment, announceReport } from './announce.ts';
import { obligationFacts } from './facts.ts';
import { presentComment, presentReport } from './present.ts';
import { answeredOccurrence, reportSchedule } from './schedule.ts';
import { readReportUpload } from './upload.ts';

/** 404 to outsiders too: an id reveals nothing of a cooperation one is not in. */
const obligationNotFound = () => notFound('obligation', 'Kewajiban', 'Obligation');
const reportNotFound = () => notFound('report', 'Laporan', 'Report');
const fileNotFound = () => notFound('report_file', 'Berkas', 'File');

/** `filename*` for any name, `filename` in plain ASCII for clients that read only that. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Reports on confirmed obligations, with evidence files, and the other party's comments and
 * requests for more. Every member reads them; the party bound reports, another party answers
 * (`obligation.report`, `obligation.review` in shared/policies.ts). Nothing is edited or removed.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const { evidenceBytes, evidenceFiles } = ctx.config.limits;
  // Registered in this module's own scope: only the report upload parses multipart bodies.
  await app.register(multipart, {
    limits: {
      fileSize: evidenceBytes,
      files: evidenceFiles,
      fields: 3,
      parts: evidenceFiles + 3,
      fieldSize: 20_000,
    },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limits = { evidenceBytes, evidenceFiles };

  const obligationOf = (req: Parameters<typeof requireRecordMember>[1], id: string) =>
    requireRecordMember(ctx, req, getObligation(ctx.db, id), obligationNotFound);

  r.get(
    '/api/obligations/:id/reports',
    {
      schema: {
        tags: ['obligations'],
        summary: "An obligation's reports, oldest first, with files and answers",
        description:
          "With today in the cooperation's time zone, the due dates a report may answer, and what the caller may do (`canReport`; `canAnswer` on each report). Any member.",
        params: obligationParamsSchema,
        response: { 200: obligationReportsResponseSchema },
      },
    },
    async (req) => {
      const { member, record: o } = obligationOf(req, req.params.id);
      const schedule = reportSchedule(ctx.db, o, new Date());
      return {
        reports: listObligationReports(ctx.db, o.id).map((report) => ({
          ...presentReport(report),
          canAnswer: allowed(member, 'obligation.review', { reportPartyId: report.partyId }),
        })),
        today: schedule.today,
        dueDates: schedule.dueDates,
        canReport:
          o.status === 'confirmed' && allowed(member, 'obligation.report', obligationFacts(ctx.db, o)),
        limits: { fileBytes: evidenceBytes, files: evidenceFiles },
      };
    },
  );

  r.post(
    '/api/obligations/:id/reports',
    {
      schema: {
        tags: ['obligations'],
        summary:
          'Report on a confirmed obligation (multipart: "text", "status" in_progress|done|blocked, "occurrence" YYYY-MM-DD, files in "files")',
        description:
          'Files: PDF, PNG, JPEG or .docx as read from their bytes (415 `report.unsupported_file`), each at most SEPAKAT_EVIDENCE_MAX_BYTES (413 `report.file_too_large`), at most SEPAKAT_EVIDENCE_MAX_FILES (413 `report.too_many_files`); any refusal stores nothing. 409 `report.not_confirmed`, 400 `report.unknown_occurrence`. A commenter or more of the party bound (403 `report.not_responsible`).',
        consumes: ['multipart/form-data'],
        params: obligationParamsSchema,
        response: { 201: reportResponseSchema },
      },
      onRequest: refuseDeclaredOver(evidenceBytes * evidenceFiles, () =>
        reportErrors.tooLarge(evidenceBytes, evidenceFiles),
      ),
    },
    async (req, reply) => {
      const { user, member, record: o } = obligationOf(req, req.params.id);
      authorize(member, 'obligation.report', obligationFacts(ctx.db, o));
      if (o.status !== 'confirmed') throw reportNotConfirmed();
      const upload = await readReportUpload(req, limits);
      const occurrence = answeredOccurrence(reportSchedule(ctx.db, o, new Date()), upload.occurrence, o);
      if (occurrence === undefined) throw reportUnknownOccurrence();
      const id = insertReport(
        ctx.db,
        {
          obligationId: o.id,
          cooperationId: o.cooperationId,
          occurrence,
          status: upload.status,
          text: upload.text,
          authorId: user.id,
          partyId: member.partyId,
          unitId: member.unitId,
          createdAt: Date.now(),
        },
        upload.files,
      );
      const report = listObligationReports(ctx.db, o.id).find((x) => x.id === id)!;
      announceReport(ctx, o, report);
      return reply.code(201).send({ report: presentReport(report) });
    },
  );

  r.post(
    '/api/obligation-reports/:id/comments',
    {
      schema: {
        tags: ['obligations'],
        summary: 'Comment on a report, or ask for more (kind "request")',
        description:
          'A commenter or more of another party than the one that reported (403 `report.own_party`).',
        params: reportParamsSchema,
        body: commentBodySchema,
        response: { 201: commentResponseSchema },
      },
    },
    async (req, reply) => {
      const {
        user,
        member,
        record: report,
      } = requireRecordMember(ctx, req, findReport(ctx.db, req.params.id), reportNotFound);
      authorize(member, 'obligation.review', { reportPartyId: report.partyId });
      const id = insertComment(ctx.db, {
        reportId: report.id,
        kind: req.body.kind,
        text: req.body.text,
        authorId: user.id,
        partyId: member.partyId,
        createdAt: Date.now(),
      });
      const comment = findComment(ctx.db, id)!;
      announceComment(ctx, report, comment);
      return reply.code(201).send({ comment: presentComment(comment) });
    },
  );

  r.get(
    '/api/obligation-report-files/:id',
    {
      schema: {
        tags: ['obligations'],
        summary: 'An evidence file, as an attachment',
        description: 'Any member. Sent as a download, never shown inline.',
        params: reportParamsSchema,
      },
    },
    async (req, reply) => {
      const { record: file } = requireRecordMember(
        ctx,
        req,
        findReportFile(ctx.db, req.params.id),
        fileNotFound,
      );
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', attachment(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-cache')
        .send(file.data);
    },
  );

  r.get(
    '/api/cooperations/:id/obligation-reports',
    {
      schema: {
        tags: ['obligations'],
        summary: "A cooperation's reports, oldest first, for dashboards and the M&E report",
        description: '`since` (ISO time): only reports made or answered since then. Any member.',
        params: cooperationParamsSchema,
        querystring: cooperationReportsQuerySchema,
        response: { 200: cooperationReportsResponseSchema },
      },
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id);
      const since = req.query.since ? Date.parse(req.query.since) : null;
      return { reports: listCooperationReports(ctx.db, cooperation.id, since).map(presentReport) };
    },
  );
}
