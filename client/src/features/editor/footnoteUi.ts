import { create } from 'zustand';

interface FootnoteUiState {
  /** The footnote dialog is open: for a new footnote (`pos` null) or the one at `pos`. */
  open: boolean;
  pos: number | null;
  /** Opens the dialog for a new footnote at the selection. */
  add: () => void;
  /** Opens the dialog for the footnote at `pos`. */
  edit: (pos: number) => void;
  close: () => void;
}

/** Which footnote the dialog edits: UI state only, the text lives in the Y.Doc. */
export const useFootnoteUi = create<FootnoteUiState>((set) => ({
  open: false,
  pos: null,
  add: () => set({ open: true, pos: null }),
  edit: (pos) => set({ open: true, pos }),
  close: () => set({ open: false, pos: null }),
}));
