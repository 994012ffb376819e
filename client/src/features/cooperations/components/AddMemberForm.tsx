import { type FormEvent, useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useT } from '../../../i18n/index.ts';
import { addMember, type Cooperation, ROLES, type Role } from '../api.ts';

/** The owner adds an existing user by username, with a party and a role. */
export function AddMemberForm({ cooperation, onAdded }: { cooperation: Cooperation; onAdded: () => void }) {
  const t = useT();
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  const [username, setUsername] = useState('');
  const [partyId, setPartyId] = useState(parties[0]?.id ?? '');
  const [role, setRole] = useState<Role>('editor');
  const [signatory, setSignatory] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const member = await addMember(cooperation.id, { username: username.trim(), partyId, role, signatory });
      showToast(t('members.added', { name: member.displayName }));
      setUsername('');
      setSignatory(false);
      onAdded();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <label className="field">
        <span>{t('members.username')}</span>
        <input
          className="input"
          value={username}
          required
          autoComplete="off"
          aria-invalid={error?.field === 'username' || error?.status === 404}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('members.party')}</span>
        <select className="input" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName} — {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('members.role')}</span>
        <select className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-check">
        <input type="checkbox" checked={signatory} onChange={(e) => setSignatory(e.target.checked)} />
        {t('members.signatory')}
      </label>
      <ErrorNote error={error} />
      <button type="submit" className="button primary" disabled={!username.trim()}>
        {t('members.add')}
      </button>
    </form>
  );
}
