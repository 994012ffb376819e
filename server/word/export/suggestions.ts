import {
  type IParagraphRunOptions,
  type IRunOptions,
  type ParagraphChild,
  XmlAttributeComponent,
  XmlComponent,
} from 'docx';
import { type DocumentOutline, outlineOf, type PMJSON } from '../../../shared/clauses.ts';
import { MARK, NODE } from '../../../shared/schema/names.ts';
import {
  acceptAll,
  type BlockSuggestion,
  FORMAT_MARKS,
  isSuggestionMark,
  rejectAll,
  type SuggestionStamp,
} from '../../../shared/suggestions/index.ts';
import { REVISION_MARK, type Revision, revisionOf } from '../redline/revisionMark.ts';
import { nextChange } from '../redline/revisions.ts';
import type { RunStyle } from './serializers.ts';
import type { SuggestionAuthors } from './types.ts';

/**
 * Pending suggestions printed as Word's tracked changes. Before the ordinary serializers run,
 * the body's suggestions become the redline's `revision` marks (server/word/redline/revisionMark.ts):
 * an `insertion` is inserted text, a `deletion` deleted text, a block inserted or deleted whole
 * has every run and paragraph mark inside it inserted or deleted, and a block split from (or
 * joined to) the one before has the paragraph mark of that block inserted (or deleted), so
 * Reject (or Accept) joins the two. Two marks the redline never needs are added here: text
 * another author proposes to delete inside a pending insertion is a w:del inside a w:ins
 * ({@link INSERTED_UNDER}), so both Accept All and Reject All remove it; and a format change is
 * a w:rPrChange holding the formatting before ({@link FORMAT_REVISION}).
 *
 * Numbering: Pasal, BAB and references are numbered as the text reads once every suggestion is
 * accepted (what Word shows with markup), a Pasal proposed for deletion keeps its number from
 * the text with every suggestion rejected; all are fields, which Word and LibreOffice renumber
 * once the changes are accepted or rejected. Ayat and letters are Word's own list numbers.
 */

/** The insertion a deleted node sits in (another author's pending insertion, or an inserted block). */
export const INSERTED_UNDER = 'revisionInsertedUnder';
/** A format change: its author, date and the formatting marks the text had (`before`). */
export const FORMAT_REVISION = 'revisionFormat';

interface Tracking {
  ins?: Revision;
  del?: Revision;
}

/** Word's xsd:dateTime as Word writes it: whole seconds, UTC. */
const wordDate = (ts: string) => ts.replace(/\.\d+Z$/, 'Z');

/** "Anisa Rahma (ORI)": the author's name and the short name of the party the suggestion was made for. */
export function suggestionAuthor(stamp: SuggestionStamp, authors: SuggestionAuthors = {}): string {
  const name = authors.users?.[stamp.user] ?? stamp.user;
  const party = authors.parties?.[stamp.party];
  return party ? `${name} (${party})` : name;
}

/** The body with its suggestions as revision marks, and the two numberings it prints with. */
export interface TrackedBody {
  body: PMJSON;
  /** Everything accepted: what kept and inserted text is numbered by. */
  after: DocumentOutline;
  /** Everything rejected: what a Pasal proposed for deletion is numbered by. */
  before: DocumentOutline;
}

/** The body's suggestions as revision marks for the serializers (see the top of this file). */
export function trackSuggestions(body: PMJSON, authors: SuggestionAuthors = {}): TrackedBody {
  const revision = (kind: Revision['kind'], stamp: SuggestionStamp): Revision => ({
    kind,
    author: suggestionAuthor(stamp, authors),
    date: wordDate(stamp.ts),
  });
  const revisionMarks = (t: Tracking) => {
    const marks: NonNullable<PMJSON['marks']> = [];
    const main = t.del ?? t.ins;
    if (main) marks.push({ type: REVISION_MARK, attrs: { ...main } });
    if (t.del && t.ins) marks.push({ type: INSERTED_UNDER, attrs: { ...t.ins } });
    return marks;
  };

  const inline = (node: PMJSON, inherited: Tracking): PMJSON => {
    const own: Tracking = { ...inherited };
    const kept: NonNullable<PMJSON['marks']> = [];
    for (const mark of node.marks ?? []) {
      const stamp = mark.attrs as unknown as SuggestionStamp;
      if (mark.type === MARK.insertion) own.ins = revision('ins', stamp);
      else if (mark.type === MARK.deletion) own.del = revision('del', stamp);
      else if (mark.type === MARK.formatChange)
        kept.push({
          type: FORMAT_REVISION,
          attrs: { ...revision('ins', stamp), before: String(mark.attrs?.before ?? '') },
        });
      else if (!isSuggestionMark(mark.type)) kept.push(mark);
    }
    const marks = [...kept, ...revisionMarks(own)];
    const out: PMJSON = { ...node, marks };
    if (marks.length === 0) delete out.marks;
    return out;
  };

  const block = (node: PMJSON, inherited: Tracking): PMJSON => {
    const suggestion = (node.attrs?.suggestion ?? null) as BlockSuggestion | null;
    const here: Tracking = { ...inherited };
    if (suggestion?.kind === 'insert') here.ins = revision('ins', suggestion);
    if (suggestion?.kind === 'delete') here.del = revision('del', suggestion);
    const out: PMJSON = { ...node };
    const marks = revisionMarks(here);
    if (marks.length) out.marks = [...(node.marks ?? []), ...marks];
    if (node.content) out.content = children(node.content, here);
    return out;
  };

  const children = (content: PMJSON[], inherited: Tracking): PMJSON[] => {
    const out: PMJSON[] = [];
    for (const child of content) {
      if (child.type === NODE.text || !child.content) {
        out.push(inline(child, inherited));
        continue;
      }
      out.push(block(child, inherited));
      const suggestion = (child.attrs?.suggestion ?? null) as BlockSuggestion | null;
      const prev = out[out.length - 2];
      if (!prev || prev.type !== child.type) continue;
      // A split is the block before's paragraph mark inserted; a join, that mark deleted.
      if (suggestion?.kind === 'split')
        out[out.length - 2] = withParagraphMark(prev, revision('ins', suggestion));
      if (suggestion?.kind === 'join')
        out[out.length - 2] = withParagraphMark(prev, revision('del', suggestion));
    }
    return out;
  };

  return { body: block(body, {}), after: outlineOf(acceptAll(body)), before: outlineOf(rejectAll(body)) };
}

