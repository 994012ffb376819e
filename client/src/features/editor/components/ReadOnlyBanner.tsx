import type { DocumentStatus } from '../../../../../shared/api/cooperations.ts';
import { useT } from '../../../i18n/index.ts';

/** Says plainly why the document cannot be changed (the server refuses the edits anyway). */
export function ReadOnlyBanner({ status }: { status: DocumentStatus }) {
  const t = useT();
  return (
    <div className="read-only-banner" role="note" data-testid="read-only-banner">
      {status === 'draft'
        ? t('editor.readOnly')
        : t('editor.readOnlyFinal', { status: t(`status.${status}`).toLowerCase() })}
    </div>
  );
}
