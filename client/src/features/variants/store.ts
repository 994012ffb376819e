import { create } from 'zustand';
import type { DocumentTierResponse, Override, Unit } from './api.ts';

/**
 * What the editor of one document knows of its two tiers, read by the banner, the outline's
 * badges, the marks in the margin and the compare dialog: the tier (a master's count of
 * variants, a variant's master and unit), a variant's overrides, and which clause is compared.
 * UI state and the server's last answers only; the text itself stays in the Y.Doc.
 */
interface VariantEditorState {
  documentId: string | null;
  tier: DocumentTierResponse | null;
  unit: Unit | null;
  overrides: Override[];
  /** The clause whose comparison with the master is open. */
  comparing: string | null;
  /** The list of every overridden or flagged clause is open. */
  reviewing: boolean;
  /** Reads the overrides again (set by the sync hook of the open editor). */
  reload: () => void;
  set: (patch: Partial<Omit<VariantEditorState, 'set'>>) => void;
}

export const useVariantEditor = create<VariantEditorState>((set) => ({
  documentId: null,
  tier: null,
  unit: null,
  overrides: [],
  comparing: null,
  reviewing: false,
  reload: () => {},
  set: (patch) => set(patch),
}));

/** The override of `clauseId` in the open variant, if it has one. */
export const useOverrideOf = (clauseId: string) =>
  useVariantEditor((s) => s.overrides.find((o) => o.clauseId === clauseId) ?? null);
