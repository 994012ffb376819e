import type { ImportPreviewDTO, ImportReportDTO, ImportResponse } from '../../../../shared/api/docx.ts';
import { ApiError, upload } from '../../app/http.ts';

/** What the server read from a draft, as `shared/api/docx.ts` declares it. */
export type ImportPreview = ImportPreviewDTO;
/** What the import recognised, as `shared/api/docx.ts` declares it. */
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
): Promise<ImportResponse> {
  const form = new FormData();
  form.append('kind', answers.kind);
  form.append('parties', JSON.stringify(answers.parties));
  form.append('relabel', String(answers.relabel));
  form.append('file', file);
  return send(base(cooperationId), form);
}
