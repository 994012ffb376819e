import { diffChars } from 'diff';
import * as Y from 'yjs';
import { YDOC } from '../protocol.ts';
import { type MoveRecord, moveKey } from './moveTopLevel.ts';

/** The shared types a body is made of. */
type XmlType = Y.XmlFragment | Y.XmlElement | Y.XmlText;

/** The origin of the transactions that put rescued words into a moved Pasal. */
export const MOVE_RESCUE = Symbol('moveRescue');

type Attrs = Record<string, unknown>;

/** How the device reads the original: what the mover had seen of it, and what is this device's. */
interface MoverView {
  seen(n: Y.Item): boolean;
  mine(n: Y.Item): boolean;
  /** Part of the original as read: before the transaction that deleted it, or now. */
  present(n: Y.Item): boolean;
}
/** The view of a source whose mover had seen `seen` (per client, the clock), read where `present`. */
function moverView(
  seen: Record<string, number>,
  own: ReadonlySet<number>,
  present: (n: Y.Item) => boolean,
): MoverView {
  return {
    seen: (n) => n.id.clock < (Number(seen[n.id.client]) || 0),
    mine: (n) => own.has(n.id.client),
    present,
  };
}

/** Words of this device's that the mover had not seen, in one text of the original Pasal. */
interface Run {
  /** Offset among the text's characters that the mover had seen. */
  at: number;
  text: string;
  attrs: Attrs;
}

/**
 * Yjs 13 has no move: a moved Pasal is deleted and copied (moveTopLevel.ts), and whatever
 * someone typed in it before their device received the move went into the deleted original.
 * This puts it back. When a move arrives, the device looks in the original for its own edits
 * that the mover had not seen (the clocks stored with the move say which) and makes them again
 * in the copy: words at the same place in the same text (found by a character diff of what the
 * mover saw against the copy), new paragraphs or ayat as copies at the same place.
 *
 * Only the device that typed the words puts them back (`mine`: the client ids it has used for
 * the document, across reloads), so they come back once however many people are connected.
 * Deletions the mover had not seen are not made again: such text reappears rather than words
 * being lost. Two copies of one Pasal (two people moved it at once) are merged into one
 * (`mergeDuplicates`). Returns the function that stops it.
 */
export function keepEditsInMovedClauses(doc: Y.Doc, mine: () => ReadonlySet<number>): () => void {
  const body = doc.getXmlFragment(YDOC.body);
  const moves = doc.getMap<MoveRecord>(YDOC.moves);
  const observer = (event: Y.YXmlEvent, transaction: Y.Transaction) => {
    const { added, deleted } = event.changes;
    if (transaction.local || (added.size === 0 && deleted.size === 0)) return;
    // The moves map is written by other people's devices: a record that is not one is skipped,
    // and a rescue that fails must not stop this device from taking in the change.
    try {
      const own = mine();
      const ctx: Moves = { records: recordsOf(moves), alive: aliveNodes(body) };
      const steps = [
        ...rescueDeleted(ctx, deleted, own, transaction),
        ...mergeDuplicates(ctx, own, body, moves),
      ];
      // A transaction of its own, run after this one (Yjs queues it), while the original's
      // content is still readable: it is garbage-collected at the end of this transaction.
      if (steps.length)
        doc.transact(() => {
          for (const step of steps) step();
        }, MOVE_RESCUE);
    } catch (err) {
      console.error('moveRescue: words typed in a moved Pasal could not be put back', err);
    }
  };
  body.observe(observer);
  return () => body.unobserve(observer);
}

/** The moves map as read once per change, and the body's top-level nodes by item id. */
interface Moves {
  records: Map<string, MoveRecord>;
  alive: Map<string, Y.Item>;
}

/** Where the copy of `key` is now: itself, or a later copy of it when it moved again. */
function forward(ctx: Moves, key: string): Y.Item | null {
  let at = key;
  for (let hops = 0; hops < 1000; hops++) {
    const item = ctx.alive.get(at);
    if (item) return item;
    const next = [...ctx.records].filter(([, r]) => r.from === at).sort(([x], [y]) => compareKeys(x, y))[0];
    if (!next) return null;
    at = next[1].to ?? next[0];
  }
  return null;
}

/**
 * For each Pasal deleted by this change that a move (or a merge of duplicates) copied, this
 * device's words in it that the mover had not seen, made again in the copy where it is now.
 */
