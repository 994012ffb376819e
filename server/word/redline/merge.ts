import { diffArrays, diffWords } from 'diff';
import {
  canonicalClause,
  type DocumentOutline,
  formatReference,
  outlineOf,
  type PMJSON,
  referenceParts,
  textOf,
} from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/schema/names.ts';
import { outsideScope } from '../../history/outsideAuthors.ts';
import { bookmarkName, OLD_COPY } from '../export/bookmarks.ts';
import { REVISION_MARK, type Revision, revisionOf } from './revisionMark.ts';

/** Who made a change and when, as Word shows it. */
export interface RevisionAuthor {
  author: string;
  /** ISO 8601. */
  date: string;
}

/**
 * The author of a change in a clause (by id), or in a block outside the clauses (its scope,
 * `§preamble`, `§closing`, `§chapter:<id>`: see `outsideScope`); `change` names the words
 * inserted or deleted, so a clause several people edited can credit each.
 */
export type AuthorOf = (
  clauseId: string | null,
  change?: { kind: Revision['kind']; text: string },
) => RevisionAuthor;

/**
 * One body that holds both texts: the newer one, with what the older one had and the newer
 * one lacks put back and marked as deleted, and what is new marked as inserted (`revision`
 * marks, see server/word/redline/revisionMark.ts). Blocks are aligned first (clauses and ayat by id,
 * other blocks by content, edited blocks paired by type), then the words inside a changed
 * paragraph (the `diff` package's diffWords). Moved clauses read as deleted where they were
 * and inserted where they are, which is how Word shows a move it did not record; the deleted
 * copy is marked as the old copy (its bookmarks differ, see server/word/export/bookmarks.ts).
 * A reference whose target is gone, moved or worded differently in one of the two texts reads
 * as the older reference deleted and the newer inserted, so each text keeps its own.
 */
export function mergeForRedline(from: PMJSON, to: PMJSON, authorOf: AuthorOf): PMJSON {
  const revision = (kind: Revision['kind'], clauseId: string | null, text?: string) => ({
    type: REVISION_MARK,
    attrs: {
      kind,
      ...authorOf(clauseId, text === undefined ? undefined : { kind, text }),
    } as unknown as Record<string, unknown>,
  });

  /** Marks a whole node (and everything in it) as inserted or deleted. */
  const whole = (node: PMJSON, kind: Revision['kind'], clauseId: string | null): PMJSON => {
    // A whole clause is its author's; a block inside a clause may be one of several authors'.
    const mark = revision(kind, clauseId, node.type === NODE.clause ? undefined : textOf(node));
    const walk = (n: PMJSON): PMJSON => {
      if (isInline(n)) return { ...n, marks: [...(n.marks ?? []), mark] };
      const out: PMJSON = { ...n, marks: [mark] };
      if (n.content) out.content = n.content.map(walk);
      return out;
    };
    return walk(node);
  };

  const atoms = new Map<string, string>();
  const mergeInline = (a: PMJSON[], b: PMJSON[], clauseId: string | null): PMJSON[] => {
    const left = flatten(a, atoms);
    const right = flatten(b, atoms);
    const out: PMJSON[] = [];
    let i = 0;
    let j = 0;
    for (const part of diffWords(left.text, right.text)) {
      const n = part.value.length;
      if (part.added) {
        const mark = revision('ins', clauseId, part.value);
        out.push(...slice(right, j, j + n, mark));
        j += n;
      } else if (part.removed) {
        const mark = revision('del', clauseId, part.value);
        out.push(...slice(left, i, i + n, mark));
        i += n;
      } else {
        out.push(...slice(right, j, j + n, null));
        i += n;
        j += n;
      }
    }
    return out;
  };

  const mergeNode = (a: PMJSON, b: PMJSON, clauseId: string | null): PMJSON[] => {
    if (same(a, b)) return [b];
    if (a.type !== b.type) return [whole(a, 'del', clauseId), whole(b, 'ins', clauseId)];
    // A BAB heading prints as one line: a changed one reads as the old line deleted, the new inserted.
    if (b.type === NODE.chapter) return [whole(a, 'del', clauseId), whole(b, 'ins', clauseId)];
    if (isTextblock(a) && isTextblock(b)) {
      return [{ ...b, content: mergeInline(a.content ?? [], b.content ?? [], clauseId) }];
    }
    return [{ ...b, content: mergeChildren(a.content ?? [], b.content ?? [], clauseId) }];
  };

  const mergeChildren = (as: PMJSON[], bs: PMJSON[], clauseId: string | null): PMJSON[] => {
    const out: PMJSON[] = [];
    const owner = (n: PMJSON) =>
      n.type === NODE.clause ? String(n.attrs?.id ?? '') : (clauseId ?? outsideScope(n.type, n.attrs?.id));
    let removed: PMJSON[] = [];
    const flushRemoved = (added: PMJSON[]) => {
      // Pair an edited block with the next new block of the same type; the rest are whole changes.
      let k = 0;
      for (const old of removed) {
        const at = added.findIndex((n, x) => x >= k && n.type === old.type && !keyed(old) && !keyed(n));
        if (at < 0) {
          out.push(whole(old, 'del', owner(old)));
          continue;
        }
        for (; k < at; k++) out.push(whole(added[k]!, 'ins', owner(added[k]!)));
        out.push(...mergeNode(old, added[at]!, owner(added[at]!)));
        k = at + 1;
      }
      for (; k < added.length; k++) out.push(whole(added[k]!, 'ins', owner(added[k]!)));
      removed = [];
    };
    let ai = 0;
    let bi = 0;
    for (const part of diffArrays(as, bs, { comparator: (x, y) => key(x) === key(y) })) {
      const n = part.count ?? part.value.length;
      if (part.removed) {
        removed.push(...as.slice(ai, ai + n));
        ai += n;
      } else if (part.added) {
        flushRemoved(bs.slice(bi, bi + n));
        bi += n;
      } else {
        flushRemoved([]);
        // Equal keys: an id-bearing node (clause, ayat) whose content may still differ. The diff
        // counts n equal items from ai in as and from bi in bs.
        for (let k = 0; k < n; k++) {
          const now = bs[bi + k]!;
          out.push(...mergeNode(as[ai + k]!, now, owner(now)));
        }
        ai += n;
        bi += n;
      }
    }
    flushRemoved([]);
    return out;
  };

  const merged = markOldCopies({ ...to, content: mergeChildren(from.content ?? [], to.content ?? [], null) });
  return splitReferences(merged, outlineOf(from), outlineOf(to), authorOf);
}

