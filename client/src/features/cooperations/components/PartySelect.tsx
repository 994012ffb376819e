import { Field } from '../../../app/Field.tsx';
import type { Party } from '../api.ts';

interface PartySelectProps {
  /** What the choice is for: the select's accessible name. */
  label: string;
  parties: Pick<Party, 'id' | 'shortName'>[];
  /** The chosen party's id; '' when `anyLabel` is chosen. */
  value: string;
  onChange: (partyId: string) => void;
  /** The first option, for "any party" ('' as its value); no such option without it. */
  anyLabel?: string;
}

/** A labelled select of the cooperation's parties by their short names. */
export function PartySelect({ label, parties, value, onChange, anyLabel }: PartySelectProps) {
  return (
    <Field label={label}>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {parties.map((p) => (
          <option key={p.id} value={p.id}>
            {p.shortName}
          </option>
        ))}
      </select>
    </Field>
  );
}
