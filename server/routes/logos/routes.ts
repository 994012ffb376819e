import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { listParties, partyLogos, setPartyLogo } from '../../db/repos/parties.ts';
import { appError, badRequest, notFound } from '../../errors.ts';
import { imageInfo } from '../../export/images.ts';
import { requireMember } from '../../http/auth.ts';

/** A logo is printed about 2.5 cm wide: 1 MiB is plenty for a scan at print resolution. */
const MAX_LOGO_BYTES = 1024 * 1024;
const MIME = { png: 'image/png', jpg: 'image/jpeg' } as const;

const params = z.object({ id: z.string().min(1).max(64), partyId: z.string().min(1).max(64) });

/** Party logos for the title block of the Word export: the owner uploads, every member sees. */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  await app.register(multipart, { limits: { fileSize: MAX_LOGO_BYTES, files: 1, fields: 0, parts: 2 } });
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
        summary: 'Upload a party\'s logo (multipart field "file": PNG or JPEG, at most 1 MiB); owner only',
        consumes: ['multipart/form-data'],
        params,
      },
    },
    async (req, reply) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'owner');
      const party = partyOf(cooperation.id, req.params.partyId);
      if (!req.isMultipart()) throw noFile();
      let data: Buffer | null = null;
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file' && part.fieldname === 'file' && !data) data = await part.toBuffer();
        }
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw appError('logo.too_large', 413, 'Logo melebihi 1 MiB.', 'The logo is larger than 1 MiB.');
        }
        throw err;
      }
      if (!data) throw noFile();
      const info = imageInfo(data);
      if (!info || !(info.type in MIME)) {
        throw appError(
          'logo.unsupported',
          415,
          'Logo harus berupa gambar PNG atau JPEG.',
          'The logo must be a PNG or JPEG image.',
        );
      }
      setPartyLogo(ctx.db, party.id, data, MIME[info.type as keyof typeof MIME]);
      ctx.events?.publish(cooperation.id, { type: 'party.logo', partyId: party.id });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/cooperations/:id/parties/:partyId/logo',
    { schema: { tags: ['cooperations'], summary: "A party's logo image", params } },
    async (req, reply) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'viewer');
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

const noFile = () =>
  badRequest(
    'logo.no_file',
    'Unggah gambar logo pada isian "file" (multipart/form-data).',
    'Upload the logo image in the "file" field (multipart/form-data).',
  );
