import { useEffect, useState } from 'react';
import { useT } from '../i18n/index.ts';
import './busy.css';
import { BUSY_DELAY_MS, useBusy } from './busy.ts';

/**
 * A thin bar along the top of the window while any request or download has been running for
 * more than {@link BUSY_DELAY_MS}: an export of a few seconds shows that work is under way,
 * and the many quick answers show nothing.
 */
export function BusyBar() {
  const t = useT();
  const running = useBusy((s) => s.running > 0);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!running) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), BUSY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!shown) return null;
  return (
    <div className="busy-bar" role="progressbar" aria-label={t('app.working')} aria-busy="true">
      <span className="busy-bar-run" />
    </div>
  );
}
