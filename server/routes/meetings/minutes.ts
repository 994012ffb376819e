import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuerySchema } from '../../../shared/api/docx.ts';
import {
  meetingParamsSchema,
  minutesQuerySchema,
  minutesResponseSchema,
} from '../../../shared/api/meetings.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { loadMeeting } from '../../db/repos/meetings.ts';
import { meetingNotFound, notFound, validation } from '../../errors/index.ts';
import { requireRecordMember } from '../../http/recordAccess.ts';
import { exportDefaults, exportFileName } from '../../word/export/fromDocument.ts';
import { defaultLetterhead, letterheadFor } from '../../word/minutes/letterhead.ts';
import { minutesOf } from '../../word/minutes/record.ts';
import { sendDocx } from '../../word/send.ts';

const versionNotFound = () => notFound('minutes_version', 'Versi notula', 'Minutes version');
const unknownLetterhead = () =>
  validation(
    'kop',
    'Kop notula harus "none", "cooperation" atau id salah satu pihak dalam kerja sama ini.',
    'The letterhead must be "none", "cooperation" or the id of a party of this cooperation.',
  );

/**
 * The minutes (notula) of a meeting, for any member: as JSON to review on screen, and as a
 * Word file in the cooperation's export layout (paper and font may be overridden) with the
 * letterhead chosen. A closed meeting's minutes are its frozen record (`?version=` an earlier
 * one); a meeting not closed shows the live draft.
 */
export default async function minutesRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/meetings/:id/minutes',
    {
      schema: {
        tags: ['meetings'],
        summary: 'The minutes (notula): the frozen record of a closed meeting, else the live draft',
        params: meetingParamsSchema,
        querystring: minutesQuerySchema.pick({ version: true }),
        response: { 200: minutesResponseSchema },
      },
    },
    async (req) => {
      const { record } = requireRecordMember(ctx, req, loadMeeting(ctx.db, req.params.id), meetingNotFound);
      const source = await minutesOf(ctx, record, req.query.version);
      if (!source) throw versionNotFound();
      return { minutes: source.minutes };
    },
  );

  r.get(
    '/api/meetings/:id/minutes.docx',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Minutes (notula) as a Word file',
        params: meetingParamsSchema,
        querystring: exportQuerySchema.extend(minutesQuerySchema.shape),
      },
    },
    async (req, reply) => {
      const { user, record } = requireRecordMember(
        ctx,
        req,
        loadMeeting(ctx.db, req.params.id),
        meetingNotFound,
      );
      const source = await minutesOf(ctx, record, req.query.version);
      if (!source) throw versionNotFound();
      // Paper and font follow the cooperation's agreements; spacing stays the minutes' own.
      const settings = findCooperation(ctx.db, record.cooperationId)?.settings;
      const defaults = exportDefaults(settings);
      const paper = req.query.paper ?? defaults.paper;
      const font = req.query.font ?? defaults.font;
      const letterhead = letterheadFor(
        req.query.kop ?? defaultLetterhead(settings),
        source.minutes,
        source.logos,
      );
      if (letterhead === undefined) throw unknownLetterhead();
      const file = await ctx.word.run(
        'minutes',
        source.minutes,
        // A closed meeting's record names who closed it instead (server/word/minutes/docx.ts).
        { ...(paper ? { paper } : {}), ...(font ? { font } : {}), exportedBy: user.displayName },
        { letterhead },
      );
      const name = exportFileName(`Notula ${record.title} ${record.date}`, 'Notula');
      return sendDocx(reply, file, name);
    },
  );
}
