import { useState } from 'react';
import type { EditorScreen } from '../../editor/context.ts';
import { useVariantsT } from '../messages.ts';
import { useVariantEditor } from '../store.ts';
import { CreateVariantsDialog } from './CreateVariantsDialog.tsx';

/**
 * "Buat PKS untuk OPD…" in the editor of a PKS that is not itself a variant, for those who may
 * create documents: opens the dialog that makes its variants (an ordinary PKS becomes their master).
 */
export function VariantMenuButton({ screen }: { screen: EditorScreen }) {
  const t = useVariantsT();
  const { document, cooperation } = screen;
  const [open, setOpen] = useState(false);
  const tier = useVariantEditor((s) => (s.documentId === document.id ? s.tier : null));
  if (document.kind !== 'pks' || !tier || tier.tier === 'variant') return null;
  if (!cooperation.permissions.canCreateDocuments) return null;
  // An ordinary PKS becomes a master only while it is a draft.
  if (tier.tier === 'single' && document.status !== 'draft') return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('create.open')}
      </button>
      <CreateVariantsDialog
        cooperation={cooperation}
        masterId={document.id}
        open={open}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
