import { agreementPartySettings } from '../../shared/api/agreementSettings.ts';
import { META } from '../../shared/meta.ts';
import { docToJSON } from '../collab/convert.ts';
import { approvalStamp } from '../commands/documentApprovals.ts';
import type { AppContext } from '../context.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { findEvaluation } from '../db/repos/evaluations.ts';
import { listParties } from '../db/repos/parties.ts';
import { exportTooLarge, notAnEvaluation } from '../errors/index.ts';
import { exportDefaults, exportFileName } from '../word/export/fromDocument.ts';
import { fitsExport } from '../word/thread/exportSize.ts';
import { dateWords, REPORT_TITLE } from './draft.ts';

/**
 * The Word file of a monitoring and evaluation report and its name: the live text in the
 * cooperation's layout, signed by the parties' signatories its meta names; once both parties
 * approved it and it is final, every page carries the approval fingerprint instead of "DRAF".
 * Built on the Word thread.
 */
export async function evaluationDocx(
  ctx: Pick<AppContext, 'db' | 'collab' | 'word' | 'config'>,
  document: DocumentRecord,
  exportedBy: string,
): Promise<{ file: Buffer; name: string }> {
  const evaluation = findEvaluation(ctx.db, document.id);
  if (!evaluation) throw notAnEvaluation();
  const content = await ctx.collab.withDocument(document.id, (doc) =>
    fitsExport(doc, ctx.config.limits) ? docToJSON(doc) : null,
  );
  if (!content) throw exportTooLarge(ctx.config.limits);
  const cooperation = findCooperation(ctx.db, document.cooperationId);
  const settings = agreementPartySettings(cooperation?.settings);
  const { version, fingerprint } = approvalStamp(ctx.db, document, content);
  const stamp = fingerprint
    ? `${version ? `Versi ${version} · ` : ''}Sidik persetujuan ${fingerprint}`
    : undefined;
  const file = await ctx.word.run('evaluation', {
    status: document.status,
    body: content.body,
    meta: content.meta,
    parties: listParties(ctx.db, document.cooperationId).map((p) => ({
      id: p.id,
      ordinal: p.ordinal,
      name: p.name,
      shortName: p.shortName,
    })),
    ...(stamp ? { stamp } : {}),
    options: {
      ...exportDefaults(cooperation?.settings),
      partyWording: settings.wording,
      firstSignsLeft: settings.firstSignsLeft,
      exportedBy,
    },
  });
  const period = `${dateWords(evaluation.periodFrom)} - ${dateWords(evaluation.periodTo)}`;
  return {
    file,
    name: exportFileName(`${content.meta[META.title]?.trim() || REPORT_TITLE} ${period}`, REPORT_TITLE),
  };
}
