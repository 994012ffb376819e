import type { DocumentSummaryDTO } from '../../../../../shared/api/cooperations.ts';
import { useAmendmentT } from '../messages.ts';

/**
 * On a document's card: what it amends or renews ("Mengubah: <agreement>") and what amends or
 * renews it ("Diperpanjang dengan: <renewal>"), read from the cooperation's own list.
 */
export function AmendmentCardLine({
  document,
  documents,
}: {
  document: DocumentSummaryDTO;
  documents: readonly DocumentSummaryDTO[];
}) {
  const t = useAmendmentT();
  const old = document.amendsDocumentId ? documents.find((d) => d.id === document.amendsDocumentId) : null;
  const newer = documents.filter((d) => d.amendsDocumentId === document.id && d.amendmentKind);
  if (!old && newer.length === 0) return null;
  return (
    <span className="muted small amendment-card-line">
      {old && document.amendmentKind && `${t(`link.amends.${document.amendmentKind}`)} ${old.title}`}
      {newer.map((d) => (
        <span key={d.id} className="amendment-card-newer">
          {`${t(`link.amendedBy.${d.amendmentKind!}`)} ${d.title}`}
        </span>
      ))}
    </span>
  );
}
