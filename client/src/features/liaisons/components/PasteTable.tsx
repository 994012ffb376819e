import { type FormEvent, useState } from 'react';
import type { LiaisonRowError } from '../../../../../shared/api/liaisons.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useLanguage } from '../../../i18n/index.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import { PartySelect } from '../../cooperations/components/PartySelect.tsx';
import { useMeetingsT } from '../../meetings/messages.ts';
import { importLiaisons } from '../api.ts';

/** Liaisons pasted from a spreadsheet; the rows the server could not take are listed with why. */
export function PasteTable({
  cooperation,
  onImported,
}: {
  cooperation: Cooperation;
  onImported: () => void;
}) {
  const t = useMeetingsT();
  const language = useLanguage((s) => s.language);
  const [table, setTable] = useState('');
  const [partyId, setPartyId] = useState(cooperation.myPartyId);
  const [rowErrors, setRowErrors] = useState<LiaisonRowError[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await importLiaisons(cooperation.id, table, partyId);
      setRowErrors(result.errors);
      showToast(t('liaisons.imported', { count: result.liaisons.length }));
      if (!result.errors.length) setTable('');
      onImported();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <form className="stack card liaison-form" onSubmit={submit}>
      <p className="muted small">{t('liaisons.pasteHint')}</p>
      <PartySelect
        label={t('liaisons.party')}
        parties={cooperation.parties}
        value={partyId}
        onChange={setPartyId}
      />
      <textarea
        className="input mono"
        rows={6}
        aria-label={t('liaisons.paste')}
        value={table}
        onChange={(e) => setTable(e.target.value)}
      />
      <ErrorNote error={error} />
      {rowErrors.length > 0 && (
        <div className="row-errors" role="alert">
          <p>{t('liaisons.rowErrors')}</p>
          <ul>
            {rowErrors.map((e) => (
              <li key={`${e.row}-${e.id}`}>{language === 'en' ? e.messageEn : e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!table.trim()}>
          {t('liaisons.import')}
        </button>
      </div>
    </form>
  );
}
