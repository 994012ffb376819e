import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { settingsBodySchema, settingsResponseSchema } from '../../../shared/api/agreementSettings.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import type { AppContext } from '../../context.ts';
import { updateCooperationSettings } from '../../db/repos/cooperations.ts';
import { requireMember } from '../../http/auth.ts';

/**
 * The cooperation's agreement settings (party wording, which party signs on the left). Only
 * whoever may update the cooperation changes them; each key given replaces its value, the
 * others stay, so the export defaults kept beside them are not touched.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/cooperations/:id/settings',
    {
      schema: {
        tags: ['cooperations'],
        summary: "Change the cooperation's party wording (pertama|kesatu) and signature order; owner only",
        params: cooperationParamsSchema,
        body: settingsBodySchema,
        response: { 200: settingsResponseSchema },
      },
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'cooperation.update');
      const current = cooperation.settings.parties;
      const parties = {
        ...(current && typeof current === 'object' && !Array.isArray(current) ? current : {}),
        ...req.body.parties,
      };
      const settings = { ...cooperation.settings, parties };
      updateCooperationSettings(ctx.db, cooperation.id, settings);
      return { settings };
    },
  );
}
