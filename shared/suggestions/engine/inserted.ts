import { Fragment, type NodeType, type Node as PMNode, Slice } from '@tiptap/pm/model';
import { MARK, NODE } from '../../schema/names.ts';
import { SUGGESTABLE_BLOCKS } from '../../schema/nodes/suggestion.ts';
import { isSuggestionMark } from '../stamp.ts';
import { type SuggestionContext, Unsuggestable } from './context.ts';

/** Containers whose items can each be proposed whole: a pasted ayat list is its ayat proposed. */
const ITEM_LISTS: readonly string[] = [NODE.ayatList, NODE.letterList];
/** Blocks a cut can make anew: the part after an Enter or a pasted paragraph break. */
const SPLITTABLE: readonly string[] = [NODE.paragraph, NODE.ayatItem, NODE.letterItem];

/** The inline node with every suggestion mark removed (inherited or copied marks never travel). */
function plain(node: PMNode): PMNode {
  return node.mark(node.marks.filter((m) => !isSuggestionMark(m.type.name)));
}

/** The node and everything in it free of suggestions: marks and block attributes. */
export function withoutSuggestions(node: PMNode): PMNode {
  if (node.isInline) return plain(node);
  const content: PMNode[] = [];
  node.forEach((child) => {
    content.push(withoutSuggestions(child));
  });
  const attrs = 'suggestion' in node.attrs ? { ...node.attrs, suggestion: null } : node.attrs;
  return node.type.create(attrs, Fragment.from(content), node.marks);
}

/**
 * Content typed or pasted in suggestion mode, in its suggestion form: its text carries the
 * author's `insertion` (id `id`), a whole block it brings is proposed with `suggestion: insert`,
 * and the block a cut opens (after an Enter, or a pasted paragraph break) with `split`.
 * A cut that opens a block of another type (Enter in a Pasal heading opens a paragraph) cannot
 * be joined back: at the end of the text it proposes the new block whole, elsewhere it is refused.
 * `direct`: the content lands in the author's own proposed block, so it is theirs already;
 * `atEnd`: nothing of the text block follows the place it lands; `inOthersBlock`: it lands in
 * a block another author proposed whole, which rejecting removes with whatever was split off it.
 */
export function suggestedSlice(
  slice: Slice,
  at: NodeType,
  ctx: SuggestionContext,
  id: string,
  { direct, atEnd, inOthersBlock }: { direct: boolean; atEnd: boolean; inOthersBlock: boolean },
): Slice {
  const insertion = ctx.mark(MARK.insertion, id);

  const inline = (node: PMNode, parent: NodeType): PMNode => {
    const clean = plain(node);
    if (direct) return clean;
    if (!parent.allowsMarkType(insertion.type)) throw new Unsuggestable(`${parent.name} text`);
    return clean.mark(insertion.addToSet(clean.marks));
  };

  /** A block the content brings whole. */
  const whole = (node: PMNode): PMNode => {
    if (direct) return withoutSuggestions(node);
    if (SUGGESTABLE_BLOCKS.includes(node.type.name)) {
      const clean = withoutSuggestions(node);
      return clean.type.create({ ...clean.attrs, suggestion: ctx.block('insert', id) }, clean.content);
    }
    if (ITEM_LISTS.includes(node.type.name)) return node.copy(mapChildren(node.content, () => whole));
    throw new Unsuggestable(`whole ${node.type.name}`);
  };

  const mapChildren = (node: Fragment, pick: (child: PMNode, index: number) => (n: PMNode) => PMNode) => {
    const out: PMNode[] = [];
    node.forEach((child, _offset, index) => {
      out.push(pick(child, index)(child));
    });
    return Fragment.from(out);
  };

  /**
   * `parent`'s content as inserted: its first child may continue the block the cut is in
   * (open start), its last may continue the block after the cut (open end), the rest are whole.
   * Inside a new block (`fresh`) an open end is part of that block, not a cut of its own.
   */
  const content = (
    parent: Fragment,
    type: NodeType,
    openStart: number,
    openEnd: number,
    fresh: boolean,
  ): Fragment =>
    mapChildren(parent, (child, index) => (node) => {
      if (node.isInline) return inline(node, type);
      const last = index === parent.childCount - 1;
      const leftOpen = index === 0 && openStart > 0;
      const rightOpen = last && openEnd > 0;
      if (!leftOpen && !rightOpen) return whole(child);
      const inner = content(
        node.content,
        node.type,
        leftOpen ? openStart - 1 : 0,
        rightOpen ? openEnd - 1 : 0,
        fresh || !leftOpen,
      );
      if (leftOpen || fresh) return node.copy(inner);
      // The block after the cut: rejecting it joins it back onto the block before. Cut from
      // the author's own proposed block, it is as new as that block.
      const joinable = !inOthersBlock && index > 0 && parent.child(index - 1).type === node.type;
      const kind = joinable && !direct && SPLITTABLE.includes(node.type.name) ? 'split' : 'insert';
      if (direct && SUGGESTABLE_BLOCKS.includes(node.type.name))
        return node.type.create({ ...node.attrs, suggestion: ctx.block(kind, id) }, inner, node.marks);
      if (kind === 'insert' && !(atEnd && SUGGESTABLE_BLOCKS.includes(node.type.name)))
        throw new Unsuggestable(`split ${node.type.name}`);
      return node.type.create({ ...node.attrs, suggestion: ctx.block(kind, id) }, inner, node.marks);
    });

  return new Slice(
    content(slice.content, at, slice.openStart, slice.openEnd, false),
    slice.openStart,
    slice.openEnd,
  );
}
