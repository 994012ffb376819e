import { Link } from 'react-router-dom';
import type { DocumentAmendmentsDTO } from '../../../../../shared/api/amendments.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { useAmendmentT } from '../messages.ts';

/**
 * "Mengubah: <agreement> Nomor …" on an addendum or renewal, and "Diubah dengan: <addendum>" /
 * "Diperpanjang dengan: <renewal>" on the agreement: each a link to the other document.
 */
export function AmendmentLinks({
  cooperationId,
  amendments,
}: {
  cooperationId: string;
  amendments: DocumentAmendmentsDTO;
}) {
  const t = useAmendmentT();
  const { amends, amendedBy } = amendments;
  return (
    <ul className="amendment-links">
      {amends && (
        <li>
          <span className="muted">{t(`link.amends.${amends.kind}`)}</span>{' '}
          <Link to={documentPath(cooperationId, amends.id)}>{amends.title}</Link>
          {amends.numbers.length > 0 && (
            <span className="muted"> {t('link.numbers', { numbers: amends.numbers.join(', ') })}</span>
          )}
        </li>
      )}
      {amendedBy.map((d) => (
        <li key={d.id}>
          <span className="muted">{t(`link.amendedBy.${d.kind}`)}</span>{' '}
          <Link to={documentPath(cooperationId, d.id)}>{d.title}</Link>
        </li>
      ))}
    </ul>
  );
}
