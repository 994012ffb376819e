import { documentPath } from '../cooperations/paths.ts';

/** One version of a document, read-only. */
export const versionPath = (cooperationId: string, documentId: string, versionId: string) =>
  `${documentPath(cooperationId, documentId)}/versi/${encodeURIComponent(versionId)}`;

/** The Bandingkan screen of a document, optionally with the two versions chosen (ids or `current`). */
export function comparePath(cooperationId: string, documentId: string, from?: string, to?: string): string {
  const base = `${documentPath(cooperationId, documentId)}/bandingkan`;
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