/** The ids of keyed nodes (Pasal, ayat) that the merged body holds twice: deleted, and kept or inserted. */
function movedIds(doc: PMJSON): Set<string> {
  const deleted = new Set<string>();
  const kept = new Set<string>();
  const walk = (n: PMJSON) => {
    if (keyed(n)) (revisionOf(n)?.kind === 'del' ? deleted : kept).add(String(n.attrs?.id));
    n.content?.forEach(walk);
  };
  walk(doc);
  return new Set([...deleted].filter((id) => kept.has(id)));
}

/** Marks the deleted copy of each moved Pasal or ayat as the old copy. */
function markOldCopies(doc: PMJSON): PMJSON {
  const moved = movedIds(doc);
  if (!moved.size) return doc;
  const walk = (n: PMJSON): PMJSON => {
    const old = keyed(n) && moved.has(String(n.attrs?.id)) && revisionOf(n)?.kind === 'del';
    const out: PMJSON = old ? { ...n, attrs: { ...n.attrs, [OLD_COPY]: true } } : n;
    return n.content ? { ...out, content: n.content.map(walk) } : out;
  };
  return walk(doc);
}

/**
 * A reference both texts share whose target differs (gone in one, moved, or named differently
 * from where it sits) becomes two: the older struck through, the newer inserted, credited to
 * whoever changed the target.
 */
