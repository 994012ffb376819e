import { useResource } from '../../app/useResource.ts';
import type { Cooperation } from '../cooperations/api.ts';
import { getDocument } from '../documents/api.ts';
import type { Point } from './api.ts';

/**
 * "Nota Kesepakatan, Pasal 3 — RUANG LINGKUP" for points listed outside the editor: the
 * clauses of every document of the cooperation, numbered by the server as they are now.
 */
export function useClauseLabels(cooperation: Cooperation) {
  const ids = cooperation.documents.map((d) => d.id);
  const { data } = useResource(`clauses:${ids.join(',')}`, () =>
    Promise.all(ids.map((id) => getDocument(id).then((r) => r.document))),
  );
  return (point: Pick<Point, 'documentId' | 'clauseId'>): string | null => {
    const doc = data?.find((d) => d.id === point.documentId);
    if (!doc) return null;
    const clause = point.clauseId ? doc.clauses.find((c) => c.id === point.clauseId) : null;
    return clause ? `${doc.title}, Pasal ${clause.number} — ${clause.heading}` : doc.title;
  };
}
