import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import './busy.css';

/**
 * A button's text, or a spinner and "Memproses…" while its action runs (the button is then
 * disabled by its owner): exports, finalising, approving everything, importing.
 */
export function BusyLabel({ busy, children }: { busy: boolean; children: ReactNode }) {
  const t = useT();
  if (!busy) return <>{children}</>;
  return (
    <span className="busy-label">
      <span className="spinner" aria-hidden="true" />
      {t('app.working')}
    </span>
  );
}
