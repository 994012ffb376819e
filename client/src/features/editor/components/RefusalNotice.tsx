import { useEffect, useState } from 'react';
import type { Refusal } from '../../../document/useCollabSession.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { useEditorT } from '../messages.ts';
import { refusalMessage } from '../refusal.ts';
import { UnacceptedEdits } from './UnacceptedEdits.tsx';
import '../refusal.css';

interface RefusalNoticeProps {
  refusal: Refusal;
  cooperation: Cooperation | null;
  onDismiss: () => void;
}

/**
 * Says that the server refused this device's changes and why, and, once the server's copy has
 * arrived, lists what was thrown away so it can be copied out. It stays until dismissed.
 */
export function RefusalNotice({ refusal, cooperation, onDismiss }: RefusalNoticeProps) {
  const t = useEditorT();
  const { edits } = refusal;
  return (
    <section className="refusal-notice" data-testid="refusal-notice" data-reason={refusal.reason}>
      <div className="unaccepted-head">
        <p role="alert" className="refusal-message">
          {t(refusalMessage(refusal.reason), { reason: refusal.reason })}
        </p>
        <button type="button" className="button quiet" onClick={onDismiss}>
          {t('refused.dismiss')}
        </button>
      </div>
      {edits === null ? (
        <p role="status">{t('refused.comparing')}</p>
      ) : edits.length === 0 ? (
        <p>{t('refused.nothingLost')}</p>
      ) : (
        <UnacceptedEdits edits={edits} parties={cooperation?.parties ?? []} />
      )}
    </section>
  );
}

/** While the server asks us to wait (4429): says so, counting down to the next attempt. */
export function SlowDownNote({ until }: { until: number }) {
  const t = useEditorT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <p className="read-only-banner slow-down-note" role="status" data-testid="slow-down-note">
      {t('slowDown.wait', { seconds })}
    </p>
  );
}
