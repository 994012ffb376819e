import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../../app/ConfirmDialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { documentPath } from '../../cooperations/paths.ts';
import type { EditorScreen } from '../../editor/context.ts';
import { createAmendment } from '../api.ts';
import { useAmendmentT } from '../messages.ts';
import { AmendmentLinks } from './AmendmentLinks.tsx';
import '../amendments.css';

type Kind = 'addendum' | 'renewal';

/**
 * On the Info tab: the links to what this agreement amends or renews and to its addenda and
 * renewals, and, on a final or signed MoU or PKS for an editor or owner, "Susun adendum" and
 * "Susun perpanjangan", each asking first what it makes, then opening the new draft.
 */
export function AmendmentSection({ screen }: { screen: EditorScreen }) {
  const t = useAmendmentT();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Kind | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { document, cooperation } = screen;
  const canStart = screen.permissions.canAmend === true && document.kind !== 'notes';
  if (!document.amendments && !canStart) return null;

  const start = async () => {
    if (!asking) return;
    setBusy(true);
    setError(null);
    try {
      const { document: created } = await createAmendment(document.id, asking);
      setAsking(null);
      navigate(documentPath(cooperation.id, created.id));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack amendment-section" aria-labelledby="amendment-heading">
      <h3 id="amendment-heading" className="field-label">
        {t('section.title')}
      </h3>
      {document.amendments && (
        <AmendmentLinks cooperationId={cooperation.id} amendments={document.amendments} />
      )}
      {canStart && (
        <div className="amendment-buttons">
          <button type="button" className="button" onClick={() => setAsking('addendum')}>
            {t('start.addendum')}
          </button>
          <button type="button" className="button" onClick={() => setAsking('renewal')}>
            {t('start.renewal')}
          </button>
        </div>
      )}
      <ConfirmDialog
        title={asking ? t(`confirm.${asking}.title`) : ''}
        open={asking !== null}
        confirmLabel={t('confirm.go')}
        busy={busy}
        onConfirm={start}
        onCancel={() => {
          setAsking(null);
          setError(null);
        }}
      >
        {asking && <p>{t(`confirm.${asking}.body`, { title: document.title })}</p>}
        <ErrorNote error={error} />
      </ConfirmDialog>
    </section>
  );
}
