import { useT } from '../../../i18n/index.ts';
import { fieldInputId, type PartyDraft } from '../newCooperationForm.ts';
import { CheckedField } from './CheckedField.tsx';

interface PartyFieldsProps {
  parties: PartyDraft[];
  /** Ordinal (1-based) of the party the creator represents. */
  myParty: number;
  onChange: (parties: PartyDraft[]) => void;
  onMyParty: (ordinal: number) => void;
  onAdd: () => void;
  /** A field's error in words, by field name (`parties.1.name`), if it has one. */
  errorOf: (field: string) => string | undefined;
}

/** The parties of a new cooperation, in order: the first is PIHAK PERTAMA. */
export function PartyFields({ parties, myParty, onChange, onMyParty, onAdd, errorOf }: PartyFieldsProps) {
  const t = useT();
  const set = (index: number, patch: Partial<PartyDraft>) =>
    onChange(parties.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const field = (index: number, key: keyof PartyDraft) => {
    const name = `parties.${index}.${key}`;
    return {
      id: fieldInputId(name),
      error: errorOf(name),
      value: parties[index]?.[key] ?? '',
      onChange: (e: { target: { value: string } }) => set(index, { [key]: e.target.value }),
    };
  };
  return (
    <fieldset className="party-fields">
      <legend className="field-label">{t('coopForm.parties')}</legend>
      <p className="muted small">{t('coopForm.partiesHint')}</p>
      {parties.map((_, index) => {
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
              <CheckedField
                className="field grow"
                label={t('coopForm.partyName')}
                {...field(index, 'name')}
              />
              <CheckedField
                className="field short"
                label={t('coopForm.partyShort')}
                {...field(index, 'shortName')}
              />
            </div>
            <CheckedField label={t('coopForm.partySeat')} {...field(index, 'seat')} />
          </div>
        );
      })}
      <button type="button" className="button" onClick={onAdd}>
        {t('coopForm.addParty')}
      </button>
    </fieldset>
  );
}
