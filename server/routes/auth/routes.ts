import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginBodySchema, userResponseSchema } from '../../../shared/api/auth.ts';
import { okSchema } from '../../../shared/api/common.ts';
import type { AppContext } from '../../context.ts';
import { findCredentials, setPasswordHash } from '../../db/repos/users.ts';
import { invalidCredentials, wrongPassword } from '../../errors/index.ts';
import { recheckOpenAccess } from '../../http/accessSweep.ts';
import { requireUser } from '../../http/auth.ts';
import { isRefusal, LoginLimits, type LoginTicket } from '../../http/loginLimits.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../http/password.ts';
import { endOtherSessions, endSession, startSession } from '../../http/session.ts';
import { presentUser } from '../present.ts';
import { passwordChangeBodySchema } from './schema.ts';

/**
 * Login, logout and password change. Every password check passes the login limits first
 * (`server/http/loginLimits.ts`: per address whatever the username, and a per-username backoff)
 * and a request limit per address and username (SEPAKAT_LOGIN_RATE a minute, successful
 * attempts too, since each costs a hash). Logout and a password change end the sessions
 * concerned and close their open sockets and event streams at once.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limits = new LoginLimits(ctx.config.loginLimits);

  /** A ticket for one password check, or a 429 with Retry-After before any hashing. */
  const admit = (reply: FastifyReply, address: string, username: string): LoginTicket => {
    const admitted = limits.admit(address, username);
    if (!isRefusal(admitted)) return admitted;
    reply.header('retry-after', String(admitted.retryAfterSeconds));
    throw admitted.refused;
  };

  /** Verifies a password under the limits; an unknown user costs the same time as a known one. */
  const checkPassword = async (reply: FastifyReply, address: string, username: string, password: string) => {
    const ticket = admit(reply, address, username);
    const found = findCredentials(ctx.db, username);
    let ok = false;
    try {
      ok = found ? await verifyPassword(password, found.passwordHash) : await burnPasswordCheck(password);
    } finally {
      if (found && ok) ticket.succeeded();
      else ticket.failed();
    }
    return found && ok ? found.user : null;
  };

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
      const user = await checkPassword(reply, req.ip, username, password);
      if (!user) throw invalidCredentials();
      startSession(ctx.db, ctx.config, req, reply, user.id);
      req.log.info({ userId: user.id }, 'login');
      return { user: presentUser(user) };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 200: okSchema } } },
    async (req, reply) => {
      endSession(ctx.db, req, reply);
      await recheckOpenAccess(ctx);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password: every other session of yours ends',
        body: passwordChangeBodySchema,
        response: { 200: okSchema },
      },
      config: {
        rateLimit: {
          max: ctx.config.loginRateLimit,
          timeWindow: 60_000,
          keyGenerator: (req) => `password|${req.ip}|${req.user?.id ?? ''}`,
        },
      },
    },
    async (req, reply) => {
      const me = requireUser(req);
      const { currentPassword, newPassword } = req.body;
      // Limited like a login: a stolen session must not become a way to guess the password.
      const checked = await checkPassword(reply, req.ip, me.username, currentPassword);
      if (checked?.id !== me.id) throw wrongPassword();
      setPasswordHash(ctx.db, me.id, await hashPassword(newPassword));
      const ended = endOtherSessions(ctx.db, req, me.id);
      req.log.info({ userId: me.id, sessionsEnded: ended }, 'password changed');
      await recheckOpenAccess(ctx);
      return { ok: true as const };
    },
  );
}
