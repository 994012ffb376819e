import { create } from 'zustand';

interface ApproveAllRequest {
  /** Set by Ctrl+Alt+Shift+A; the Persetujuan tab's "Setujui semua" opens its review list and clears it. */
  requested: boolean;
  setRequested: (requested: boolean) => void;
}

/** A request, from the keyboard, to open the "Setujui semua yang belum disetujui" review list. */
export const useApproveAllRequest = create<ApproveAllRequest>((set) => ({
  requested: false,
  setRequested: (requested) => set({ requested }),
}));
