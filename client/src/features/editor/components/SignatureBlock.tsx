import { type DocumentMeta, partyMetaKey } from '../../../../../shared/meta.ts';
import { type MessageKey, useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';

/** "PIHAK PERTAMA", "PIHAK KEDUA", ... by ordinal. */
export function partyOrdinalKey(ordinal: number): MessageKey | null {
  return ordinal >= 1 && ordinal <= 4 ? (`editor.partyOrdinal.${ordinal}` as MessageKey) : null;
}

/** Two-column signature block from the signatories in the metadata. */
export function SignatureBlock({ meta, parties }: { meta: DocumentMeta; parties: Party[] }) {
  const t = useT();
  return (
    <section className="signature-block" aria-label={t('editor.signatures')} title={t('editor.signatures')}>
      {parties.map((p) => {
        const key = partyOrdinalKey(p.ordinal);
        const nip = meta[partyMetaKey.signatoryNip(p.id)]?.trim();
        return (
          <div key={p.id} className="signature">
            <p className="signature-role">{key ? t(key) : t('editor.partyOrdinal.n', { n: p.ordinal })}</p>
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
