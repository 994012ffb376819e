import {
  PROGRESS_MEDIA_TYPE,
  type VariantExportLine,
  type VariantExportMode,
  variantExportLineSchema,
} from '../../../../shared/api/variantExport.ts';
import { ApiError, failure } from '../../app/http.ts';

/** How far the batch export is: files built of all, and the last one's unit. */
export interface BatchProgress {
  done: number;
  total: number;
  unit: string;
}

/** The .zip of the batch export, as the last line carried it. */
export interface BatchFile {
  name: string;
  blob: Blob;
}

/** The lines of an NDJSON body as they arrive, whatever chunks carry them. */
export async function* ndjsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += decoder.decode(value, { stream: true });
    let at = rest.indexOf('\n');
    while (at >= 0) {
      yield rest.slice(0, at);
      rest = rest.slice(at + 1);
      at = rest.indexOf('\n');
    }
  }
  if (rest.trim()) yield rest;
}

const zipOf = (line: Extract<VariantExportLine, { type: 'file' }>): BatchFile => {
  const bytes = Uint8Array.from(atob(line.base64), (c) => c.charCodeAt(0));
  return { name: line.name, blob: new Blob([bytes], { type: 'application/zip' }) };
};

/**
 * Every variant of master `masterId` as its .docx in one .zip (`draft`: all as they are;
 * `final`: the final and signed ones), asked with its progress: `onProgress` hears each file
 * built, the promise gives the .zip or rejects with the route's {@link ApiError}.
 */
export async function exportBatch(
  masterId: string,
  mode: VariantExportMode,
  onProgress: (progress: BatchProgress) => void,
): Promise<BatchFile> {
  const url = `/api/documents/${encodeURIComponent(masterId)}/variants/export.zip?mode=${mode}`;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: PROGRESS_MEDIA_TYPE } });
  } catch {
    throw new ApiError(0, 'network', '', '');
  }
  if (!response.ok || !response.body)
    throw failure(response.status, await response.json().catch(() => null), url);
  for await (const text of ndjsonLines(response.body)) {
    const parsed = variantExportLineSchema.safeParse(JSON.parse(text));
    if (!parsed.success) continue;
    const line = parsed.data;
    if (line.type === 'progress') onProgress(line);
    else if (line.type === 'file') return zipOf(line);
    else throw failure(line.status, { error: line.error }, url);
  }
  throw new ApiError(0, 'network', '', '');
}
