import {
  DeletedTextRun,
  InsertedTextRun,
  type IParagraphRunOptions,
  type IRunOptions,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { PMJSON } from '../../../shared/clauses.ts';
import { type FieldStyle, fieldRunsXml, trackedXml, xmlChildren } from '../export/fields.ts';
import { type Revision, revisionOf } from './revisionMark.ts';

/**
 * Word wants every w:ins / w:del of a file to have its own id, and one marked node may
 * become several (a clause's Pasal line and its paragraph mark): ids are handed out here,
 * increasing, so they never repeat within a file.
 */
let lastId = 0;
const change = (rev: Pick<Revision, 'author' | 'date'>) => {
  lastId = lastId >= 2_000_000_000 ? 1 : lastId + 1;
  return { id: lastId, author: rev.author, date: rev.date };
};

/** A fresh id for a tracked change written as XML, with its author and date. */
export const nextChange = change;

/** A run of text: inserted or deleted (Word's tracked change) when the node carries a revision. */
export function trackedRun(options: IRunOptions, node: PMJSON): ParagraphChild {
  const rev = revisionOf(node);
  if (!rev) return new TextRun(options);
  return rev.kind === 'ins'
    ? new InsertedTextRun({ ...options, ...change(rev) })
    : new DeletedTextRun({ ...options, ...change(rev) });
}

/**
 * The paragraph mark of a block inserted or deleted as a whole, so that rejecting an
 * insertion (or accepting a deletion) removes the paragraph and not only its text.
 */
export function paragraphRevision(node: PMJSON | undefined): { run?: IParagraphRunOptions } {
  const rev = node ? revisionOf(node) : null;
  if (!rev) return {};
  return { run: rev.kind === 'ins' ? { insertion: change(rev) } : { deletion: change(rev) } };
}

/**
 * A Word field (see server/word/export/fields.ts) as runs, inside a w:ins or w:del when the
 * node carries a revision, so that Accept and Reject keep or drop the field with its text.
 */
export function trackedField(
  instruction: string,
  result: string,
  style: FieldStyle,
  node: PMJSON,
): ParagraphChild[] {
  const rev = revisionOf(node);
  const runs = fieldRunsXml(instruction, result, style, rev?.kind === 'del');
  return xmlChildren(rev ? trackedXml(rev.kind, change(rev), runs) : runs);
}
