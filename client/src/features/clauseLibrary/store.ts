import { create } from 'zustand';
import type { SectionKey } from '../../../../shared/completeness.ts';

interface ClauseLibraryUi {
  open: boolean;
  /** The completeness section the user wants to fill (the picker lists its clauses first). */
  section: SectionKey | null;
  show: (section?: SectionKey | null) => void;
  close: () => void;
}

/** Whether the clause library picker is showing; UI state only. */
export const useClauseLibraryUi = create<ClauseLibraryUi>((set) => ({
  open: false,
  section: null,
  show: (section = null) => set({ open: true, section }),
  close: () => set({ open: false, section: null }),
}));
