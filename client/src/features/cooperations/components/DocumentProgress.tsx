import type { CSSProperties } from 'react';
import type { DocumentProgressDTO } from '../../../../../shared/api/cooperations.ts';
import { useProgressT } from '../progressMessages.ts';

/**
 * "12/15 Pasal · 4/6 bagian": the Pasal and the parts outside the Pasal whose current text
 * every party approved, which is what finalising needs, with a thin bar beside them (the bar
 * only repeats the words; the full sentence is read out and shown on hover). Nothing for
 * documents without Pasal, or whose progress the server could not read.
 */
export function DocumentProgress({ progress }: { progress?: DocumentProgressDTO }) {
  const t = useProgressT();
  if (!progress || progress.total === 0) return null;
  // An answer kept offline by an older version counts the Pasal only.
  const parts = progress.parts ?? { agreed: 0, total: 0 };
  const agreed = progress.agreed + parts.agreed;
  const total = progress.total + parts.total;
  const share = Math.round((100 * agreed) / total);
  const pasal = { agreed: progress.agreed, total: progress.total };
  const full = parts.total
    ? t('full', { ...pasal, partsAgreed: parts.agreed, partsTotal: parts.total })
    : t('fullPasal', pasal);
  return (
    <span
      className={`doc-progress${agreed === total ? ' complete' : ''}`}
      data-testid="doc-progress"
      title={full}
    >
      <span className="doc-progress-bar" aria-hidden="true">
        <span style={{ '--share': `${share}%` } as CSSProperties} />
      </span>
      <span className="doc-progress-text" aria-hidden="true">
        {t('pasal', pasal)}
        {parts.total > 0 && ` · ${t('parts', parts)}`}
      </span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
