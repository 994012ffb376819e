import { Node } from '@tiptap/core';
import { NODE } from '../names.ts';
import { dataTypeElement, idAttribute } from './htmlElement.ts';

/** A top-level part of ordinary blocks, kept in HTML as `div[data-type=<name>]`. */
const blockSection = (name: string) =>
  Node.create({
    name,
    group: 'section',
    content: 'block+',
    defining: true,
    ...dataTypeElement('div', name),
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
  // No formatting, but a BAB title can be changed by suggestion like any text.
  marks: 'insertion deletion',
  defining: true,
  addAttributes: () => idAttribute,
  ...dataTypeElement('h2', 'chapter'),
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
  ...dataTypeElement('section', 'clause'),
});

/** The heading of a Pasal, e.g. "MAKSUD DAN TUJUAN": inline content but no footnote (Word puts none there). */
export const ClauseHeading = Node.create({
  name: NODE.clauseHeading,
  content: `(${NODE.text} | ${NODE.hardBreak} | ${NODE.clauseRef})*`,
  marks: 'bold italic underline pointAnchor insertion deletion formatChange',
  defining: true,
  ...dataTypeElement('h3', 'clause-heading'),
});
