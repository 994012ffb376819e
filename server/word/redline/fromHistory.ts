import { type DocumentOutline, outlineOf } from '../../../shared/clauses.ts';
import { META } from '../../../shared/meta.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import { listParties } from '../../db/repos/parties.ts';
import { iso } from '../../db/repos/sql.ts';
import { authorsBetween } from '../../history/comparison.ts';
import { peopleOf } from '../../history/people.ts';
import type { DocumentPoint } from '../../history/points.ts';
import { wordAuthors } from '../../history/provenance.ts';
import { agreementInput, exportDefaults, exportFileName, KIND_TITLE } from '../export/fromDocument.ts';
import { type AuthorOf, mergeForRedline } from './merge.ts';

/** Word's author name for a change by nobody in particular (template, system). */
const SYSTEM_AUTHOR = 'Sepakat';

/**
 * The redline .docx of a document between two points: the newer text in the export layout,
 * every difference a tracked change attributed to the person who last changed that clause
 * between the two points (with their party) and dated with that change.
 */
export async function redlineDocx(
  ctx: Pick<AppContext, 'db' | 'word'>,
  document: DocumentRecord,
  from: DocumentPoint,
  to: DocumentPoint,
  /** Display name of the person exporting: the file's author. */
  exportedBy?: string,
): Promise<{ file: Buffer; name: string }> {
  const people = peopleOf(ctx.db, document.cooperationId);
  const authors = authorsBetween(ctx.db, document.id, from.seq, to.seq, people);
  const fallbackDate = iso(Math.max(from.state.at, to.state.at) || Date.now());
  const lastOverall = [...authors.byClause.values()]
    .flat()
    .sort((a, b) => a.at - b.at)
    .at(-1);
  const name = (p: { displayName: string; partyShortName: string | null; userId: string | null }) =>
    p.userId ? (p.partyShortName ? `${p.displayName} (${p.partyShortName})` : p.displayName) : SYSTEM_AUTHOR;
  // Where several people changed one clause, their words are told apart turn by turn.
  const byWords = new Map<string, ReturnType<typeof wordAuthors>>();
  const [low, high] = from.seq <= to.seq ? [from.seq, to.seq] : [to.seq, from.seq];
  const authorOf: AuthorOf = (clauseId, change) => {
    const list = clauseId ? authors.byClause.get(clauseId) : undefined;
    if (clauseId && change && list && new Set(list.map((a) => a.person.userId)).size > 1) {
      let find = byWords.get(clauseId);
      if (!find) {
        find = wordAuthors(ctx.db, document.id, clauseId, low, high, people);
        byWords.set(clauseId, find);
      }
      // Reading backwards (newer to older), an insertion of the diff is a deletion of the turns.
      const kind = from.seq <= to.seq ? change.kind : change.kind === 'ins' ? 'del' : 'ins';
      const found = find(kind, change.text);
      if (found) return { author: name(found.person), date: iso(found.at) };
    }
    const latest = list?.at(-1) ?? lastOverall;
    return latest
      ? { author: name(latest.person), date: iso(latest.at) }
      : { author: SYSTEM_AUTHOR, date: fallbackDate };
  };

  const body = mergeForRedline(from.state.body, to.state.body, authorOf);
  const cooperation = findCooperation(ctx.db, document.cooperationId);
  const parties = listParties(ctx.db, document.cooperationId).map((p) => ({
    id: p.id,
    ordinal: p.ordinal,
    name: p.name,
    shortName: p.shortName,
    seat: p.seat,
  }));
  const kind = document.kind === 'pks' ? 'pks' : 'mou';
  const input = agreementInput(
    { kind, status: 'draft' },
    { body, meta: to.state.meta },
    parties,
    { ...exportDefaults(cooperation?.settings), exportedBy },
  );
  const file = await ctx.word.run('redline', input, redlineOutline(from.state.body, to.state.body));
  const title = to.state.meta[META.title] || document.title;
  return { file, name: exportFileName(`Perbandingan ${title}`, KIND_TITLE[kind]) };
}

/** The newer outline, plus removed clauses and chapters with the numbers they had. */
function redlineOutline(fromBody: Parameters<typeof outlineOf>[0], toBody: Parameters<typeof outlineOf>[0]) {
  const before = outlineOf(fromBody);
  const after = outlineOf(toBody);
  const clauseIds = new Set(after.clauses.map((c) => c.id));
  const chapterIds = new Set(after.chapters.map((c) => c.id));
  const outline: DocumentOutline = {
    clauses: [...after.clauses, ...before.clauses.filter((c) => !clauseIds.has(c.id))],
    chapters: [...after.chapters, ...before.chapters.filter((c) => !chapterIds.has(c.id))],
  };
  return outline;
}
