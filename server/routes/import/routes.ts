import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cooperationParamsSchema } from '../../../shared/api/cooperations.ts';
import {
  importPartiesAnswerSchema,
  importPreviewSchema,
  importResponseSchema,
} from '../../../shared/api/docx.ts';
import { importDocumentAndPublish } from '../../commands/published/documents.ts';
import type { AppContext } from '../../context.ts';
import { importErrors, validation } from '../../errors/index.ts';
import { requireMember } from '../../http/auth.ts';
import { readUpload } from '../../http/multipartUpload.ts';
import { refuseDeclaredOver } from '../../http/uploadLimit.ts';
import type { ImportAnswers } from '../../word/import/createImported.ts';
import { previewImport } from '../../word/import/preview.ts';
import { presentDocumentSummary } from '../present.ts';

const KINDS = new Set(['mou', 'pks']);

/**
 * Import a Word draft as a new MoU or PKS (editors and owners), in two calls: the preview reads
 * the draft and says what it recognised, creating nothing; the import sends the same file again
 * with the user's answers and creates the document. The file is sent twice rather than kept
 * between the calls: the server stays stateless (no upload to store, expire or share between
 * processes), and a draft is at most the import limit (10 MiB by default). One call without
 * answers still creates a document, with a draft party that matches no cooperation party by
 * name left unfilled and listed in the report.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const { importBytes } = ctx.config.limits;
  // Registered in this module's own scope: only the import routes parse multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: importBytes, files: 1, fields: 6, parts: 8, fieldSize: 4000 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = refuseDeclaredOver(importBytes, () => importErrors.tooLarge(importBytes));

  r.post(
    '/api/cooperations/:id/documents/import/preview',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Read a .docx (multipart field "file", optional "kind") and say what was recognised; creates nothing',
        consumes: ['multipart/form-data'],
        params: cooperationParamsSchema,
        response: { 200: importPreviewSchema },
      },
      onRequest,
    },
    async (req) => {
      const { cooperation } = requireMember(ctx, req, req.params.id, 'document.create');
      const { file, fields } = await readUpload(req, importBytes);
      return previewImport(ctx, { cooperationId: cooperation.id, file, kind: kindOf(fields) });
    },
  );

  r.post(
    '/api/cooperations/:id/documents/import',
    {
      schema: {
        tags: ['documents'],
        summary:
          'Import a .docx (multipart field "file", optional "kind" mou|pks, "title", "parties" JSON of draft ordinal → party id, "relabel" true|false)',
        consumes: ['multipart/form-data'],
        params: cooperationParamsSchema,
        response: { 201: importResponseSchema },
      },
      onRequest,
    },
    async (req, reply) => {
      const { user, cooperation } = requireMember(ctx, req, req.params.id, 'document.create');
      const { file, fields } = await readUpload(req, importBytes);
      const { document, report } = await importDocumentAndPublish(ctx, {
        cooperationId: cooperation.id,
        userId: user.id,
        file,
        kind: kindOf(fields),
        title: fields.title?.slice(0, 500),
        answers: answersOf(fields),
      });
      return reply.status(201).send({
        document: { ...presentDocumentSummary(document), cooperationId: document.cooperationId },
        report,
      });
    },
  );
}

function kindOf(fields: Record<string, string>): 'mou' | 'pks' | undefined {
  const kind = fields.kind?.trim() || undefined;
  if (kind && !KINDS.has(kind)) {
    throw validation('kind', 'Isian "kind" harus mou atau pks.', 'Field "kind" must be mou or pks.');
  }
  return kind as 'mou' | 'pks' | undefined;
}

function answersOf(fields: Record<string, string>): ImportAnswers {
  const answers: ImportAnswers = {};
  if (fields.relabel !== undefined) {
    if (fields.relabel !== 'true' && fields.relabel !== 'false')
      throw validation(
        'relabel',
        'Isian "relabel" harus true atau false.',
        'Field "relabel" must be true or false.',
      );
    answers.relabel = fields.relabel === 'true';
  }
  if (fields.parties !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fields.parties);
    } catch {
      parsed = undefined;
    }
    const result = importPartiesAnswerSchema.safeParse(parsed);
    if (!result.success)
      throw validation(
        'parties',
        'Isian "parties" harus JSON: nomor urut pihak draf → id pihak kerja sama (atau null).',
        'Field "parties" must be JSON: the draft party\'s ordinal → a cooperation party id (or null).',
      );
    answers.parties = Object.fromEntries(Object.entries(result.data).map(([k, v]) => [Number(k), v]));
  }
  return answers;
}
