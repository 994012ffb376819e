import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/index.ts';

/** How long the server may take to answer before the note says we are working from the local copy. */
const GRACE_MS = 1500;

/**
 * Says that the document was opened from the copy kept on this device because the server
 * cannot be reached, and that changes go out when it can. Shown only after a grace period,
 * so a normal load (local copy first, server a moment later) never flashes it.
 */
export function LocalCopyNote({ show }: { show: boolean }) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!show) return setVisible(false);
    const timer = setTimeout(() => setVisible(true), GRACE_MS);
    return () => clearTimeout(timer);
  }, [show]);
  if (!visible) return null;
  return (
    <p className="read-only-banner local-copy-note" role="status" data-testid="local-copy-note">
      {t('editor.localCopy')}
    </p>
  );
}