function rescueDeleted(ctx: Moves, deleted: Set<Y.Item>, own: ReadonlySet<number>, tr: Y.Transaction) {
  const steps: (() => void)[] = [];
  for (const d of deleted) {
    const source = d.content instanceof Y.ContentType ? d.content.type : null;
    if (!(source instanceof Y.XmlElement)) continue;
    const key = moveKey(d);
    // Two copies of one Pasal (moved by two people at once): the one kept (mergeDuplicates).
    const targets = [...ctx.records]
      .filter(([, r]) => r.from === key)
      .map(([k, r]) => ({ r, target: forward(ctx, r.to ?? k) }))
      .filter((t) => t.target)
      .sort((x, y) => compareKeys(moveKey(x.target!), moveKey(y.target!)));
    const first = targets[0];
    const copy = first?.target?.content instanceof Y.ContentType ? first.target.content.type : null;
    if (!first || !(copy instanceof Y.XmlElement)) continue;
    steps.push(
      ...rescuePlan(
        source,
        copy,
        moverView(first.r.seen, own, (n) => wasThere(n, tr)),
      ),
    );
  }
  return steps;
}

/**
 * Two people who move the same Pasal before either hears of the other's move leave two copies
 * of it. Every device sees the same copies and keeps the same one (the smallest id); the
 * device that made each other copy puts its own words typed there since into the kept one,
 * records the merge (so that others do the same with theirs, as after a move), and deletes it.
 */
function mergeDuplicates(
  ctx: Moves,
  own: ReadonlySet<number>,
  body: Y.XmlFragment,
  moves: Y.Map<MoveRecord>,
) {
  const steps: (() => void)[] = [];
  const byRoot = new Map<string, string[]>();
  for (const key of ctx.alive.keys()) {
    const record = ctx.records.get(key);
    if (!record || record.to) continue;
    let root = record.from;
    for (let hops = 0; hops < 1000 && ctx.records.get(root) && !ctx.records.get(root)!.to; hops++)
      root = ctx.records.get(root)!.from;
    byRoot.set(root, [...(byRoot.get(root) ?? []), key]);
  }
  for (const copies of byRoot.values()) {
    if (copies.length < 2) continue;
    const [kept, ...others] = copies.sort(compareKeys);
    if (kept === undefined) continue;
    const keep = ctx.alive.get(kept)!.content as Y.ContentType;
    for (const other of others) {
      const item = ctx.alive.get(other)!;
      if (!own.has(item.id.client) || !(item.content instanceof Y.ContentType)) continue;
      const duplicate = item.content.type as Y.XmlElement;
      // What the copy was made of (its move's transaction, up to the record written last in it).
      const seen = { [item.id.client]: moves._map.get(other)?.id.clock ?? item.id.clock + 1 };
      steps.push(
        ...rescuePlan(
          duplicate,
          keep.type as XmlType,
          moverView(seen, own, (n) => !n.deleted),
        ),
        () => {
          moves.set(`merge:${other}`, { from: other, to: kept, seen });
          const index = body.toArray().indexOf(duplicate);
          if (index >= 0) body.delete(index, 1);
        },
      );
    }
  }
  return steps;
}

/** Item ids in a stable order: by client, then clock. */
function compareKeys(a: string, b: string): number {
  const [ca = 0, ka = 0] = a.split(':').map(Number);
  const [cb = 0, kb = 0] = b.split(':').map(Number);
  return ca - cb || ka - kb;
}

/** The body's top-level nodes by item id. */
function aliveNodes(body: Y.XmlFragment): Map<string, Y.Item> {
  const alive = new Map<string, Y.Item>();
  for (let n = body._start; n; n = n.right as Y.Item | null) if (!n.deleted) alive.set(moveKey(n), n);
  return alive;
}

/** The moves map's records that have the shape a move gives them. */
function recordsOf(moves: Y.Map<MoveRecord>): Map<string, MoveRecord> {
  const out = new Map<string, MoveRecord>();
  for (const [key, value] of moves.entries()) {
    const record = recordOf(value);
    if (record) out.set(key, record);
  }
  return out;
}

/** A value of the moves map, if it has the shape a move gives it. */
function recordOf(value: unknown): MoveRecord | null {
  const r = value as MoveRecord | null;
  return r &&
    typeof r === 'object' &&
    typeof r.from === 'string' &&
    r.seen &&
    typeof r.seen === 'object' &&
    (r.to === undefined || typeof r.to === 'string')
    ? r
    : null;
}

/** Whether an item was part of the document just before `tr` (it may be deleted by `tr`). */
const wasThere = (n: Y.Item, tr: Y.Transaction) =>
  n.id.clock < (tr.beforeState.get(n.id.client) ?? 0) && (!n.deleted || Y.isDeleted(tr.deleteSet, n.id));

