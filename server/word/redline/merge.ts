import { diffArrays, diffWords } from 'diff';
import { canonicalClause, type PMJSON, textOf } from '../../../shared/clauses.ts';
import { NODE } from '../../../shared/editor/names.ts';
import { REVISION_MARK, type Revision } from './revisionMark.ts';

/** Who made a change and when, as Word shows it. */
export interface RevisionAuthor {
  author: string;
  /** ISO 8601. */
  date: string;
}

/**
 * The author of a change in a clause (by id), or in the text outside clauses (null); `change`
 * names the words inserted or deleted, so a clause several people edited can credit each.
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
 * and inserted where they are, which is how Word shows a move it did not record.
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

  const mergeInline = (a: PMJSON[], b: PMJSON[], clauseId: string | null): PMJSON[] => {
    const left = flatten(a);
    const right = flatten(b);
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
    const owner = (n: PMJSON) => (n.type === NODE.clause ? String(n.attrs?.id ?? '') : clauseId);
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
        for (; k < at; k++) out.push(whole(added[k], 'ins', owner(added[k])));
        out.push(...mergeNode(old, added[k], owner(added[k])));
        k = at + 1;
      }
      for (; k < added.length; k++) out.push(whole(added[k], 'ins', owner(added[k])));
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
        // Equal keys: an id-bearing node (clause, ayat) whose content may still differ.
        for (let k = 0; k < n; k++) out.push(...mergeNode(as[ai + k], bs[bi + k], owner(bs[bi + k])));
        ai += n;
        bi += n;
      }
    }
    flushRemoved([]);
    return out;
  };

  return { ...to, content: mergeChildren(from.content ?? [], to.content ?? [], null) };
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

function flatten(nodes: PMJSON[]): Flat {
  let text = '';
  const starts: number[] = [];
  for (const n of nodes) {
    starts.push(text.length);
    text += n.type === NODE.text ? (n.text ?? '') : ATOM;
  }
  return { text, nodes, starts };
}

/** The inline nodes covering [from, to) of a flattened run, cut at the ends, with `mark` added. */
function slice(flat: Flat, from: number, to: number, mark: Mark | null): PMJSON[] {
  const out: PMJSON[] = [];
  flat.nodes.forEach((n, k) => {
    const start = flat.starts[k];
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
