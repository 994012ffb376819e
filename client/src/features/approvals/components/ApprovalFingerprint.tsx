import type { EditorScreen } from '../../editor/context.ts';
import { useApprovalsT } from '../messages.ts';

/**
 * The fingerprint of what a final document was approved as, and its version: the same words
 * the export prints at the foot of every page, so a signatory can check the paper against this screen.
 */
export function ApprovalFingerprint({ screen }: { screen: EditorScreen }) {
  const t = useApprovalsT();
  const fingerprint = screen.document.fingerprint;
  if (!fingerprint) return null;
  return (
    <div className="fingerprint" data-testid="approval-fingerprint">
      <p className="small">
        {t('fingerprint')}: <code title={fingerprint.full}>{fingerprint.short}</code> ·{' '}
        {t('version', { version: fingerprint.version })}
      </p>
      <p className="muted small">{t('fingerprintHint')}</p>
    </div>
  );
}
