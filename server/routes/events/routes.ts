import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import type { AppContext } from '../../context.ts';
import { findMember } from '../../db/repos/members.ts';
import { eventsUnavailable } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { SESSION_COOKIE, sessionIsLive } from '../../http/session.ts';
import { EventHub, openStream } from '../../http/sse.ts';

/**
 * `GET /api/cooperations/:id/events`: the cooperation's changes as Server-Sent Events, for
 * members only. Each event is a `data:` line of JSON with a `type` (`point.created`,
 * `reply.created`, `action.updated`, `meeting.closed`, `liaison.deleted`, `document.created`,
 * ...) and an `id` for resuming with `Last-Event-ID`; a comment line every 20 s keeps the
 * connection open. A stream whose session ended (logout, password change, expiry) or whose
 * user is no longer a member gets a last `stream.ended` event (`reason`: signed-out,
 * not-member) at the next event or access check (`server/http/accessSweep.ts`) and is closed;
 * the client's reconnection then gets 401 or 404.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hub = ctx.events instanceof EventHub ? ctx.events : null;
  // Open streams would hold the HTTP server's close up: end them first.
  app.addHook('preClose', async () => hub?.close());

  r.get(
    '/api/cooperations/:id/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Server-Sent Events of a cooperation (text/event-stream)',
        description:
          'Each event: `id: <boot>.<n>` and `data: {"type": "point.created", ...}`. Reconnect with ' +
          'Last-Event-ID to receive what was missed; `stream.reset` means: reload your lists.',
        params: cooperationParamsSchema,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const { user, cooperation } = requireMember(ctx, req, req.params.id);
      if (!hub) {
        throw eventsUnavailable();
      }
      const res = openStream(reply);
      const lastEventId = req.headers['last-event-id'];
      const token = req.cookies[SESSION_COOKIE];
      hub.subscribe(
        cooperation.id,
        res,
        {
          userId: user.id,
          check: () => {
            if (!sessionIsLive(ctx.db, token)) return 'signed-out';
            return findMember(ctx.db, cooperation.id, user.id) ? null : 'not-member';
          },
        },
        typeof lastEventId === 'string' ? lastEventId : undefined,
      );
    },
  );
}
