import { suggestOnlyPartiesOf } from '../../../../../shared/api/agreementSettings.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { Cooperation } from '../api.ts';
import { useSuggestOnlyT } from '../suggestOnlyMessages.ts';
import { useSettingSave } from '../useSettingSave.ts';
import { PartyChip } from './PartyChip.tsx';
import '../suggestOnly.css';

/**
 * Per party a switch "Hanya dapat mengusulkan": every member of a party switched on, whatever
 * their role, changes the text only by suggestions (`suggestOnlyParties` in the cooperation's
 * settings). The owner switches; every member sees which parties are limited.
 */
export function SuggestOnlyParties({
  cooperation,
  reload,
}: {
  cooperation: Cooperation;
  reload: () => void;
}) {
  const t = useSuggestOnlyT();
  const canChange = cooperation.permissions.canUpdate;
  const {
    value: limited,
    busy,
    error,
    save,
  } = useSettingSave(cooperation.id, suggestOnlyPartiesOf(cooperation.settings), sameParties, reload);

  const toggle = (partyId: string, on: boolean, name: string) => {
    const next = on ? [...limited, partyId] : limited.filter((id) => id !== partyId);
    return save(next, { suggestOnlyParties: next }, t(on ? 'limit.on' : 'limit.off', { party: name }));
  };

  return (
    <section className="stack suggest-only" aria-labelledby="suggest-only-heading">
      <h3 id="suggest-only-heading">{t('limit.title')}</h3>
      <ul className="suggest-only-list">
        {cooperation.parties.map((p) => {
          const on = limited.includes(p.id);
          return (
            <li key={p.id}>
              <PartyChip party={p} />
              <label className="inline-check">
                <input
                  type="checkbox"
                  role="switch"
                  checked={on}
                  aria-checked={on}
                  aria-label={t('limit.switchOf', { party: p.shortName || p.name })}
                  disabled={!canChange || busy}
                  onChange={(e) => void toggle(p.id, e.target.checked, p.shortName || p.name)}
                />
                {t('limit.switch')}
              </label>
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t(canChange ? 'limit.hint' : 'limit.readOnly')}</p>
      <ErrorNote error={error} />
    </section>
  );
}

/** Whether two lists name the same parties, in any order. */
const sameParties = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
