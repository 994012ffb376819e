import { mergeAttributes, Node } from '@tiptap/core';
import { newId } from '../../ids.ts';
import { NODE } from '../names.ts';
import { pasted } from './pastedElement.ts';

/** `id` attribute kept in the Y.Doc and in HTML as data-id; filled by the uniqueIds extension. */
const idAttribute = {
  id: {
    default: null as string | null,
    parseHTML: (el: unknown) => pasted(el).getAttribute('data-id') ?? newId(),
    renderHTML: (attrs: Record<string, unknown>) => (attrs.id ? { 'data-id': attrs.id } : {}),
  },
};

/** A top-level part of ordinary blocks, kept in HTML as `div[data-type=<name>]`. */
const blockSection = (name: string) =>
  Node.create({
    name,
    group: 'section',
    content: 'block+',
    defining: true,
    parseHTML: () => [{ tag: `div[data-type="${name}"]` }],
    renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-type': name }), 0],
  });

/**
 * Opening of the agreement: the opening formula, the identification of the parties
 * (komparisi) and the recitals ("bahwa ..."), as ordinary blocks.
 */
export const Preamble = blockSection(NODE.preamble);

/** Closing formula ("Demikian ... dibuat dalam rangkap 2 (dua) asli ..."). */
export const Closing = blockSection(NODE.closing);

/**
 * An annex (lampiran) the agreement's own text holds, after the closing: a work plan or a list
 * a draft brought with it. The export prints each on pages of its own after the signatures.
 */
export const Annex = blockSection(NODE.annex);

/**
 * BAB heading. Chapters are flat markers between clauses rather than containers: a clause
 * belongs to the nearest chapter above it. Moving clauses then never restructures the tree,
 * and the "BAB I" number is derived from position like every other number.
 */
export const Chapter = Node.create({
  name: NODE.chapter,
  group: 'section',
  content: 'text*',
  marks: '',
  defining: true,
  addAttributes: () => idAttribute,
  parseHTML: () => [{ tag: 'h2[data-type="chapter"]' }],
  renderHTML: ({ HTMLAttributes }) => ['h2', mergeAttributes(HTMLAttributes, { 'data-type': 'chapter' }), 0],
});

/**
 * Pasal: a heading, then blocks. Its number ("Pasal 3") is derived from its position among
 * the clauses and never stored; its `id` is stable across moves and renumbering.
 */
export const Clause = Node.create({
  name: NODE.clause,
  group: 'section',
  content: 'clauseHeading block*',
  defining: true,
  isolating: true,
  addAttributes: () => idAttribute,
  parseHTML: () => [{ tag: 'section[data-type="clause"]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'section',
    mergeAttributes(HTMLAttributes, { 'data-type': 'clause' }),
    0,
  ],
});

/** The heading of a Pasal, e.g. "MAKSUD DAN TUJUAN": inline content but no footnote (Word puts none there). */
export const ClauseHeading = Node.create({
  name: NODE.clauseHeading,
  content: `(${NODE.text} | ${NODE.hardBreak} | ${NODE.clauseRef})*`,
  marks: 'bold italic underline pointAnchor',
  defining: true,
  parseHTML: () => [{ tag: 'h3[data-type="clause-heading"]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'h3',
    mergeAttributes(HTMLAttributes, { 'data-type': 'clause-heading' }),
    0,
  ],
});
