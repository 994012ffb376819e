import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { ApprovalsPanel } from '../approvals/components/ApprovalsPanel.tsx';
import { HistoryPanel } from '../history/components/HistoryPanel.tsx';
import { PointsPanel } from '../points/components/PointsPanel.tsx';
import { SuggestionsPanel } from '../suggestions/components/SuggestionsPanel.tsx';
import { InfoPanel } from './components/InfoPanel.tsx';
import type { EditorScreen } from './context.ts';

/** A tab of the editor's right-hand panel. */
export interface EditorPanel {
  /** URL value (`?panel=info`), so the open tab is part of the shareable address. */
  id: string;
  /** An app-wide message, or the tab's name in both languages (a feature's own word). */
  label: MessageKey | { id: string; en: string };
  /** Position among the tabs (Poin 10, Usulan 15, Persetujuan 20, Riwayat 30, Info 40). */
  order: number;
  /** The tab's content; a tab without one shows `placeholder` until its feature is built. */
  Component?: ComponentType<{ screen: EditorScreen }>;
  placeholder?: MessageKey;
}

/**
 * The right-hand panel's tabs. A feature fills its tab (or adds one) with one line here;
 * the tab bar and the URL follow this list.
 */
export const editorPanels: EditorPanel[] = (
  [
    { id: 'poin', label: 'panel.points', order: 10, Component: PointsPanel },
    { id: 'usulan', label: { id: 'Usulan', en: 'Suggestions' }, order: 15, Component: SuggestionsPanel },
    { id: 'persetujuan', label: 'panel.approvals', order: 20, Component: ApprovalsPanel },
    { id: 'riwayat', label: 'panel.history', order: 30, Component: HistoryPanel },
    { id: 'info', label: 'panel.info', order: 40, Component: InfoPanel },
  ] satisfies EditorPanel[]
).sort((a, b) => a.order - b.order);

/** The tab shown when the URL names none. */
export const DEFAULT_PANEL = 'info';
