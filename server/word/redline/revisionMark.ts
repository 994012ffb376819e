import type { PMJSON } from '../../../shared/clauses.ts';

/**
 * Tracked changes for the redline export. The comparison marks the ProseMirror JSON it
 * hands to the ordinary serializers: inline nodes and whole blocks may carry a `revision`
 * mark (never stored in a document: the schema has no such mark). The serializers ask
 * revisions.ts how to write a run and a paragraph mark; without a revision everything is as
 * before. Apart from revisions.ts, because the comparison runs on the event loop, which never
 * loads the docx library (see server/word/thread/thread.ts).
 */
export const REVISION_MARK = 'revision';

/** One insertion or deletion: Word's w:ins / w:del with its author and date. */
export interface Revision {
  kind: 'ins' | 'del';
  author: string;
  /** ISO 8601. */
  date: string;
}

/** The revision a node is marked with, if any. */
export function revisionOf(node: PMJSON): Revision | null {
  const mark = node.marks?.find((m) => m.type === REVISION_MARK);
  return mark ? (mark.attrs as unknown as Revision) : null;
}
