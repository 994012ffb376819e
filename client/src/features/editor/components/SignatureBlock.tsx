import { type DocumentMeta, partyMetaKey } from '../../../../../shared/meta.ts';
import { partyLabel } from '../../../../../shared/words.ts';
import { useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';

/** Two-column signature block from the signatories in the metadata. */
export function SignatureBlock({ meta, parties }: { meta: DocumentMeta; parties: Party[] }) {
  const t = useT();
  return (
    <section className="signature-block" aria-label={t('editor.signatures')} title={t('editor.signatures')}>
      {parties.map((p) => {
        const nip = meta[partyMetaKey.signatoryNip(p.id)]?.trim();
        return (
          <div key={p.id} className="signature">
            <p className="signature-role">{partyLabel(p.ordinal)}</p>
            <p>{meta[partyMetaKey.signatoryPosition(p.id)]?.trim() || p.name}</p>
            <div className="signature-space" />
            <p className="signature-name">
              {meta[partyMetaKey.signatoryName(p.id)]?.trim() || t('editor.unfilled')}
            </p>
            {nip && (
              <p>
                {t('editor.nip')} {nip}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
