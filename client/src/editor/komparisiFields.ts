import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { useEffect, useMemo } from 'react';
import { NODE } from '../../../shared/editor/names.ts';
import {
  type KomparisiField,
  type KomparisiParty,
  komparisiOrdinal,
  komparisiSlots,
  komparisiValues,
} from '../../../shared/komparisi.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';

type Values = Map<number, Partial<Record<KomparisiField, string>>>;

interface FieldsState {
  values: Values;
  decorations: DecorationSet;
}

const key = new PluginKey<FieldsState>('komparisiFields');

/**
 * The komparisi's blanks shown as the Info fields read: each "[nama pejabat]" / "[jabatan]"
 * of a party whose field is filled is hidden behind the field's value (the text keeps the
 * blank, as the export and the completeness check read it: shared/komparisi.ts); an unfilled
 * one stays a visible blank, marked as one to fill in on the Info tab.
 */
function decorate(doc: PMNode, values: Values, hint: string): DecorationSet {
  const out: Decoration[] = [];
  doc.forEach((top, topPos) => {
    if (top.type.name !== NODE.preamble) return;
    top.descendants((block, offset) => {
      if (!block.isTextblock) return true;
      const ordinal = komparisiOrdinal(block.textContent);
      const partyValues = ordinal === null ? undefined : values.get(ordinal);
      if (!partyValues) return false;
      const start = topPos + 1 + offset + 1;
      block.forEach((child, childOffset) => {
        if (!child.isText) return;
        const at = start + childOffset;
        for (const slot of komparisiSlots(child.text ?? '', partyValues)) {
          const [from, to] = [at + slot.from, at + slot.to];
          if (slot.value === undefined) {
            out.push(Decoration.inline(from, to, { class: 'komparisi-blank', title: hint }));
            continue;
          }
          const shown = slot.value;
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
              { side: -1, marks: child.marks, key: `${slot.field}:${ordinal}:${shown}` },
            ),
          );
        }
      });
      return false;
    });
  });
  return DecorationSet.create(doc, out);
}

function komparisiPlugin(hint: string): Plugin<FieldsState> {
  return new Plugin<FieldsState>({
    key,
    state: {
      init: (_config, state) => ({ values: new Map(), decorations: DecorationSet.create(state.doc, []) }),
      apply(tr, previous, _old, state) {
        const values = (tr.getMeta(key) as Values | undefined) ?? previous.values;
        if (values === previous.values && !tr.docChanged) return previous;
        return { values, decorations: decorate(state.doc, values, hint) };
      },
    },
    props: { decorations: (state) => key.getState(state)?.decorations },
  });
}

/**
 * Shows the komparisi in the editor (or a version's read-only sheet) with the signatories of
 * the Info tab (`meta`) for as long as the component lives; `hint` is the tooltip that says where the value comes from.
 */
export function useKomparisiFields(
  editor: Editor | null,
  meta: DocumentMeta,
  parties: readonly KomparisiParty[],
  hint: string,
): void {
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.registerPlugin(komparisiPlugin(hint));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(key);
    };
  }, [editor, hint]);
  // The parties and meta objects are new on every render: the values are compared as text.
  const signature = JSON.stringify([...komparisiValues(meta, parties)]);
  const values = useMemo<Values>(() => new Map(JSON.parse(signature)), [signature]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a plugin registered anew (new hint) needs the values again
  useEffect(() => {
    if (!editor || editor.isDestroyed || !key.getState(editor.state)) return;
    editor.view.dispatch(editor.state.tr.setMeta(key, values).setMeta('addToHistory', false));
  }, [editor, values, hint]);
}
