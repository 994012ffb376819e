import type { ImportPreviewDTO, ImportReportDTO } from '../../../../shared/api/docx.ts';
import { ApiError, upload } from '../../app/http.ts';

export type ImportPreview = ImportPreviewDTO;
export type ImportReport = ImportReportDTO;

/** The user's answers to the preview, sent with the file to create the document. */
export interface ImportAnswers {
  kind: 'mou' | 'pks';
  /** The draft's party (its own ordinal) → the cooperation party it is, or null for none. */
  parties: Record<number, string | null>;
  relabel: boolean;
}

const base = (cooperationId: string) => `/api/cooperations/${cooperationId}/documents/import`;

async function send<T>(path: string, form: FormData): Promise<T> {
  const data = await upload<T>('POST', path, form);
  if (!data) throw new ApiError(0, 'network', '', '');
  return data;
}

/** Reads a .docx and says what was recognised; creates nothing. */
export function previewImport(
  cooperationId: string,
  file: File,
  kind: 'mou' | 'pks' | '',
): Promise<ImportPreview> {
  const form = new FormData();
  if (kind) form.append('kind', kind);
  form.append('file', file);
  return send(`${base(cooperationId)}/preview`, form);
}

/** Sends the same file again with the answers and creates the document. */
export function importDocument(
  cooperationId: string,
  file: File,
  answers: ImportAnswers,
): Promise<{ document: { id: string; title: string }; report: ImportReport }> {
  const form = new FormData();
  form.append('kind', answers.kind);
  form.append('parties', JSON.stringify(answers.parties));
  form.append('relabel', String(answers.relabel));
  form.append('file', file);
  return send(base(cooperationId), form);
}
