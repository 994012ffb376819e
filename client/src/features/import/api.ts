import { ApiError } from '../../app/http.ts';

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

/**
 * Uploads a .docx as multipart (field `file`) to create a document from it. The JSON helper
 * cannot send files, so this is the one multipart request of the client.
 */
export async function importDocument(
  cooperationId: string,
  file: File,
  kind: 'mou' | 'pks' | '',
): Promise<{ document: { id: string; title: string }; report: ImportReport }> {
  const form = new FormData();
  if (kind) form.append('kind', kind);
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/cooperations/${cooperationId}/documents/import`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', '', '');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const e = data?.error ?? {};
    throw new ApiError(
      response.status,
      String(e.id ?? `http.${response.status}`),
      e.message ?? '',
      e.messageEn ?? '',
    );
  }
  return data;
}
