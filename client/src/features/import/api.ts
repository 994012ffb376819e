import { ApiError, upload } from '../../app/http.ts';

/** What the server recognised in an imported Word draft. */
export interface ImportReport {
  clauses: number;
  ayat: number;
  letterItems: number;
  chapters: number;
  unmapped: number;
  warnings: string[];
  warningsEn?: string[];
}

/** Uploads a .docx (multipart field `file`) to create a document from it. */
export async function importDocument(
  cooperationId: string,
  file: File,
  kind: 'mou' | 'pks' | '',
): Promise<{ document: { id: string; title: string }; report: ImportReport }> {
  const form = new FormData();
  if (kind) form.append('kind', kind);
  form.append('file', file);
  const data = await upload<{ document: { id: string; title: string }; report: ImportReport }>(
    'POST',
    `/api/cooperations/${cooperationId}/documents/import`,
    form,
  );
  if (!data) throw new ApiError(0, 'network', '', '');
  return data;
}
