import { create } from 'zustand';
import type { MessageKey } from '../i18n/index.ts';

/** One line of the help sheet: alternative key combinations (each joined with "+") and what they do. */
export interface ShortcutHelp {
  keys: string[][];
  label: MessageKey;
}

/** Every shortcut the app answers to, as the help sheet (Ctrl+/) lists them. */
export const SHORTCUTS: ShortcutHelp[] = [
  { keys: [['Ctrl', '/']], label: 'shortcuts.help' },
  { keys: [['Ctrl', 'S']], label: 'shortcuts.save' },
  { keys: [['Ctrl', 'B']], label: 'shortcuts.bold' },
  { keys: [['Ctrl', 'I']], label: 'shortcuts.italic' },
  { keys: [['Ctrl', 'U']], label: 'shortcuts.underline' },
  { keys: [['Ctrl', 'Z']], label: 'shortcuts.undo' },
  {
    keys: [
      ['Ctrl', 'Y'],
      ['Ctrl', 'Shift', 'Z'],
    ],
    label: 'shortcuts.redo',
  },
  { keys: [['Ctrl', 'Shift', '7']], label: 'shortcuts.ayat' },
  { keys: [['Ctrl', 'Shift', '8']], label: 'shortcuts.letter' },
  { keys: [['Tab'], ['Shift', 'Tab']], label: 'shortcuts.indent' },
  { keys: [['Ctrl', 'Shift', 'Enter']], label: 'shortcuts.newPasal' },
  { keys: [['Ctrl', 'Shift', 'K']], label: 'shortcuts.xref' },
  { keys: [['Ctrl', 'Shift', 'L']], label: 'shortcuts.clauseLibrary' },
  { keys: [['Alt', '↑']], label: 'shortcuts.moveUp' },
  { keys: [['Alt', '↓']], label: 'shortcuts.moveDown' },
  { keys: [['Pasal 5', 'Enter']], label: 'shortcuts.typedPasal' },
  { keys: [['Ctrl', 'Alt', 'M']], label: 'shortcuts.raisePoint' },
  { keys: [['Ctrl', 'Alt', 'A']], label: 'shortcuts.approve' },
  { keys: [['Ctrl', 'Alt', 'Shift', 'A']], label: 'shortcuts.approveAll' },
  { keys: [['Ctrl', 'Alt', ']']], label: 'shortcuts.nextUnagreed' },
  { keys: [['Ctrl', 'Alt', '[']], label: 'shortcuts.previousUnagreed' },
];

interface HelpSheetState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** Whether the shortcuts help sheet is showing. */
export const useHelpSheet = create<HelpSheetState>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
