import { Field } from '../../../app/Field.tsx';
import { useResource } from '../../../app/useResource.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { listLiaisons } from '../../liaisons/api.ts';
import { useMeetingsT } from '../../meetings/messages.ts';

/** A person in charge as the picker's value: `u:<userId>` for a member, `l:<liaisonId>` for a liaison. */
export type PersonInChargeValue = `u:${string}` | `l:${string}`;

/** The body field `personInCharge` for a picker value. */
export function personInCharge(value: string): { userId: string } | { liaisonId: string } {
  const id = value.slice(2);
  return value.startsWith('l:') ? { liaisonId: id } : { userId: id };
}

interface PersonInChargeSelectProps {
  cooperation: Cooperation;
  value: string;
  onChange: (value: PersonInChargeValue) => void;
}

/**
 * Who is in charge of a follow-up: the cooperation's members and the OPD liaisons, in two
 * groups. The liaisons load when the picker appears, wherever it is shown.
 */
export function PersonInChargeSelect({ cooperation, value, onChange }: PersonInChargeSelectProps) {
  const t = useMeetingsT();
  const liaisons = useResource(`liaisons:${cooperation.id}`, () => listLiaisons(cooperation.id));
  return (
    <Field label={t('actions.pic')}>
      <select
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value as PersonInChargeValue)}
      >
        <optgroup label={t('actions.picMembers')}>
          {cooperation.members.map((m) => (
            <option key={m.userId} value={`u:${m.userId}`}>
              {m.displayName}
            </option>
          ))}
        </optgroup>
        {liaisons.data && liaisons.data.length > 0 && (
          <optgroup label={t('actions.picLiaisons')}>
            {liaisons.data.map((l) => (
              <option key={l.id} value={`l:${l.id}`}>
                {l.unit ? `${l.name} (${l.unit})` : l.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </Field>
  );
}
