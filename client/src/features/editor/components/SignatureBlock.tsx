import { agreementPartySettings } from '../../../../../shared/api/agreementSettings.ts';
import type { PrintedPartyDTO } from '../../../../../shared/api/documents.ts';
import { type DocumentMeta, partyMetaKey } from '../../../../../shared/meta.ts';
import { isElectedOfficial, signatoryName } from '../../../../../shared/signatory.ts';
import { kuasaPhrase } from '../../../../../shared/unitName.ts';
import { type PartyWording, partyLabel } from '../../../../../shared/words.ts';
import { useT } from '../../../i18n/index.ts';
import type { Party } from '../../cooperations/api.ts';

/** A party as the paper prints it: a variant's OPD in its place, signed by its head. */
export type PrintedParty = Party & { signatory?: PrintedPartyDTO['signatory'] };

/** The cooperation's parties with the names and signatories a document prints them with (`printedParties`). */
export function asPrinted(parties: Party[], printed: PrintedPartyDTO[] | undefined): PrintedParty[] {
  const byId = new Map((printed ?? []).map((p) => [p.id, p]));
  return parties.map((p) => {
    const q = byId.get(p.id);
    return q
      ? { ...p, name: q.name, shortName: q.shortName, ...(q.signatory ? { signatory: q.signatory } : {}) }
      : p;
  });
}

/**
 * Two-column signature block from the signatories in the metadata, as the Word export prints
 * it: the cooperation's party wording (PIHAK KESATU) and column order, the name upper-cased
 * with its degrees in their own case, and no NIP for an elected official.
 */
export function SignatureBlock({
  meta,
  parties,
  settings,
  wording: textWording,
}: {
  meta: DocumentMeta;
  parties: PrintedParty[];
  /** The cooperation's settings (party wording and signature order); defaults without. */
  settings?: Record<string, unknown>;
  /** The wording the document's text uses, over the setting's. */
  wording?: PartyWording;
}) {
  const t = useT();
  const chosen = agreementPartySettings(settings);
  const wording = textWording ?? chosen.wording;
  const { firstSignsLeft } = chosen;
  const ordered = [...parties].sort((a, b) => a.ordinal - b.ordinal);
  const columns = firstSignsLeft
    ? ordered
    : ordered.flatMap((p, i) =>
        i % 2 === 0 ? [ordered[i + 1], p].filter((x): x is PrintedParty => Boolean(x)) : [],
      );
  return (
    <section className="signature-block" aria-label={t('editor.signatures')} title={t('editor.signatures')}>
      {columns.map((p) => {
        // A variant's OPD head signs from the unit's record, not the Info fields.
        const position = (p.signatory?.position ?? meta[partyMetaKey.signatoryPosition(p.id)])?.trim() ?? '';
        const nip = (p.signatory?.nip ?? meta[partyMetaKey.signatoryNip(p.id)])?.trim();
        const name = signatoryName(p.signatory?.name ?? meta[partyMetaKey.signatoryName(p.id)] ?? '');
        const kuasa = kuasaPhrase(p.signatory?.kuasaRef ?? '');
        return (
          <div key={p.id} className="signature">
            <p className="signature-role">{partyLabel(p.ordinal, wording)}</p>
            <p>{position || p.name}</p>
            {kuasa && <p className="signature-kuasa">{kuasa}</p>}
            <div className="signature-space" />
            <p className="signature-name">{name || t('editor.unfilled')}</p>
            {nip && !isElectedOfficial(position) && (
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
