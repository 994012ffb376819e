import type { SuggestionImportReport } from '../../../shared/api/suggestionImport.ts';
import { docToJSON } from '../../collab/convert.ts';
import { writeBody } from '../../commands/decideSuggestions.ts';
import type { AppContext } from '../../context.ts';
import { suggestionImportErrors } from '../../errors/index.ts';
import { stateAt } from '../../history/reconstruct.ts';
import type { VersionRecord } from '../../history/versionsRepo.ts';
import { type MergeResult, mergeReply } from './suggestionsMerge.ts';

/** Who imports the reply: the suggestions carry their party and user. */
export interface ReplyImporter {
  userId: string;
  partyId: string;
}

/**
 * Imports a .docx the other party edited offline as suggestions in the live document: reads
 * its tracked changes on the Word thread, merges them three ways against `version` (the round
 * the file answers) and the live text (`mergeReply`), and writes what merged into the live
 * Y.Doc as ONE change by the importer through `collab.withDocument` (the Pasal it changed, or
 * the whole body when it adds a Pasal), so it is logged, broadcast and attributed like a
 * keystroke. The merge reads the live document inside that change, so no edit can slip in
 * between reading and writing.
 */
export async function importReply(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'word' | 'config'>,
  input: { documentId: string; version: VersionRecord; importer: ReplyImporter; file: Buffer },
): Promise<SuggestionImportReport> {
  const { documentId, version, importer, file } = input;
  const paragraphs = await ctx.word.run('suggestionReply', file, ctx.config.limits);
  if (!paragraphs.some((p) => /^\s*Pasal\s+\d+\s*$/.test(p.base) || /^\s*Pasal\s+\d+\s*$/.test(p.theirs)))
    throw suggestionImportErrors.noPasal();
  const base = stateAt(ctx.db, documentId, version.seq).body;
  const ts = new Date().toISOString();
  const author = { party: importer.partyId, user: importer.userId };
  ctx.collab.settle(documentId);
  const merged = await ctx.collab.withDocument(
    documentId,
    (doc): MergeResult => {
      const live = docToJSON(doc).body;
      const result = mergeReply(base, live, paragraphs, author, ts);
      if (result.body) writeBody(doc, live, result.body);
      return result;
    },
    { userId: importer.userId },
  );
  ctx.collab.settle(documentId);
  return {
    applied: merged.applied,
    conflicts: merged.conflicts,
    unsupported: merged.unsupported,
    seq: ctx.store.latestSeq(documentId),
  };
}
