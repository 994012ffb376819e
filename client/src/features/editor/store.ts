import { create } from 'zustand';

interface EditorUiState {
  /** The cross-reference picker is open. */
  crossRefOpen: boolean;
  setCrossRefOpen: (open: boolean) => void;
}

/** UI state of the editor screen only; the document itself lives in the Y.Doc. */
export const useEditorUi = create<EditorUiState>((set) => ({
  crossRefOpen: false,
  setCrossRefOpen: (crossRefOpen) => set({ crossRefOpen }),
}));
