import { useEffect } from 'react';
import { Dialog } from '../../../app/Dialog.tsx';
import type { EditorScreen } from '../../editor/context.ts';
import { useClauseLibraryT } from '../messages.ts';
import { useClauseLibraryUi } from '../store.ts';
import { LibraryPicker } from './LibraryPicker.tsx';
import '../clauseLibrary.css';

/** Ctrl+Shift+L (⌘⇧L): the clause library, from anywhere on the editor screen. */
export const LIBRARY_KEYS = 'Ctrl+Shift+L';

/**
 * Pustaka pasal: the picker of standard clauses (templates/clauses) for this document's kind.
 * Opened from the toolbar, by Ctrl+Shift+L, or from a missing section of the completeness check.
 */
export function ClauseLibraryDialog({ screen }: { screen: EditorScreen }) {
  const t = useClauseLibraryT();
  const open = useClauseLibraryUi((s) => s.open && screen.editable);
  const close = useClauseLibraryUi((s) => s.close);

  useEffect(() => {
    if (!screen.editable) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyL') {
        event.preventDefault();
        useClauseLibraryUi.getState().show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screen.editable]);

  return (
    <Dialog title={t('title')} open={open} onClose={close}>
      <LibraryPicker screen={screen} onDone={close} />
    </Dialog>
  );
}
