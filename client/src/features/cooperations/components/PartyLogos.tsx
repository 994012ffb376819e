import { type CSSProperties, useState } from 'react';
import { agreementPartySettings } from '../../../../../shared/api/agreementSettings.ts';
import { type PartyWording, partyLabel } from '../../../../../shared/words.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useT } from '../../../i18n/index.ts';
import { type Cooperation, logoUrl, type Party, uploadLogo } from '../api.ts';

/**
 * Para pihak: each party with the logo printed in the title block of the Word export. The
 * owner (whoever may update the cooperation) uploads or replaces a logo (PNG or JPEG, at most
 * 1 MiB); every member sees it.
 */
export function PartyLogos({ cooperation }: { cooperation: Cooperation }) {
  const t = useT();
  const isOwner = cooperation.permissions.canUpdate;
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  const { wording } = agreementPartySettings(cooperation.settings);
  return (
    <section className="stack" aria-labelledby="parties-heading">
      <h2 id="parties-heading">{t('parties.title')}</h2>
      <ul className="card-grid party-logos">
        {parties.map((party) => (
          <PartyLogo
            key={party.id}
            cooperationId={cooperation.id}
            party={party}
            canUpload={isOwner}
            wording={wording}
          />
        ))}
      </ul>
      <p className="muted small">{t(isOwner ? 'parties.hintOwner' : 'parties.hint')}</p>
    </section>
  );
}

function PartyLogo({
  cooperationId,
  party,
  canUpload,
  wording,
}: {
  cooperationId: string;
  party: Party;
  canUpload: boolean;
  wording: PartyWording;
}) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inputId = `logo-${party.id}`;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await uploadLogo(cooperationId, party.id, file);
      setMissing(false);
      setVersion(Date.now());
      showToast(t('parties.uploaded', { name: party.shortName }));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card party-logo" style={{ '--party': party.color } as CSSProperties}>
      <div className="logo-frame">
        {missing ? (
          <span className="muted small">{t('parties.noLogo')}</span>
        ) : (
          <img
            src={logoUrl(cooperationId, party.id, version)}
            alt={t('parties.logoOf', { name: party.name })}
            onError={() => setMissing(true)}
          />
        )}
      </div>
      <div className="stack tight">
        <span className="muted small">{partyLabel(party.ordinal, wording)}</span>
        <strong>{party.name}</strong>
        {canUpload && (
          <label className="button quiet" htmlFor={inputId} aria-busy={busy}>
            {busy ? t('parties.uploading') : t(missing ? 'parties.upload' : 'parties.replace')}
            <input
              id={inputId}
              className="visually-hidden"
              type="file"
              accept="image/png,image/jpeg"
              disabled={busy}
              onChange={(e) => {
                void choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
        )}
        <ErrorNote error={error} />
      </div>
    </li>
  );
}
