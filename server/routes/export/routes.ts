import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { exportQuerySchema } from '../../../shared/api/docx.ts';
import { META } from '../../../shared/meta.ts';
import { docToJSON } from '../../collab/convert.ts';
import { approvalStamp } from '../../commands/documentApprovals.ts';
import { printedRecords } from '../../commands/printedRecords.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import { exportDefaults, exportFileName, KIND_TITLE } from '../../word/export/fromDocument.ts';
import { requireAgreementKind, sendDocx } from '../../word/send.ts';
import { exportTooLarge, fitsExport } from '../../word/thread/exportSize.ts';

/**
 * The signed-ready Word file of an MoU or PKS, for any member of its cooperation. A final or
 * signed document prints the parties, logos and liaisons frozen when it was finalised.
 */
export default async function routes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/documents/:id/export.docx',
    {
      schema: {
        tags: ['documents'],
        summary: 'Signed-ready .docx of an MoU or PKS',
        params: documentParamsSchema,
        querystring: exportQuerySchema,
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.export');
      const kind = requireAgreementKind(document.kind);
      const content = await ctx.collab.withDocument(document.id, (doc) =>
        fitsExport(doc, ctx.config.limits) ? docToJSON(doc) : null,
      );
      if (!content) throw exportTooLarge(ctx.config.limits);
      const cooperation = findCooperation(ctx.db, document.cooperationId);
      const options = {
        ...exportDefaults(cooperation?.settings),
        ...definedOnly(req.query),
        exportedBy: user.displayName,
      };
      const records = printedRecords(ctx.db, { ...document, kind });
      const parties = records.parties.map(({ logo, logoMime, ...party }) => ({
        ...party,
        logo: logo ?? undefined,
        logoMime: logoMime ?? undefined,
      }));
      const file = await ctx.word.run('agreement', {
        content,
        document: { kind, status: document.status },
        parties,
        options,
        // The liaisons (penghubung per OPD) are the annex of a PKS; an MoU only names the function.
        // A final text carries its version and approval fingerprint, of this very paper, on every page.
        extra: {
          liaisons: records.liaisons,
          ...approvalStamp(ctx.db, document, content, records),
        },
      });
      const name = exportFileName(content.meta[META.title] || document.title, KIND_TITLE[kind]);
      return sendDocx(reply, file, name);
    },
  );
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
