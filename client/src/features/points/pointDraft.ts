import type { Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { create } from 'zustand';
import { type AnchorRange, anchorRangeOf } from '../../../../shared/schema/index.ts';

/** Selected words a new point is to be anchored to. */
export interface PointSelection {
  /** Where the selected text is, as relative positions: edits made meanwhile do not move it. */
  range: AnchorRange | null;
  quote: string;
}

/** The editor's selection as a point's anchor and quote, or null when nothing is selected. */
export function selectionForPoint(editor: Editor): PointSelection | null {
  const { from, to } = editor.state.selection;
  const quote = editor.state.doc.textBetween(from, to, ' ').trim().slice(0, 500);
  if (!quote) return null;
  const mapping = ySyncPluginKey.getState(editor.state)?.binding?.mapping;
  return { range: mapping ? anchorRangeOf(editor.state.doc, mapping, from, to) : null, quote };
}

interface PointDraftState {
  /** Words taken by the "Tambah poin" bubble, waiting for the point form (which may not be open yet). */
  pending: PointSelection | null;
  offer: (selection: PointSelection) => void;
  /** Hands the waiting selection to the form, once. */
  take: () => PointSelection | null;
}

/**
 * The hand-over from the selection bubble to the point form: the bubble may open the Poin tab,
 * so the form mounts after the click and picks the words up then.
 */
export const usePointDraft = create<PointDraftState>((set, get) => ({
  pending: null,
  offer: (pending) => set({ pending }),
  take: () => {
    const { pending } = get();
    if (pending) set({ pending: null });
    return pending;
  },
}));
