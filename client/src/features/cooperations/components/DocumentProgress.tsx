import type { CSSProperties } from 'react';
import type { DocumentProgressDTO } from '../../../../../shared/api/cooperations.ts';
import { useT } from '../../../i18n/index.ts';

/**
 * "12 dari 15 Pasal disepakati": Pasal whose current text every party approved, as words
 * with a thin bar beside them (the bar only repeats the words). Nothing for documents without Pasal.
 */
export function DocumentProgress({ progress }: { progress?: DocumentProgressDTO }) {
  const t = useT();
  if (!progress || progress.total === 0) return null;
  const share = Math.round((100 * progress.agreed) / progress.total);
  return (
    <span
      className={`doc-progress${progress.agreed === progress.total ? ' complete' : ''}`}
      data-testid="doc-progress"
    >
      <span className="doc-progress-bar" aria-hidden="true">
        <span style={{ '--share': `${share}%` } as CSSProperties} />
      </span>
      <span className="doc-progress-text">{t('docs.progress', progress)}</span>
    </span>
  );
}
