import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setPartyLogoAndPublish } from '../../commands/published/parties.ts';
import type { AppContext } from '../../context.ts';
import { listParties, partyLogos } from '../../db/repos/parties.ts';
import { logoErrors, notFound } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { refuseDeclaredOver } from '../../http/uploadLimit.ts';

const params = z.object({ id: z.string().min(1).max(64), partyId: z.string().min(1).max(64) });

/** Party logos for the title block of the Word export: the owner uploads, every member sees. */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  // A logo is printed about 2.5 cm wide: 1 MiB (the default) is plenty for a scan at print resolution.
  const { logoBytes, logoMinSide, logoMaxSide } = ctx.config.limits;
  await app.register(multipart, { limits: { fileSize: logoBytes, files: 1, fields: 0, parts: 2 } });
  const tooLarge = () => logoErrors.tooLarge(logoBytes);
  const r = app.withTypeProvider<ZodTypeProvider>();

  const partyOf = (cooperationId: string, partyId: string) => {
    const party = listParties(ctx.db, cooperationId).find((p) => p.id === partyId);
    if (!party) throw notFound('party', 'Pihak', 'Party');
    return party;
  };

  r.put(
    '/api/cooperations/:id/parties/:partyId/logo',
    {
      schema: {
        tags: ['cooperations'],
        summary:
          'Upload a party\'s logo (multipart field "file": PNG or JPEG, by default at most 1 MiB and 16 to 2,048 pixels a side); owner only',
        consumes: ['multipart/form-data'],
        params,
      },
      onRequest: refuseDeclaredOver(logoBytes, tooLarge),
    },
    async (req, reply) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'cooperation.update');
      const party = partyOf(cooperation.id, req.params.partyId);
      if (!req.isMultipart()) throw logoErrors.noFile();
      let data: Buffer | null = null;
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file' && part.fieldname === 'file' && !data) data = await part.toBuffer();
        }
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw err;
      }
      if (!data) throw logoErrors.noFile();
      await setPartyLogoAndPublish(ctx, party, data, { logoMinSide, logoMaxSide });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/cooperations/:id/parties/:partyId/logo',
    { schema: { tags: ['cooperations'], summary: "A party's logo image", params } },
    async (req, reply) => {
      const { cooperation } = requireMember(ctx, req, req.params.id);
      const party = partyOf(cooperation.id, req.params.partyId);
      const logo = partyLogos(ctx.db, cooperation.id).get(party.id);
      if (!logo) throw notFound('logo', 'Logo', 'Logo');
      return reply
        .header('content-type', logo.mime)
        .header('cache-control', 'private, no-cache')
        .send(logo.logo);
    },
  );
}
