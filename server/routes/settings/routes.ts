import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { settingsBodySchema, settingsResponseSchema } from '../../../shared/api/agreementSettings.ts';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  afterSuggestOnlyChange,
  suggestOnlyChanged,
  withSuggestOnlyParties,
} from '../../commands/suggestOnlyParties.ts';
import type { AppContext } from '../../context.ts';
import { updateCooperationSettings } from '../../db/repos/cooperations.ts';
import { requireMember } from '../../http/auth.ts';

/**
 * The cooperation's settings (party wording, which party signs on the left, the time zone its
 * times are shown in, the parties limited to suggestions). Only whoever may update the
 * cooperation changes them; each key given replaces its value, the others stay, so the export
 * defaults kept beside them are not touched.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/cooperations/:id/settings',
    {
      schema: {
        tags: ['cooperations'],
        summary:
          "Change the cooperation's party wording (pertama|kesatu), signature order, time zone (WIB|WITA|WIT), the parties that may only suggest and whether the Bagian Kerja Sama approves PKS variants too; owner only",
        params: cooperationParamsSchema,
        body: settingsBodySchema,
        response: { 200: settingsResponseSchema },
      },
    },
    async (req) => {
      const { cooperation, user } = requireMember(ctx, req, req.params.id, 'cooperation.update');
      const { parties, timeZone, suggestOnlyParties } = req.body;
      let settings: Record<string, unknown> = { ...cooperation.settings };
      if (parties) {
        const current = cooperation.settings.parties;
        settings.parties = {
          ...(current && typeof current === 'object' && !Array.isArray(current) ? current : {}),
          ...parties,
        };
      }
      if (timeZone) settings.timeZone = timeZone;
      if (req.body.variantApprovalByCooperationBureau !== undefined)
        settings.variantApprovalByCooperationBureau = req.body.variantApprovalByCooperationBureau;
      if (suggestOnlyParties) {
        settings = withSuggestOnlyParties(ctx.db, cooperation, settings, suggestOnlyParties);
      }
      updateCooperationSettings(ctx.db, cooperation.id, settings);
      if (suggestOnlyChanged(cooperation.settings, settings)) {
        await afterSuggestOnlyChange(ctx, cooperation.id, settings, user.id);
      }
      return { settings };
    },
  );
}
