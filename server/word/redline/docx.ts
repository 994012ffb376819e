import type { DocumentOutline } from '../../../shared/clauses.ts';
import { agreementDocument } from '../export/agreement.ts';
import type { AgreementExportInput } from '../export/types.ts';
import { packWordFile } from '../export/wordFile.ts';

/**
 * The redline .docx: the agreement export's own layout (title block, Pasal, ayat, signature
 * block, paraf boxes), of a body whose differences from an older text are marked with
 * `revision` marks (see `server/word/redline/merge.ts`). Each becomes Word's own tracked
 * change (w:ins / w:del with author and date), so Accept and Reject work on it in Word and
 * LibreOffice. `outline` numbers the Pasal: the newer document's numbers, and the old number
 * for a clause that was removed.
 */
export async function buildRedlineDocx(
  input: AgreementExportInput,
  outline: DocumentOutline,
): Promise<Buffer> {
  // Always marked as a draft: a comparison is a working paper, never the signed text.
  return packWordFile(agreementDocument({ ...input, status: 'draft' }, { outline }), input.options ?? {});
}
