import { shortText } from '../../suggestions/review.ts';
import { useDecisionsT } from '../decisionsMessages.ts';

/** The words a suggestion removes and inserts, one short line each ("Hapus: …", "Tambah: …"). */
export function SuggestedText({
  deleted,
  inserted,
  max,
}: {
  deleted: string;
  inserted: string;
  max: number;
}) {
  const t = useDecisionsT();
  return (
    <>
      {deleted && (
        <p className="small">
          <span className="muted">{t('deleted')}: </span>
          <del>{shortText(deleted, max)}</del>
        </p>
      )}
      {inserted && (
        <p className="small">
          <span className="muted">{t('inserted')}: </span>
          <ins>{shortText(inserted, max)}</ins>
        </p>
      )}
    </>
  );
}