/** An attribute of an element as read (a deleted element's getAttribute reads nothing). */
function attributeOf(el: Y.XmlElement, key: string, present: (n: Y.Item) => boolean): unknown {
  const item = el._map.get(key);
  if (!item || !present(item)) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** The children of a type as read. */
function childrenOf(type: XmlType, present: (n: Y.Item) => boolean): Y.Item[] {
  const out: Y.Item[] = [];
  for (let n = type._start; n; n = n.right as Y.Item | null) if (present(n)) out.push(n);
  return out;
}

/** The marks in force after a formatting item (a new object: runs compare them by identity). */
function formatted(attrs: Attrs, format: Y.ContentFormat): Attrs {
  const next = { ...attrs };
  if (format.value === null) delete next[format.key];
  else next[format.key] = format.value;
  return next;
}

/** The live children of a type. */
function children(type: XmlType): Y.Item[] {
  const out: Y.Item[] = [];
  for (let n = type._start; n; n = n.right as Y.Item | null) if (!n.deleted) out.push(n);
  return out;
}

/**
 * The steps that make this device's unseen edits of `original` again in `copy`. The two are
 * walked together: children the mover had seen pair up by position (the copy was made from
 * them; others' children the mover had not seen are not in it); a child of this device's that
 * the mover had not seen is copied in at its place.
 */
function rescuePlan(original: XmlType, copy: XmlType, view: MoverView) {
  const steps: (() => void)[] = [];
  const theirs = children(copy);
  let index = 0;
  for (const child of childrenOf(original, view.present)) {
    if (!(child.content instanceof Y.ContentType)) continue;
    const type = child.content.type;
    if (!view.seen(child)) {
      if (!view.mine(child)) continue;
      const parent = copy as Y.XmlElement;
      const at = index;
      steps.push(() =>
        parent.insert(Math.min(at, parent.length), [cloneAsRead(type as XmlType, view.present)]),
      );
      continue;
    }
    const counterpart = theirs[index++]?.content;
    const twin = counterpart instanceof Y.ContentType ? counterpart.type : null;
    if (type instanceof Y.XmlText && twin instanceof Y.XmlText) steps.push(...textSteps(type, twin, view));
    else if (type instanceof Y.XmlElement && twin instanceof Y.XmlElement && type.nodeName === twin.nodeName)
      steps.push(...rescuePlan(type, twin, view));
  }
  return steps;
}

/** The runs of this device's unseen words in a text, placed among the characters the mover had seen. */
function textSteps(original: Y.XmlText, copy: Y.XmlText, view: MoverView) {
  let seenText = '';
  const runs: Run[] = [];
  let attrs: Attrs = {};
  for (const n of childrenOf(original, view.present)) {
    if (n.content instanceof Y.ContentFormat) attrs = formatted(attrs, n.content);
    else if (n.content instanceof Y.ContentString) {
      const text = n.content.str;
      if (view.seen(n)) seenText += text;
      else if (view.mine(n)) {
        const last = runs[runs.length - 1];
        if (last && last.at === seenText.length && last.attrs === attrs) last.text += text;
        else runs.push({ at: seenText.length, text, attrs });
      }
    }
  }
  if (runs.length === 0) return [];
  const copyText = copy
    .toDelta()
    .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
  const place = offsetMap(seenText, copyText);
  // Last first: an insertion does not move the places of those before it.
  return runs.reverse().map((run) => () => copy.insert(place(run.at), run.text, run.attrs));
}

/** Maps an offset in `from` to the matching offset in `to`, through a character diff. */
function offsetMap(from: string, to: string): (offset: number) => number {
  const parts = diffChars(from, to);
  return (offset) => {
    let a = 0;
    let b = 0;
    for (const part of parts) {
      const n = part.value.length;
      if (part.added) b += n;
      else if (part.removed) {
        if (offset < a + n) return b;
        a += n;
      } else {
        if (offset <= a + n) return b + offset - a;
        a += n;
        b += n;
      }
    }
    return b;
  };
}

/** A new copy of a type as read (`clone()` reads only what is not deleted). */
function cloneAsRead(type: XmlType, present: (n: Y.Item) => boolean): Y.XmlElement | Y.XmlText {
  if (type instanceof Y.XmlText) {
    const text = new Y.XmlText();
    let attrs: Attrs = {};
    let at = 0;
    const inserts: [number, string, Attrs][] = [];
    for (const n of childrenOf(type, present)) {
      if (n.content instanceof Y.ContentFormat) attrs = formatted(attrs, n.content);
      else if (n.content instanceof Y.ContentString) {
        inserts.push([at, n.content.str, attrs]);
        at += n.content.str.length;
      }
    }
    // A prelim text takes its inserts once it is integrated (in the insert of the step).
    for (const [i, s, a] of inserts) text.insert(i, s, a);
    return text;
  }
  const el = new Y.XmlElement((type as Y.XmlElement).nodeName);
  for (const key of type._map.keys()) {
    const value = attributeOf(type as Y.XmlElement, key, present);
    if (value !== undefined) el.setAttribute(key, value as string);
  }
  el.insert(
    0,
    childrenOf(type, present)
      .filter((n) => n.content instanceof Y.ContentType)
      .map((n) => cloneAsRead((n.content as Y.ContentType).type as XmlType, present)),
  );
  return el;
}
