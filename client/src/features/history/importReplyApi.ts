import type { SuggestionImportReport } from '../../../../shared/api/suggestionImport.ts';
import { ApiError, upload } from '../../app/http.ts';

export type { SuggestionImportReport } from '../../../../shared/api/suggestionImport.ts';

/**
 * Sends a .docx the other party edited in Word, with the version (round) it answers: what it
 * changed becomes suggestions by my party; the report lists what was made, the conflicts and
 * what could not be taken.
 */
export async function importWordReply(
  documentId: string,
  file: File,
  baseVersionId: string,
): Promise<SuggestionImportReport> {
  const form = new FormData();
  form.append('baseVersionId', baseVersionId);
  form.append('file', file);
  const path = `/api/documents/${encodeURIComponent(documentId)}/suggestions/import`;
  const report = await upload<SuggestionImportReport>('POST', path, form);
  if (!report) throw new ApiError(0, 'network', '', '');
  return report;
}
