import type { DocumentStatus } from '../../../../../shared/api/cooperations.ts';
import { useT } from '../../../i18n/index.ts';

/** draf / final / ditandatangani. */
export function StatusBadge({ status }: { status: DocumentStatus }) {
  const t = useT();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

/** MoU / PKS. */
export function KindBadge({ kind }: { kind: 'mou' | 'pks' | 'notes' }) {
  const t = useT();
  return <span className="badge kind">{t(`kind.${kind}`)}</span>;
}
