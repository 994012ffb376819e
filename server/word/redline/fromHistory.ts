import { agreementPartySettings } from '../../../shared/api/agreementSettings.ts';
import { canonicalClause, outlineOf, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { META } from '../../../shared/meta.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { shortDate } from '../../../shared/words.ts';
import { printedRecords } from '../../commands/printedRecords.ts';
import type { AppContext } from '../../context.ts';
import { findCooperation } from '../../db/repos/cooperations.ts';
import type { DocumentRecord } from '../../db/repos/documents.ts';
import { iso } from '../../db/repos/sql.ts';
import { authorsBetween } from '../../history/comparePoints.ts';
import { OUTSIDE, outsideAuthors, outsideScope } from '../../history/outsideAuthors.ts';
import { peopleOf } from '../../history/people.ts';
import type { DocumentPoint } from '../../history/pointInTime.ts';
import { wordAuthors } from '../../history/provenance.ts';
import type { DocumentState } from '../../history/reconstruct.ts';
import { listVersions } from '../../history/versionsRepo.ts';
import {
  agreementInput,
  exportDefaults,
  exportFileName,
  exportParties,
  KIND_TITLE,
} from '../export/fromDocument.ts';
import { fillOpening } from '../export/opening.ts';
import { type AuthorOf, mergeForRedline, type RevisionAuthor } from './merge.ts';

/** The scope of the preamble, where the opening formula is. */
const OPENING_SCOPE = outsideScope(NODE.preamble);

/** Word's author name for a change by nobody in particular (template, system). */
const SYSTEM_AUTHOR = 'Sepakat';

/**
 * The redline .docx of a document between two points: the newer text in the export layout
 * (the same input as the export: parties, logos, liaisons), every difference a tracked change
 * credited to the person who made it and dated with that change. In a Pasal, that is who last
 * changed the Pasal (or, where several did, whose turn inserted or deleted those words);
 * outside the Pasal and in the printed metadata, whose update last changed that block or key.
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
  const outside = outsideAuthors(ctx.db, document.id, from.seq, to.seq);
  const fallbackDate = iso(Math.max(from.state.at, to.state.at) || Date.now());
  const name = (userId: string | null) => {
    const p = people(userId);
    return p.userId
      ? p.partyShortName
        ? `${p.displayName} (${p.partyShortName})`
        : p.displayName
      : SYSTEM_AUTHOR;
  };
  const credit = (change: { userId: string | null; at: number } | undefined): RevisionAuthor =>
    change
      ? { author: name(change.userId), date: iso(change.at) }
      : { author: SYSTEM_AUTHOR, date: fallbackDate };
  // Where several people changed one clause, their words are told apart turn by turn.
  const byWords = new Map<string, ReturnType<typeof wordAuthors>>();
  const [low, high] = from.seq <= to.seq ? [from.seq, to.seq] : [to.seq, from.seq];
  const filled = filledOpenings(from.state, to.state);
  const authorOf: AuthorOf = (scope, change) => {
    if (scope?.startsWith(OUTSIDE)) {
      const key =
        change && filled && scope === OPENING_SCOPE ? openingMetaKey(from.state, to.state, change) : null;
      const metaChange = key ? outside.meta.get(key) : undefined;
      return credit(metaChange ?? outside.blocks.get(scope) ?? latest(outside.blocks));
    }
    const list = scope ? authors.byClause.get(scope) : undefined;
    if (scope && change && list && new Set(list.map((a) => a.person.userId)).size > 1) {
      let find = byWords.get(scope);
      if (!find) {
        find = wordAuthors(ctx.db, document.id, scope, low, high, people);
        byWords.set(scope, find);
      }
      // Reading backwards (newer to older), an insertion of the diff is a deletion of the turns.
      const kind = from.seq <= to.seq ? change.kind : change.kind === 'ins' ? 'del' : 'ins';
      const found = find(kind, change.text);
      if (found) return { author: name(found.person.userId), date: iso(found.at) };
    }
    const last = list?.at(-1);
    return credit(last ? { userId: last.person.userId, at: last.at } : undefined);
  };

  const body = mergeForRedline(...openings(from.state, to.state), authorOf);
  const cooperation = findCooperation(ctx.db, document.cooperationId);
  const kind = document.kind === 'pks' ? 'pks' : 'mou';
  const records = printedRecords(ctx.db, { ...document, kind });
  // As the export prints the newer text: the same parties, logos, liaisons, wording and layout.
  const { wording, firstSignsLeft } = agreementPartySettings(cooperation?.settings);
  const input = agreementInput(
    { kind, status: 'draft' },
    { body, meta: to.state.meta },
    exportParties(records.parties),
    { ...exportDefaults(cooperation?.settings), partyWording: wording, firstSignsLeft, exportedBy },
    { liaisons: records.liaisons },
  );
  const metaAuthors = Object.fromEntries([...outside.meta].map(([key, change]) => [key, credit(change)]));
  const file = await ctx.word.run('redline', input, {
    after: outlineOf(to.state.body),
    before: outlineOf(from.state.body),
    metaBefore: from.state.meta,
    metaAuthors,
    fallback: credit(latest(outside.meta)),
    label: comparisonLabel(ctx, document.id, from, to),
  });
  const title = to.state.meta[META.title] || document.title;
  return { file, name: exportFileName(`Perbandingan ${title}`, KIND_TITLE[kind]) };
}

/**
 * The two bodies to compare. The opening's blanks are filled when printed, from each version's
 * metadata, and a changed date is then tracked as a metadata change, credited to whoever changed
 * the date (see docx.ts). Where the preamble's own text changed too, its paragraph could not be
 * told apart that way: both openings are filled first and compared as text.
 */
function openings(from: DocumentState, to: DocumentState): [PMJSON, PMJSON] {
  if (!filledOpenings(from, to)) return [from.body, to.body];
  return [fillOpening(from.body, from.meta), fillOpening(to.body, to.meta)];
}

const preambleOf = (body: PMJSON): PMJSON =>
  body.content?.find((n) => n.type === NODE.preamble) ?? { type: NODE.preamble };

/** Whether {@link openings} fills both openings: the preamble's own text changed. */
function filledOpenings(from: DocumentState, to: DocumentState): boolean {
  const text = (body: PMJSON) => JSON.stringify(canonicalClause(preambleOf(body)));
  return text(from.body) !== text(to.body);
}

/**
 * In filled openings, words neither preamble's own text holds (a day, a month, a place) came
 * from the metadata: the key whose change they print, the place or else the date.
 */
function openingMetaKey(
  from: DocumentState,
  to: DocumentState,
  change: { kind: 'ins' | 'del'; text: string },
) {
  const words = change.text.trim();
  const own = textOf(preambleOf(change.kind === 'ins' ? to.body : from.body));
  if (!words || own.includes(words)) return null;
  const place = (change.kind === 'ins' ? to : from).meta[META.place];
  return place?.includes(words) ? META.place : META.date;
}

/** The latest of some changes. */
function latest<T extends { at: number }>(changes: Map<string, T>): T | undefined {
  return [...changes.values()].sort((a, b) => a.at - b.at).at(-1);
}

/**
 * "Perbandingan versi 3 “Rapat kedua” (2 Mei 2024) dengan teks saat ini (4 Mei 2024)": which
 * two texts the redline compares, older first as it reads struck through. A version is named
 * by its place among the document's versions, and its label when it has one.
 */
export function comparisonLabel(
  ctx: Pick<AppContext, 'db'>,
  documentId: string,
  from: DocumentPoint,
  to: DocumentPoint,
): string {
  const versions = listVersions(ctx.db, documentId).sort((a, b) => a.seq - b.seq || a.at - b.at);
  const named = (p: DocumentPoint) => {
    const at = p.version?.at ?? p.state.at;
    const d = at ? new Date(at) : null;
    const date = d
      ? ` (${shortDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })})`
      : '';
    if (!p.version) return `teks saat ini${date}`;
    const n = versions.findIndex((v) => v.id === p.version?.id) + 1;
    const label = p.version.label.trim() ? ` “${p.version.label.trim()}”` : '';
    return `versi ${n || '?'}${label}${date}`;
  };
  return `Perbandingan ${named(from)} dengan ${named(to)}`;
}
