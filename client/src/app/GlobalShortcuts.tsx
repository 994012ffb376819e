import { useEffect } from 'react';
import { useT } from '../i18n/index.ts';
import { useHelpSheet } from './shortcuts.ts';
import { showToast } from './toast.ts';

/**
 * App-wide keys: Ctrl+/ opens the help sheet; Ctrl+S only reassures, because everything is
 * already saved (and the browser's "save page" dialog would be harmful here).
 */
export function GlobalShortcuts() {
  const t = useT();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        const { open, setOpen } = useHelpSheet.getState();
        setOpen(!open);
      } else if (event.key.toLowerCase() === 's' && !event.shiftKey) {
        event.preventDefault();
        showToast(t('app.savedAutomatically'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t]);
  return null;
}
