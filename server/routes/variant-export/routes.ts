import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  PROGRESS_MEDIA_TYPE,
  type VariantExportLine,
  variantExportQuerySchema,
} from '../../../shared/api/variantExport.ts';
import { exportVariants, variantsToExport } from '../../commands/variantExport.ts';
import type { AppContext } from '../../context.ts';
import { findTier } from '../../db/repos/variants.ts';
import { AppError, internal, notMaster } from '../../errors/index.ts';
import { requireDocumentMember } from '../../http/auth.ts';

/**
 * The batch export of a master PKS: every variant's signed-ready .docx in one .zip, for any
 * member of the cooperation. A browser that asks with `Accept: application/x-ndjson` is sent
 * its progress as it goes (a line per file built) and then the .zip in the last line, so its
 * progress bar moves while the Word thread works; anyone else gets the .zip as it is.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/variants/export.zip',
    {
      schema: {
        tags: ['variants'],
        summary: "Every variant's signed-ready .docx of a master PKS in one .zip (mode=draft|final)",
        description:
          'Files named `PKS-<unit short name>-<number or draft>.docx`. With `Accept: application/x-ndjson` the answer is progress lines `{type: "progress", done, total, unit}`, then `{type: "file", name, base64}` or `{type: "error", status, error}`. 409 `variant.not_master`; 409 `variant_export.none` when no variant is there to export.',
        params: documentParamsSchema,
        querystring: variantExportQuerySchema,
      },
    },
    async (req, reply) => {
      const { document } = requireDocumentMember(ctx, req, req.params.id, 'document.export');
      if (findTier(ctx.db, document.id)?.tier !== 'master') throw notMaster();
      const { mode, ...layout } = req.query;
      variantsToExport(ctx, document, mode);
      const input = { master: document, mode, layout, cookie: req.headers.cookie };
      if (!req.headers.accept?.includes(PROGRESS_MEDIA_TYPE)) {
        const { name, zip } = await exportVariants(ctx, app, input);
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(zip);
      }

      reply.hijack();
      // The security headers were set on the reply by earlier hooks; hijacking skips sending them.
      for (const [header, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined) reply.raw.setHeader(header, value as string | number | string[]);
      }
      reply.raw.writeHead(200, {
        'content-type': `${PROGRESS_MEDIA_TYPE}; charset=utf-8`,
        'cache-control': 'no-store',
      });
      const send = (line: VariantExportLine) => reply.raw.write(`${JSON.stringify(line)}\n`);
      try {
        const cancelled = () => reply.raw.destroyed;
        const { name, zip } = await exportVariants(ctx, app, { ...input, cancelled }, (done, total, unit) =>
          send({ type: 'progress', done, total, unit }),
        );
        send({ type: 'file', name, base64: zip.toString('base64') });
      } catch (e) {
        if (!(e instanceof AppError)) req.log.error(e, 'variant export failed');
        const error = e instanceof AppError ? e : internal();
        send({ type: 'error', status: error.status, error: error.toBody().error });
      }
      reply.raw.end();
    },
  );
}
