import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userResponseSchema } from '../../../shared/api/auth.ts';
import type { AppContext } from '../../context.ts';
import { requireUser } from '../../http/auth.ts';
import { presentUser } from '../present.ts';

/** Who is signed in (401 when nobody). */
export default async function routes(app: FastifyInstance, _ctx: AppContext) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/me', { schema: { tags: ['auth'], response: { 200: userResponseSchema } } }, async (req) => ({
      user: presentUser(requireUser(req)),
    }));
}
