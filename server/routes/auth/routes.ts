import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginBodySchema, userResponseSchema } from '../../../shared/api/auth.ts';
import { okSchema } from '../../../shared/api/common.ts';
import type { AppContext } from '../../context.ts';
import { findCredentials } from '../../db/repos/users.ts';
import { invalidCredentials } from '../../errors.ts';
import { burnPasswordCheck, verifyPassword } from '../../http/password.ts';
import { endSession, startSession } from '../../http/session.ts';
import { presentUser } from '../present.ts';

/** Login and logout. Login is rate limited per client IP and username. */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], body: loginBodySchema, response: { 200: userResponseSchema } },
      config: {
        rateLimit: {
          max: ctx.config.loginRateLimit,
          timeWindow: 60_000,
          keyGenerator: (req) =>
            `login|${req.ip}|${String((req.body as { username?: string } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const found = findCredentials(ctx.db, username);
      const ok = found
        ? await verifyPassword(password, found.passwordHash)
        : await burnPasswordCheck(password);
      if (!found || !ok) throw invalidCredentials();
      startSession(ctx.db, ctx.config, req, reply, found.user.id);
      req.log.info({ userId: found.user.id }, 'login');
      return { user: presentUser(found.user) };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 200: okSchema } } },
    async (req, reply) => {
      endSession(ctx.db, req, reply);
      return { ok: true as const };
    },
  );
}
