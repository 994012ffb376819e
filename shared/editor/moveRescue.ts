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
  tr: Y.Transaction;
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
 * being lost. Returns the function that stops it.
 */
export function keepEditsInMovedClauses(doc: Y.Doc, mine: () => ReadonlySet<number>): () => void {
  const body = doc.getXmlFragment(YDOC.body);
  const moves = doc.getMap<MoveRecord>(YDOC.moves);
  const observer = (event: Y.YXmlEvent, transaction: Y.Transaction) => {
    if (transaction.local || event.changes.deleted.size === 0) return;
    // The moves map is written by other people's devices: a record that is not one is skipped,
    // and a rescue that fails must not stop this device from taking in the change.
    try {
      rescueMoved(event, transaction);
    } catch (err) {
      console.error('moveRescue: words typed in a moved Pasal could not be put back', err);
    }
  };
  const rescueMoved = (event: Y.YXmlEvent, transaction: Y.Transaction) => {
    const deleted = new Map([...event.changes.deleted].map((d) => [moveKey(d), d]));
    for (const item of event.changes.added) {
      const copy = item.content instanceof Y.ContentType ? item.content.type : null;
      // Several moves of one Pasal may arrive together (its copies made and deleted in the
      // same transaction): back along the chain to the node this device had.
      let record = recordOf(moves.get(moveKey(item)));
      for (let hops = 0; record && !deleted.has(record.from) && hops < 1000; hops++)
        record = recordOf(moves.get(record.from));
      const content = record && deleted.get(record.from)?.content;
      const original = content instanceof Y.ContentType ? content.type : null;
      if (!record || !(copy instanceof Y.XmlElement) || !(original instanceof Y.XmlElement)) continue;
      const seen = record.seen;
      const own = mine();
      const view: MoverView = {
        seen: (n) => n.id.clock < (Number(seen[n.id.client]) || 0),
        mine: (n) => own.has(n.id.client),
        tr: transaction,
      };
      const plan = rescuePlan(original, copy, view);
      // A transaction of its own, run after this one (Yjs queues it), while the original's
      // content is still readable: it is garbage-collected at the end of this transaction.
      if (plan.length)
        doc.transact(() => {
          for (const step of plan) step();
        }, MOVE_RESCUE);
    }
  };
  body.observe(observer);
  return () => body.unobserve(observer);
}

/** A value of the moves map, if it has the shape a move gives it. */
function recordOf(value: unknown): MoveRecord | null {
  const r = value as MoveRecord | null;
  return r && typeof r === 'object' && typeof r.from === 'string' && r.seen && typeof r.seen === 'object'
    ? r
    : null;
}

/** Whether an item was part of the document just before `tr` (it may be deleted by `tr`). */
const wasThere = (n: Y.Item, tr: Y.Transaction) =>
  n.id.clock < (tr.beforeState.get(n.id.client) ?? 0) && (!n.deleted || Y.isDeleted(tr.deleteSet, n.id));

/** An attribute of an element as it was before `tr` (a deleted element's getAttribute reads nothing). */
function attributeBefore(el: Y.XmlElement, key: string, tr: Y.Transaction): unknown {
  const item = el._map.get(key);
  if (!item || !wasThere(item, tr)) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** The children of a type as they were just before `tr`. */
function childrenBefore(type: XmlType, tr: Y.Transaction): Y.Item[] {
  const out: Y.Item[] = [];
  for (let n = type._start; n; n = n.right as Y.Item | null) if (wasThere(n, tr)) out.push(n);
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
  for (const child of childrenBefore(original, view.tr)) {
    if (!(child.content instanceof Y.ContentType)) continue;
    const type = child.content.type;
    if (!view.seen(child)) {
      if (!view.mine(child)) continue;
      const parent = copy as Y.XmlElement;
      const at = index;
      steps.push(() => parent.insert(Math.min(at, parent.length), [cloneBefore(type as XmlType, view.tr)]));
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
  for (const n of childrenBefore(original, view.tr)) {
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

/** A new copy of a type as it was just before `tr` (`clone()` reads only what is not deleted). */
function cloneBefore(type: XmlType, tr: Y.Transaction): Y.XmlElement | Y.XmlText {
  if (type instanceof Y.XmlText) {
    const text = new Y.XmlText();
    let attrs: Attrs = {};
    let at = 0;
    const inserts: [number, string, Attrs][] = [];
    for (const n of childrenBefore(type, tr)) {
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
    const value = attributeBefore(type as Y.XmlElement, key, tr);
    if (value !== undefined) el.setAttribute(key, value as string);
  }
  el.insert(
    0,
    childrenBefore(type, tr)
      .filter((n) => n.content instanceof Y.ContentType)
      .map((n) => cloneBefore((n.content as Y.ContentType).type as XmlType, tr)),
  );
  return el;
}
