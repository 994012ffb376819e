import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage } from '../../../i18n/index.ts';
import { PartyChip } from '../../cooperations/components/PartyChip.tsx';
import type { CooperationTabProps } from '../../cooperations/tabs.ts';
import { dayText } from '../../meetings/components/when.ts';
import { useMeetingsT } from '../../meetings/messages.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { type Liaison, listLiaisons, removeLiaison } from '../api.ts';
import { LiaisonForm } from './LiaisonForm.tsx';
import { PasteTable } from './PasteTable.tsx';
import { PhoneLinks } from './PhoneLinks.tsx';
import '../../meetings/meetings.css';
import '../liaisons.css';

/**
 * Penghubung: the liaison of each party and unit (OPD), the annex of the PKS and the people
 * follow-ups can be given to. Editors add them one by one or paste a table, edit and remove.
 */
export function LiaisonsTab({ cooperation }: CooperationTabProps) {
  const t = useMeetingsT();
  const language = useLanguage((s) => s.language);
  const [mode, setMode] = useState<'none' | 'add' | 'paste'>('none');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const {
    data,
    error: loadError,
    reload,
  } = useResource(`liaisons:${cooperation.id}`, () => listLiaisons(cooperation.id));
  useCooperationEvents(cooperation.id, (e) => concerns(e, 'liaisons') && reload());
  const isEditor = cooperation.permissions.canManageLiaisons;
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);

  const remove = async (l: Liaison) => {
    if (!window.confirm(t('liaisons.removeConfirm', { name: l.name }))) return;
    setError(null);
    try {
      await removeLiaison(l.id);
      showToast(t('liaisons.removed'));
      reload();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const done = () => {
    setMode('none');
    setEditing(null);
    reload();
  };

  return (
    <section className="stack">
      {isEditor && (
        <div className="section-actions">
          <button
            type="button"
            className="button"
            onClick={() => setMode(mode === 'paste' ? 'none' : 'paste')}
          >
            {t('liaisons.paste')}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => setMode(mode === 'add' ? 'none' : 'add')}
          >
            {t('liaisons.add')}
          </button>
        </div>
      )}
      {mode === 'add' && <LiaisonForm cooperation={cooperation} onDone={done} />}
      {mode === 'paste' && <PasteTable cooperation={cooperation} onImported={reload} />}
      <ErrorNote error={loadError ?? error} onRetry={loadError ? reload : undefined} />
      {data && data.length === 0 && <p className="empty-state">{t('liaisons.empty')}</p>}
      {parties.map((party) => {
        const rows = (data ?? []).filter((l) => l.partyId === party.id);
        if (!rows.length) return null;
        return (
          <div key={party.id} className="stack">
            <h2 className="section-label">
              <PartyChip party={party} /> {party.name}
            </h2>
            <table className="table liaison-table">
              <thead>
                <tr>
                  <th scope="col">{t('liaisons.unit')}</th>
                  <th scope="col">{t('liaisons.name')}</th>
                  <th scope="col">{t('liaisons.phone')}</th>
                  <th scope="col">{t('liaisons.email')}</th>
                  <th scope="col">{t('liaisons.since')}</th>
                  {isEditor && (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((l) =>
                  editing === l.id ? (
                    <tr key={l.id}>
                      <td colSpan={6}>
                        <LiaisonForm cooperation={cooperation} liaison={l} onDone={done} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={l.id}>
                      <td>{l.unit}</td>
                      <td>
                        <strong>{l.name}</strong>
                        <div className="muted small">{l.position}</div>
                      </td>
                      <td>{l.phone && <PhoneLinks phone={l.phone} name={l.name} />}</td>
                      <td className="liaison-email">
                        {l.email && (
                          <a href={`mailto:${l.email}`} data-testid="liaison-mailto">
                            {l.email}
                          </a>
                        )}
                      </td>
                      <td>{l.since ? dayText(l.since, language) : ''}</td>
                      {isEditor && (
                        <td className="row-actions">
                          <button type="button" className="button quiet" onClick={() => setEditing(l.id)}>
                            {t('common.edit')}
                          </button>
                          <button type="button" className="button quiet" onClick={() => remove(l)}>
                            {t('liaisons.remove')}
                          </button>
                        </td>
                      )}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
