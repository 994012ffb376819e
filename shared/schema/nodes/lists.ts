import type { Editor } from '@tiptap/core';
import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { newId } from '../../ids.ts';
import { NODE } from '../names.ts';
import { dataTypeElement, idAttribute } from './htmlElement.ts';

type KeyHandler = (props: { editor: Editor }) => boolean;

/**
 * Enter at the very start of an item's text opens an empty item before it. Splitting would
 * leave the item's id (which references point at) on the empty first half and move its text
 * to a new item, so "ayat (1)" would go on naming the new, empty ayat.
 */
function openItemBefore(editor: Editor, itemName: string): boolean {
  const { selection, schema } = editor.state;
  const { $from } = selection;
  const depth = $from.depth - 1;
  const atStart =
    selection.empty &&
    depth > 0 &&
    $from.parentOffset === 0 &&
    $from.parent.content.size > 0 &&
    $from.node(depth).type.name === itemName &&
    $from.index(depth) === 0;
  if (!atStart) return false;
  const itemType = schema.nodes[itemName];
  const paragraph = schema.nodes[NODE.paragraph];
  if (!itemType || !paragraph) return false;
  const itemPos = $from.before(depth);
  const item = itemType.create({ id: newId() }, paragraph.create());
  return editor.commands.command(({ tr }) => {
    tr.insert(itemPos, item);
    tr.setSelection(TextSelection.create(tr.doc, itemPos + 2));
    return true;
  });
}

/** Enter splits, Tab nests, Shift-Tab lifts: the list keys of an ayat or letter item. */
function listKeys(itemName: string): Record<string, KeyHandler> {
  const keys: Record<string, KeyHandler> = {};
  keys.Enter = ({ editor }) => openItemBefore(editor, itemName) || editor.commands.splitListItem(itemName);
  keys.Tab = ({ editor }) => editor.commands.sinkListItem(itemName);
  keys['Shift-Tab'] = ({ editor }) => editor.commands.liftListItem(itemName);
  return keys;
}

/** Numbered paragraphs of a Pasal: "(1)", "(2)"; numbers are derived, never typed. */
export const AyatList = Node.create({
  name: NODE.ayatList,
  group: 'block list',
  content: 'ayatItem+',
  ...dataTypeElement('ol', 'ayat-list'),
});

/** One ayat. Carries a stable id so that "Pasal 3 ayat (2)" references follow it when it moves. */
export const AyatItem = Node.create({
  name: NODE.ayatItem,
  content: 'paragraph block*',
  defining: true,
  addAttributes: () => idAttribute,
  ...dataTypeElement('li', 'ayat-item'),
  addKeyboardShortcuts() {
    return listKeys(this.name);
  },
});

/** Lettered list inside an ayat or a Pasal: "a.", "b.". */
export const LetterList = Node.create({
  name: NODE.letterList,
  group: 'block list',
  content: 'letterItem+',
  ...dataTypeElement('ol', 'letter-list'),
});

export const LetterItem = Node.create({
  name: NODE.letterItem,
  content: 'paragraph block*',
  defining: true,
  ...dataTypeElement('li', 'letter-item'),
  addKeyboardShortcuts() {
    return listKeys(this.name);
  },
});
