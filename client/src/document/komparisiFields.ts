import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { useEffect, useMemo } from 'react';
import {
  type KomparisiField,
  type KomparisiParty,
  komparisiOrdinal,
  komparisiSlots,
  komparisiValues,
} from '../../../shared/komparisi.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { isOpeningText, type OpeningValues, openingSlots, openingValues } from '../../../shared/opening.ts';
import { NODE } from '../../../shared/schema/names.ts';

type Values = Map<number, Partial<Record<KomparisiField, string>>>;

/** What the preamble's blanks show: each party's signatory, and the signing date and place. */
interface Fields {
  komparisi: Values;
  opening: OpeningValues;
}

interface FieldsState {
  values: Fields;
  decorations: DecorationSet;
  /** The preamble nodes decorated, with their positions: while they stay, so do the decorations. */
  preambles: [PMNode, number][];
}

/** The document's preamble nodes and their positions. */
function preamblesOf(doc: PMNode): [PMNode, number][] {
  const out: [PMNode, number][] = [];
  doc.forEach((top, pos) => {
    if (top.type.name === NODE.preamble) out.push([top, pos]);
  });
  return out;
}

const samePreambles = (a: [PMNode, number][], b: [PMNode, number][]) =>
  a.length === b.length && a.every(([node, pos], i) => node === b[i]![0] && pos === b[i]![1]);

const key = new PluginKey<FieldsState>('komparisiFields');

/** The value shown over a blank, whose own text stays in the document but out of sight. */
function showOver(
  out: Decoration[],
  from: number,
  to: number,
  shown: string,
  hint: string,
  marks: PMNode['marks'],
  id: string,
) {
  out.push(Decoration.inline(from, to, { class: 'komparisi-source' }));
  out.push(
    Decoration.widget(
      from,
      () => {
        const span = document.createElement('span');
        span.className = 'komparisi-field';
        span.textContent = shown;
        span.title = hint;
        return span;
      },
      { side: -1, marks, key: `${id}:${shown}` },
    ),
  );
}

/**
 * The komparisi's blanks shown as the Info fields read: each "[nama pejabat]" / "[jabatan]"
 * of a party whose field is filled is hidden behind the field's value (the text keeps the
 * blank, as the export and the completeness check read it: shared/komparisi.ts); an unfilled
 * one stays a visible blank, marked as one to fill in on the Info tab. The opening's day,
 * date and place blanks show the signing date and place the same way (shared/opening.ts).
 */
function decorate(
  doc: PMNode,
  preambles: [PMNode, number][],
  values: Fields,
  hint: string,
  openingHint: string,
): DecorationSet {
  const out: Decoration[] = [];
  preambles.forEach(([top, topPos]) => {
    top.descendants((block, offset) => {
      if (!block.isTextblock) return true;
      const start = topPos + 1 + offset + 1;
      if (isOpeningText(block.textContent)) {
        block.forEach((child, childOffset) => {
          if (!child.isText) return;
          const at = start + childOffset;
          for (const slot of openingSlots(child.text ?? '', values.opening)) {
            showOver(
              out,
              at + slot.from,
              at + slot.to,
              slot.value,
              openingHint,
              child.marks,
              `opening:${slot.slot}`,
            );
          }
        });
        return false;
      }
      const ordinal = komparisiOrdinal(block.textContent);
      const partyValues = ordinal === null ? undefined : values.komparisi.get(ordinal);
      if (!partyValues) return false;
      block.forEach((child, childOffset) => {
        if (!child.isText) return;
        const at = start + childOffset;
        for (const slot of komparisiSlots(child.text ?? '', partyValues)) {
          const [from, to] = [at + slot.from, at + slot.to];
          if (slot.value === undefined) {
            out.push(Decoration.inline(from, to, { class: 'komparisi-blank', title: hint }));
            continue;
          }
          showOver(out, from, to, slot.value, hint, child.marks, `${slot.field}:${ordinal}`);
        }
      });
      return false;
    });
  });
  return DecorationSet.create(doc, out);
}

function komparisiPlugin(hint: string, openingHint: string): Plugin<FieldsState> {
  return new Plugin<FieldsState>({
    key,
    state: {
      init: (_config, state) => ({
        values: { komparisi: new Map(), opening: {} },
        decorations: DecorationSet.create(state.doc, []),
        preambles: [],
      }),
      apply(tr, previous, _old, state) {
        const values = (tr.getMeta(key) as Fields | undefined) ?? previous.values;
        if (values === previous.values && !tr.docChanged) return previous;
        const preambles = preamblesOf(state.doc);
        // Typing in a Pasal leaves the preamble where and what it was (the same node object).
        if (values === previous.values && samePreambles(preambles, previous.preambles)) return previous;
        return { values, preambles, decorations: decorate(state.doc, preambles, values, hint, openingHint) };
      },
    },
    props: { decorations: (state) => key.getState(state)?.decorations },
  });
}

/**
 * Shows the komparisi in the editor (or a version's read-only sheet) with the signatories of
 * the Info tab (`meta`), and the opening with its signing date and place, for as long as the
 * component lives; `hint` and `openingHint` are the tooltips that say where the values come from.
 */
export function useKomparisiFields(
  editor: Editor | null,
  meta: DocumentMeta,
  parties: readonly KomparisiParty[],
  hint: string,
  openingHint = hint,
): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.registerPlugin(komparisiPlugin(hint, openingHint));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(key);
    };
  }, [editor, hint, openingHint]);
  // The parties and meta objects are new on every render: the values are compared as text.
  const signature = JSON.stringify([[...komparisiValues(meta, parties)], openingValues(meta)]);
  const values = useMemo<Fields>(() => {
    const [komparisi, opening] = JSON.parse(signature);
    return { komparisi: new Map(komparisi), opening };
  }, [signature]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a plugin registered anew (new hint) needs the values again
  useEffect(() => {
    if (!editor || editor.isDestroyed || !key.getState(editor.state)) return;
    editor.view.dispatch(editor.state.tr.setMeta(key, values).setMeta('addToHistory', false));
  }, [editor, values, hint]);
}
