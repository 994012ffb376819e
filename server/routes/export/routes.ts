import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { agreementPartySettings, wordingOfText } from '../../../shared/api/agreementSettings.ts';
import { documentParamsSchema } from '../../../shared/api/documents.ts';
import { agreementExportQuerySchema } from '../../../shared/api/docx.ts';
import { textOf } from '../../../shared/clauses.ts';
import { META } from '../../../shared/meta.ts';
import { fillVariables } from '../../../shared/variables/fill.ts';
import { partyLabel } from '../../../shared/words.ts';
import { docToJSON } from '../../collab/convert.ts';
import { approvalStamp } from '../../commands/documentApprovals.ts';
import { printedRecords } from '../../commands/printedRecords.ts';
import { documentVariableValues } from '../../commands/variableValues.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import { findEvaluation } from '../../db/repos/evaluations.ts';
import { exportTooLarge, unknownOriginal } from '../../errors/index.ts';
import { evaluationDocx } from '../../evaluation/export.ts';
import { peopleOf } from '../../history/people.ts';
import { requireDocumentMember } from '../../http/auth.ts';
import {
  CLEAN_COPY_NAME,
  exportDefaults,
  exportFileName,
  exportParties,
  KIND_TITLE,
  suggestionAuthorsOf,
} from '../../word/export/fromDocument.ts';
import { requireAgreementKind, sendDocx } from '../../word/send.ts';
import { fitsExport } from '../../word/thread/exportSize.ts';

/**
 * The signed-ready Word file of an MoU or PKS, for any member of its cooperation. A final or
 * signed document prints the parties, logos, liaisons and variables' values frozen when it was
 * finalised.
 * `?original=n` prints the original party n keeps, the meterai under the other signatures;
 * the party wording and signature order come from the cooperation's settings.
 * A draft's pending suggestions print as Word's tracked changes by their authors
 * ("Name (Party)"), or `?suggestions=accepted|rejected` gives the clean copy with every one
 * accepted or rejected.
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
        querystring: agreementExportQuerySchema,
      },
    },
    async (req, reply) => {
      const { user, document } = requireDocumentMember(ctx, req, req.params.id, 'document.export');
      // A monitoring and evaluation report prints in its own layout.
      if (document.kind === 'notes' && findEvaluation(ctx.db, document.id)) {
        const report = await evaluationDocx(ctx, document, user.displayName);
        return sendDocx(reply, report.file, report.name);
      }
      const kind = requireAgreementKind(document.kind);
      const content = await ctx.collab.withDocument(document.id, (doc) =>
        fitsExport(doc, ctx.config.limits) ? docToJSON(doc) : null,
      );
      if (!content) throw exportTooLarge(ctx.config.limits);
      const cooperation = findCooperation(ctx.db, document.cooperationId);
      const records = printedRecords(ctx.db, { ...document, kind });
      const settings = agreementPartySettings(cooperation?.settings);
      const { firstSignsLeft } = settings;
      const wording = wordingOfText(textOf(content.body), settings.wording);
      const { original, suggestions = 'tracked', ...layout } = req.query;
      if (original !== undefined && !records.parties.some((p) => p.ordinal === original))
        throw unknownOriginal(records.parties.length);
      const options = {
        ...exportDefaults(cooperation?.settings),
        ...definedOnly(layout),
        original,
        partyWording: wording,
        firstSignsLeft,
        exportedBy: user.displayName,
      };
      const parties = exportParties(records.parties);
      const people = peopleOf(ctx.db, document.cooperationId);
      const suggestionAuthors =
        suggestions === 'tracked'
          ? suggestionAuthorsOf(content.body, (id) => people(id).displayName, records.parties)
          : undefined;
      // A master PKS's variables print their values (a variant's unit, the MoU's numbers and date),
      // a final one's as they were when it was finalised.
      const variables =
        records.variables ?? (await documentVariableValues(ctx, document, content.meta, content.body));
      const file = await ctx.word.run('agreement', {
        content: { ...content, body: fillVariables(content.body, variables) },
        document: { kind, status: document.status, amendment: document.amendmentKind },
        parties,
        options,
        // The liaisons (penghubung per OPD) are the annex of a PKS; an MoU only names the function.
        // A final text carries its version and approval fingerprint, of this very paper, on every page.
        extra: {
          liaisons: records.liaisons,
          suggestions,
          suggestionAuthors,
          ...approvalStamp(ctx.db, document, content, records),
        },
      });
      const name = exportFileName(
        [
          content.meta[META.title] || document.title,
          original ? `asli ${partyLabel(original, wording)}` : '',
          suggestions === 'tracked' ? '' : CLEAN_COPY_NAME[suggestions],
        ]
          .join(' ')
          .trim(),
        KIND_TITLE[kind],
      );
      return sendDocx(reply, file, name);
    },
  );
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
