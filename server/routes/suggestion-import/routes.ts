import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import {
  suggestionImportFieldsSchema,
  suggestionImportResponseSchema,
} from '../../../shared/api/suggestionImport.ts';
import type { AppContext } from '../../context.ts';
import { documentNotDraft, importErrors, notFound, suggestionImportErrors } from '../../errors/index.ts';
import { findVersion } from '../../history/versionsRepo.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { readUpload } from '../../http/multipartUpload.ts';
import { refuseDeclaredOver } from '../../http/uploadLimit.ts';
import { importReply } from '../../word/import/suggestionsImport.ts';

/**
 * Import a Word reply: a .docx the other party edited offline (with Word's tracked changes or
 * without), answering a version or round of the document. What it changed becomes suggestions
 * by the uploader's party; conflicts and changes that cannot be suggestions are reported.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const { importBytes } = ctx.config.limits;
  await app.register(multipart, {
    limits: { fileSize: importBytes, files: 1, fields: 4, parts: 6, fieldSize: 200 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/documents/:id/suggestions/import',
    {
      schema: {
        tags: ['suggestions'],
        summary:
          'Import a .docx reply (multipart "file" and "baseVersionId", the version it answers) as suggestions; answers the report',
        consumes: ['multipart/form-data'],
        params: documentParamsSchema,
        response: { 200: suggestionImportResponseSchema },
      },
      onRequest: refuseDeclaredOver(importBytes, () => importErrors.tooLarge(importBytes)),
    },
    async (req) => {
      const { user, member, document } = requireDocumentMember(ctx, req, req.params.id, 'document.suggest');
      if (document.status !== 'draft') throw documentNotDraft(document.status);
      const { file, fields } = await readUpload(req, importBytes);
      const parsed = suggestionImportFieldsSchema.safeParse(fields);
      if (!parsed.success) throw suggestionImportErrors.noBaseVersion();
      const version = findVersion(ctx.db, document.id, parsed.data.baseVersionId);
      if (!version) throw notFound('version');
      return importReply(ctx, {
        documentId: document.id,
        version,
        importer: { userId: user.id, partyId: member.partyId },
        file,
      });
    },
  );
}
