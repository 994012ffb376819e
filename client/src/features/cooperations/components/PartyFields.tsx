import { useT } from '../../../i18n/index.ts';

/** One party as typed in the form. */
export interface PartyDraft {
  name: string;
  shortName: string;
  seat: string;
}

interface PartyFieldsProps {
  parties: PartyDraft[];
  /** Ordinal (1-based) of the party the creator represents. */
  myParty: number;
  onChange: (parties: PartyDraft[]) => void;
  onMyParty: (ordinal: number) => void;
  onAdd: () => void;
}

/** The parties of a new cooperation, in order: the first is PIHAK PERTAMA. */
export function PartyFields({ parties, myParty, onChange, onMyParty, onAdd }: PartyFieldsProps) {
  const t = useT();
  const set = (index: number, patch: Partial<PartyDraft>) =>
    onChange(parties.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="party-fields">
      <legend className="field-label">{t('coopForm.parties')}</legend>
      <p className="muted small">{t('coopForm.partiesHint')}</p>
      {parties.map((party, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (PIHAK PERTAMA, KEDUA, ...).
          <div className="party-row" key={index}>
            <div className="party-row-head">
              <strong>{t('coopForm.partyN', { n })}</strong>
              <label className="inline-check">
                <input type="radio" name="my-party" checked={myParty === n} onChange={() => onMyParty(n)} />
                {t('coopForm.myParty')}
              </label>
              {parties.length > 2 && (
                <button
                  type="button"
                  className="button quiet danger"
                  onClick={() => onChange(parties.filter((_, i) => i !== index))}
                >
                  {t('coopForm.removeParty', { n })}
                </button>
              )}
            </div>
            <div className="party-row-fields">
              <label className="field grow">
                <span>{t('coopForm.partyName')}</span>
                <input
                  className="input"
                  value={party.name}
                  onChange={(e) => set(index, { name: e.target.value })}
                />
              </label>
              <label className="field short">
                <span>{t('coopForm.partyShort')}</span>
                <input
                  className="input"
                  value={party.shortName}
                  onChange={(e) => set(index, { shortName: e.target.value })}
                />
              </label>
            </div>
            <label className="field">
              <span>{t('coopForm.partySeat')}</span>
              <input
                className="input"
                value={party.seat}
                onChange={(e) => set(index, { seat: e.target.value })}
              />
            </label>
          </div>
        );
      })}
      <button type="button" className="button" onClick={onAdd}>
        {t('coopForm.addParty')}
      </button>
    </fieldset>
  );
}
