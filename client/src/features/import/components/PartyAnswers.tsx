import { partyLabel } from '../../../../../shared/words.ts';
import type { Party } from '../../cooperations/api.ts';
import type { ImportPreview } from '../api.ts';
import { useImportT } from '../messages.ts';

/** A draft party's answer: a cooperation party id, 'none', or '' while unanswered. */
export type PartyAnswer = string;

/**
 * The draft's parties beside the cooperation's: what the draft says of each (its label,
 * institution, signatory and number) and which cooperation party it is, matched by name or
 * chosen here. Nothing is chosen for the user where the name matched none.
 */
export function PartyAnswers({
  preview,
  parties,
  answers,
  onAnswer,
}: {
  preview: ImportPreview;
  parties: Party[];
  answers: Record<number, PartyAnswer>;
  onAnswer: (ordinal: number, answer: PartyAnswer) => void;
}) {
  const ti = useImportT();
  const sorted = [...parties].sort((a, b) => a.ordinal - b.ordinal);
  const nameOf = (id: string | null) => sorted.find((p) => p.id === id)?.name;
  return (
    <table className="import-parties">
      <thead>
        <tr>
          <th scope="col">{ti('draftParty')}</th>
          <th scope="col">{ti('signatory')}</th>
          <th scope="col">{ti('number')}</th>
          <th scope="col">{ti('isParty')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.parties.map((d) => {
          const label = d.label ?? `#${d.ordinal}`;
          return (
            <tr key={d.ordinal}>
              <td>
                <strong>{label}</strong>
                <div>{d.institution ?? ti('none')}</div>
              </td>
              <td>
                <div>{d.signatory.name ?? ti('none')}</div>
                {d.signatory.position && <div className="muted small">{d.signatory.position}</div>}
                {d.signatory.nip && <div className="muted small">NIP {d.signatory.nip}</div>}
              </td>
              <td className="import-number">{d.number ?? ti('none')}</td>
              <td>
                <select
                  className="input"
                  aria-label={`${ti('isParty')}: ${label}`}
                  value={answers[d.ordinal] ?? ''}
                  onChange={(e) => onAnswer(d.ordinal, e.target.value)}
                >
                  <option value="" disabled>
                    {ti('choose')}
                  </option>
                  {sorted.map((p) => (
                    <option key={p.id} value={p.id}>
                      {partyLabel(p.ordinal, preview.wording)} — {p.shortName || p.name}
                    </option>
                  ))}
                  <option value="none">{ti('noParty')}</option>
                </select>
                {d.partyId ? (
                  <div className="muted small">{ti('matchedByName')}</div>
                ) : (
                  <div className="small import-ask">
                    {ti('needAnswer')}
                    {d.suggestedPartyId && ` (${ti('suggested')}: ${nameOf(d.suggestedPartyId)})`}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
