import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { DocumentSummaryDTO } from '../../../../../shared/api/cooperations.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { documentPath } from '../../cooperations/paths.ts';
import { useVariantsT } from '../messages.ts';
import { boardPath } from '../paths.ts';
import { CreateVariantsDialog } from './CreateVariantsDialog.tsx';
import '../variants.css';

/**
 * In the Dokumen tab, on the row of a PKS that is not a variant: "Buat PKS untuk OPD…" for
 * those who may create documents and, for a master, its board and its variants (folded).
 */
export function VariantRowTools({
  cooperation,
  document,
  onCreated,
}: {
  cooperation: Cooperation;
  document: DocumentSummaryDTO;
  onCreated: () => void;
}) {
  const t = useVariantsT();
  const [open, setOpen] = useState(false);
  if (document.kind !== 'pks' || document.tier === 'variant') return null;
  const variants = cooperation.documents.filter((d) => d.tier === 'variant' && d.masterId === document.id);
  // An ordinary PKS becomes a master only while it is a draft.
  const canCreate =
    cooperation.permissions.canCreateDocuments && (document.tier === 'master' || document.status === 'draft');
  if (!canCreate && variants.length === 0) return null;
  return (
    <div className="variant-row-tools">
      {canCreate && (
        <button type="button" className="button small" onClick={() => setOpen(true)}>
          {t('create.open')}
        </button>
      )}
      {variants.length > 0 && (
        <>
          <Link className="button small" to={boardPath(cooperation.id, document.id)}>
            {t('board.open', { count: variants.length })}
          </Link>
          <details>
            <summary>{t('row.variants', { count: variants.length })}</summary>
            <ul>
              {variants.map((v) => (
                <li key={v.id}>
                  <Link to={documentPath(cooperation.id, v.id)}>{v.title}</Link>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {canCreate && (
        <CreateVariantsDialog
          cooperation={cooperation}
          masterId={document.id}
          open={open}
          onClose={() => setOpen(false)}
          onCreated={onCreated}
        />
      )}
    </div>
  );
}