function splitReferences(doc: PMJSON, before: DocumentOutline, after: DocumentOutline, authorOf: AuthorOf) {
  const oldCopies = new Set<string>();
  const collect = (n: PMJSON) => {
    if (n.attrs?.[OLD_COPY] === true) oldCopies.add(String(n.attrs.id));
    n.content?.forEach(collect);
  };
  collect(doc);
  /** What a reference prints in one text, numbers aside: its wording and its bookmarks. */
  const reads = (ref: PMJSON, outline: DocumentOutline, older: boolean, from: string | null) => {
    const clauseId = String(ref.attrs?.clauseId ?? '');
    const ayat = (ref.attrs?.ayat as string | null) ?? null;
    const parts = referenceParts(outline, clauseId, ayat, from);
    if (!parts) return 'missing';
    const copy = (id: string) => older && oldCopies.has(id);
    return [
      formatReference({ ...parts, pasal: 0, ayat: parts.ayat === null ? null : 0 }),
      bookmarkName('pasal', clauseId, copy(clauseId)),
      ayat ? bookmarkName('ayat', ayat, copy(ayat)) : '',
    ].join('|');
  };
  const walk = (n: PMJSON, clauseId: string | null): PMJSON => {
    if (!n.content) return n;
    const inside = n.type === NODE.clause ? String(n.attrs?.id ?? '') : clauseId;
    const content = n.content.flatMap((c): PMJSON[] => {
      if (c.type !== NODE.clauseRef || revisionOf(c)) return [walk(c, inside)];
      if (reads(c, before, true, inside) === reads(c, after, false, inside)) return [c];
      const target = String(c.attrs?.clauseId ?? '');
      const mark = (kind: Revision['kind']) => ({
        type: REVISION_MARK,
        attrs: { kind, ...authorOf(target) } as unknown as Record<string, unknown>,
      });
      return [
        { ...c, marks: [...(c.marks ?? []), mark('del')] },
        { ...c, marks: [...(c.marks ?? []), mark('ins')] },
      ];
    });
    return { ...n, content };
  };
  return walk(doc, null);
}

const INLINE = new Set<string>([NODE.text, NODE.hardBreak, NODE.clauseRef]);
const isInline = (n: PMJSON) => INLINE.has(n.type);
const isTextblock = (n: PMJSON) =>
  n.type === NODE.paragraph || n.type === NODE.clauseHeading || (n.content ?? []).every(isInline);

const keyed = (n: PMJSON) => typeof n.attrs?.id === 'string' && n.attrs.id !== '';
const canonical = (n: PMJSON) => JSON.stringify(canonicalClause(n));
const same = (a: PMJSON, b: PMJSON) => canonical(a) === canonical(b);
/** Nodes with an id match by id (their content may differ); others match only when equal. */
const key = (n: PMJSON) => (keyed(n) ? `${n.type}#${n.attrs?.id}` : `${n.type}=${canonical(n)}`);

/** Inline content as one string (atoms as one private-use character each) and where each node starts. */
interface Flat {
  text: string;
  nodes: PMJSON[];
  starts: number[];
}

const ATOM = '\uE000';

type Mark = NonNullable<PMJSON['marks']>[number];

/**
 * `atoms` gives each distinct atom (a reference to another target, a line break) its own
 * character, shared by both sides, so a reference retargeted in place reads as changed.
 */
function flatten(nodes: PMJSON[], atoms: Map<string, string>): Flat {
  let text = '';
  const starts: number[] = [];
  for (const n of nodes) {
    starts.push(text.length);
    if (n.type === NODE.text) {
      text += n.text ?? '';
      continue;
    }
    const key = JSON.stringify(canonicalClause({ ...n, marks: [] }));
    let atom = atoms.get(key);
    if (!atom) {
      atom = String.fromCharCode(ATOM.charCodeAt(0) + (atoms.size % 6400));
      atoms.set(key, atom);
    }
    text += atom;
  }
  return { text, nodes, starts };
}

/** The inline nodes covering [from, to) of a flattened run, cut at the ends, with `mark` added. */
function slice(flat: Flat, from: number, to: number, mark: Mark | null): PMJSON[] {
  const out: PMJSON[] = [];
  flat.nodes.forEach((n, k) => {
    const start = flat.starts[k]!; // one start per node
    const length = n.type === NODE.text ? (n.text ?? '').length : 1;
    const s = Math.max(from, start);
    const e = Math.min(to, start + length);
    if (s >= e) return;
    const piece: PMJSON =
      n.type === NODE.text ? { ...n, text: (n.text ?? '').slice(s - start, e - start) } : { ...n };
    if (mark) piece.marks = [...(n.marks ?? []), mark];
    out.push(piece);
  });
  return out;
}
