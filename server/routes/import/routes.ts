import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import { importResponseSchema } from '../../../shared/api/docx.ts';
import type { AppContext } from '../../context.ts';
import { badRequest, validation } from '../../errors.ts';
import { requireMember } from '../../http/auth.ts';
import { refuseDeclaredOver } from '../../http/uploadLimit.ts';
import { importDocument } from '../../word/import/createImported.ts';
import { importErrors } from '../../word/import/errors.ts';
import { presentDocumentSummary } from '../present.ts';

const KINDS = new Set(['mou', 'pks']);

/** Import a Word draft as a new MoU or PKS (editors and owners). */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const { importBytes } = ctx.config.limits;
  // Registered in this module's own scope: only the import route parses multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: importBytes, files: 1, fields: 4, parts: 6, fieldSize: 1000 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/cooperations/:id/documents/import',
    {
      schema: {
        tags: ['documents'],
        summary: 'Import a .docx (multipart field "file", optional "kind" mou|pks and "title")',
        consumes: ['multipart/form-data'],
        params: cooperationParamsSchema,
        response: { 201: importResponseSchema },
      },
      onRequest: refuseDeclaredOver(importBytes, () => importErrors.tooLarge(importBytes)),
    },
    async (req, reply) => {
      const { user, cooperation } = requireMember(ctx, req, req.params.id, 'document.create');
      if (!req.isMultipart()) throw noFile();
      let file: Buffer | null = null;
      const fields: Record<string, string> = {};
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            const data = await part.toBuffer();
            if (part.fieldname === 'file' && !file) file = data;
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw importErrors.tooLarge(importBytes);
        throw err;
      }
      if (!file) throw noFile();
      const kind = fields.kind?.trim() || undefined;
      if (kind && !KINDS.has(kind)) {
        throw validation('kind', 'Isian "kind" harus mou atau pks.', 'Field "kind" must be mou or pks.');
      }
      const { document, report } = await importDocument(ctx, {
        cooperationId: cooperation.id,
        userId: user.id,
        file,
        kind: kind as 'mou' | 'pks' | undefined,
        title: fields.title?.slice(0, 500),
      });
      ctx.events?.publish(cooperation.id, { type: 'document.created', documentId: document.id });
      return reply.status(201).send({
        document: { ...presentDocumentSummary(document), cooperationId: document.cooperationId },
        report,
      });
    },
  );
}

const noFile = () =>
  badRequest(
    'import.no_file',
    'Unggah berkas .docx pada isian "file" (multipart/form-data).',
    'Upload the .docx file in the "file" field (multipart/form-data).',
  );
