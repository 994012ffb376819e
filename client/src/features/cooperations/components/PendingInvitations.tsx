import { useState } from 'react';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import { type Invitation, revokeInvitation } from '../../invitations/api.ts';
import { useInvitationsT } from '../../invitations/messages.ts';
import type { Cooperation } from '../api.ts';
import { PartyChip } from './PartyChip.tsx';

/** The invitations not accepted yet, each with its party, role and validity; the owner revokes them. */
export function PendingInvitations({
  cooperation,
  invitations,
  onChanged,
}: {
  cooperation: Cooperation;
  invitations: Invitation[];
  onChanged: () => void;
}) {
  const t = useT();
  const it = useInvitationsT();
  const dateTime = useDateTime();
  const [error, setError] = useState<ApiError | null>(null);
  if (invitations.length === 0) return null;

  const revoke = async (i: Invitation) => {
    setError(null);
    try {
      await revokeInvitation(cooperation.id, i.id);
      showToast(it('pending.revoked', { name: i.name }));
      onChanged();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <section className="stack" aria-labelledby="pending-invitations-heading">
      <h2 id="pending-invitations-heading">{it('pending.title')}</h2>
      <ErrorNote error={error} />
      <ul className="document-list">
        {invitations.map((i) => {
          const party = cooperation.parties.find((p) => p.id === i.partyId);
          return (
            <li key={i.id} className="card document-row">
              <div className="document-row-main">
                <strong>{i.name}</strong> {i.email && <span className="muted">{i.email}</span>}
                <div className="muted small">
                  {t(`role.${i.role}`)}
                  {i.signatory && ` · ${t('members.signatory')}`} ·{' '}
                  {it('pending.invitedBy', { name: i.invitedBy })} ·{' '}
                  {i.status === 'expired'
                    ? it('pending.expired')
                    : it('pending.until', { until: dateTime(i.expiresAt) })}
                </div>
              </div>
              {party && <PartyChip party={party} />}
              <button
                type="button"
                className="button quiet danger"
                aria-label={it('pending.revokeLabel', { name: i.name })}
                onClick={() => revoke(i)}
              >
                {it('pending.revoke')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
