import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { InfoPanel } from './components/InfoPanel.tsx';
import { placeholderPanel } from './components/PlaceholderPanel.tsx';
import type { EditorScreen } from './context.ts';

/** A tab of the editor's right-hand panel. */
export interface EditorPanel {
  /** URL value (`?panel=info`), so the open tab is part of the shareable address. */
  id: string;
  label: MessageKey;
  /** Position among the tabs (Poin 10, Persetujuan 20, Riwayat 30, Info 40). */
  order: number;
  Component: ComponentType<{ screen: EditorScreen }>;
}

/**
 * The right-hand panel's tabs. A feature replaces its placeholder (or adds a tab) with one
 * line here; the tab bar and the URL follow this list.
 */
export const editorPanels: EditorPanel[] = [
  { id: 'poin', label: 'panel.points', order: 10, Component: placeholderPanel('panel.points.later') },
  { id: 'persetujuan', label: 'panel.approvals', order: 20, Component: placeholderPanel('panel.approvals.later') },
  { id: 'riwayat', label: 'panel.history', order: 30, Component: placeholderPanel('panel.history.later') },
  { id: 'info', label: 'panel.info', order: 40, Component: InfoPanel },
].sort((a, b) => a.order - b.order);

/** The tab shown when the URL names none. */
export const DEFAULT_PANEL = 'info';
