import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuerySchema } from '../../../shared/api/docx.ts';
import { meetingParamsSchema, minutesResponseSchema } from '../../../shared/api/meetings.ts';
import { meetingNotFound } from '../../commands/meetings/errors.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { loadMeeting } from '../../db/repos/meetings.ts';
import { exportDefaults, exportFileName } from '../../word/export/fromDocument.ts';
import { buildMinutes } from '../../word/minutes/fromMeeting.ts';
import { sendDocx } from '../../word/send.ts';
import { requireRecordMember } from './access.ts';

/**
 * The minutes (notula) of a meeting, for any member: as JSON to review on screen, and as a
 * Word file in the cooperation's export layout (paper and font may be overridden).
 */
export default async function minutesRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/meetings/:id/minutes',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Draft of the minutes (notula) for review',
        params: meetingParamsSchema,
        response: { 200: minutesResponseSchema },
      },
    },
    async (req) => {
      const { record } = requireRecordMember(ctx, req, loadMeeting(ctx.db, req.params.id), meetingNotFound);
      return { minutes: await buildMinutes(ctx, record) };
    },
  );

  r.get(
    '/api/meetings/:id/minutes.docx',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Minutes (notula) as a Word file',
        params: meetingParamsSchema,
        querystring: exportQuerySchema,
      },
    },
    async (req, reply) => {
      const { user, record } = requireRecordMember(
        ctx,
        req,
        loadMeeting(ctx.db, req.params.id),
        meetingNotFound,
      );
      const minutes = await buildMinutes(ctx, record);
      // Paper and font follow the cooperation's agreements; spacing stays the minutes' own.
      const defaults = exportDefaults(findCooperation(ctx.db, record.cooperationId)?.settings);
      const paper = req.query.paper ?? defaults.paper;
      const font = req.query.font ?? defaults.font;
      const file = await ctx.word.run('minutes', minutes, {
        ...(paper ? { paper } : {}),
        ...(font ? { font } : {}),
        exportedBy: user.displayName,
      });
      const name = exportFileName(`Notula ${record.title} ${record.date}`, 'Notula');
      return sendDocx(reply, file, name);
    },
  );
}