/** Blocks whose `revision` mark is their paragraph mark alone (a Pasal's or BAB's also tracks its number line). */
const PARAGRAPH_MARKS = new Set<string>([NODE.paragraph, NODE.clauseHeading]);

/**
 * `node` with the paragraph mark of its last paragraph inserted or deleted, unless it already
 * carries a change there (inserted or deleted whole) or ends in something without one of its
 * own (a table, a BAB title).
 */
function withParagraphMark(node: PMJSON, rev: Revision): PMJSON {
  if (PARAGRAPH_MARKS.has(node.type)) {
    if (revisionOf(node)) return node;
    return { ...node, marks: [...(node.marks ?? []), { type: REVISION_MARK, attrs: { ...rev } }] };
  }
  const content = node.content ?? [];
  const last = content[content.length - 1];
  if (!last || last.type === NODE.text || !last.content) return node;
  const marked = withParagraphMark(last, rev);
  return marked === last ? node : { ...node, content: [...content.slice(0, -1), marked] };
}

const markAttrs = (node: PMJSON | undefined, type: string) =>
  node?.marks?.find((m) => m.type === type)?.attrs as (Revision & { before?: string }) | undefined;

/**
 * The paragraph mark's revisions of a block: inserted, deleted, or both (a block deleted inside
 * another author's inserted one), each with a fresh id.
 */
export function paragraphMark(node: PMJSON | undefined): { run?: IParagraphRunOptions } {
  const rev = node ? revisionOf(node) : null;
  if (!rev) return {};
  const under = markAttrs(node, INSERTED_UNDER);
  if (rev.kind === 'ins') return { run: { insertion: nextChange(rev) } };
  return { run: { deletion: nextChange(rev), ...(under ? { insertion: nextChange(under) } : {}) } };
}

/**
 * A text run's format change (w:rPrChange): the formatting it had before, with what the
 * paragraph forces on every run (bold, capitals) kept, so rejecting restores exactly that.
 */
export function formatRevision(node: PMJSON, force: RunStyle): Pick<IRunOptions, 'revision'> {
  const rev = markAttrs(node, FORMAT_REVISION);
  if (!rev) return {};
  const before = new Set(
    String(rev.before ?? '')
      .split(',')
      .filter((m) => FORMAT_MARKS.includes(m)),
  );
  return {
    revision: {
      ...nextChange(rev),
      bold: force.bold || before.has(MARK.bold),
      italics: before.has(MARK.italic),
      ...(before.has(MARK.underline) ? { underline: {} } : {}),
      ...(force.allCaps ? { allCaps: true } : {}),
    },
  };
}

class ChangeAttributes extends XmlAttributeComponent<{ id: number; author: string; date: string }> {
  protected override readonly xmlKeys = { id: 'w:id', author: 'w:author', date: 'w:date' };
}

/** A w:ins around runs that are themselves deleted (a w:del): another author's deletion of an insertion. */
class InsertedAround extends XmlComponent {
  constructor(rev: Revision, children: ParagraphChild[]) {
    super('w:ins');
    this.root.push(new ChangeAttributes(nextChange(rev)));
    for (const child of children) this.root.push(child);
  }
}

/** An inline node's runs, inside the insertion they are deleted from, if any. */
export function insertedAround(node: PMJSON, runs: ParagraphChild[]): ParagraphChild[] {
  const under = markAttrs(node, INSERTED_UNDER);
  if (!under || runs.length === 0 || revisionOf(node)?.kind !== 'del') return runs;
  return [new InsertedAround(under, runs) as unknown as ParagraphChild];
}
