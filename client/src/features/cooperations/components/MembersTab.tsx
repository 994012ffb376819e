import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Dialog } from '../../../app/Dialog.tsx';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import type { ApiError } from '../../../app/http.ts';
import { showToast } from '../../../app/toast.ts';
import { useResource } from '../../../app/useResource.ts';
import { useLanguage, useT } from '../../../i18n/index.ts';
import { useSession } from '../../auth/store.ts';
import { listInvitations } from '../../invitations/api.ts';
import { useInvitationsT } from '../../invitations/messages.ts';
import { concerns, useCooperationEvents } from '../../meetings/useCooperationEvents.ts';
import { PartySettings } from '../../signing/components/PartySettings.tsx';
import { listUnits, setMemberUnit } from '../../units/api.ts';
import { type Member, type Role, removeMember, updateMember } from '../api.ts';
import { useMemberUnitT } from '../memberUnitMessages.ts';
import type { CooperationTabProps } from '../tabs.ts';
import { InviteForm } from './InviteForm.tsx';
import { MemberUnitCell } from './MemberUnitCell.tsx';
import { PartyChip } from './PartyChip.tsx';
import { PartyLogos } from './PartyLogos.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';
import { RoleOptions, SuggesterHint } from './RoleOptions.tsx';
import { SuggestOnlyParties } from './SuggestOnlyParties.tsx';
import { VariantApprovalSetting } from './VariantApprovalSetting.tsx';

/**
 * Anggota: members with party, role and unit (OPD, once their party has units). Whoever the
 * server lets manage members changes roles and removes members; a party's owners and editors
 * (and the cooperation's owners) put its members in its units; whoever it lets invite ("Undang") gets a one-time link to send, and sees
 * the invitations not accepted yet, to revoke.
 */
export function MembersTab({ cooperation, reload }: CooperationTabProps) {
  const t = useT();
  const it = useInvitationsT();
  const me = useSession((s) => s.user);
  const language = useLanguage((s) => s.language);
  const { canManageMembers: isOwner, canInvite } = cooperation.permissions;
  const [error, setError] = useState<ApiError | null>(null);
  const [inviting, setInviting] = useState(false);
  // `?undang=<party>` (the new cooperation's prompt) opens the invitation form for that party.
  const [params, setParams] = useSearchParams();
  const askedParty = cooperation.parties.find((p) => p.id === params.get('undang'))?.id;
  const inviteOpen = canInvite && (inviting || askedParty !== undefined);
  const closeInvite = () => {
    setInviting(false);
    if (params.has('undang'))
      setParams(
        (p) => {
          p.delete('undang');
          return p;
        },
        { replace: true },
      );
  };
  const invitations = useResource(`invitations:${cooperation.id}:${canInvite}`, () =>
    canInvite ? listInvitations(cooperation.id) : Promise.resolve([]),
  );
  const units = useResource(`units:${cooperation.id}`, () => listUnits(cooperation.id));
  const ut = useMemberUnitT();
  const unitsOf = (m: Member) => units.data?.units.filter((u) => u.partyId === m.partyId) ?? [];
  const withUnits = Boolean(units.data?.units.length);
  // An accepted invitation leaves the pending list as its person joins the members.
  useCooperationEvents(cooperation.id, (event) => {
    if (event.type === 'member.added' && canInvite) invitations.reload();
    if (concerns(event, 'units')) units.reload();
  });
  const owners = cooperation.members.filter((m) => m.role === 'owner').map((m) => m.displayName);
  const partyOf = (m: Member) => cooperation.parties.find((p) => p.id === m.partyId);
  // A role being saved shows at once (the list only has it after the reload) while the listed
  // role is still the one it was changed from; a refused change falls back to the listed role.
  const [savingRole, setSavingRole] = useState<Record<string, { role: Role; from: Role }>>({});
  const roleShown = (m: Member) => {
    const saving = savingRole[m.userId];
    return saving && saving.from === m.role ? saving.role : m.role;
  };

  /** Runs a change; false (with the error shown) when it was refused. */
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setError(null);
    try {
      await action();
      showToast(done);
      reload();
      return true;
    } catch (e) {
      setError(e as ApiError);
      return false;
    }
  };

  return (
    <section className="stack">
      {canInvite ? (
        <div className="section-actions">
          <p className="muted small">{it('members.howToJoin')}</p>
          <button type="button" className="button primary" onClick={() => setInviting(true)}>
            {it('invite.button')}
          </button>
        </div>
      ) : (
        owners.length > 0 && (
          <p className="muted small">
            {it('members.askOwner', {
              owners: new Intl.ListFormat(language, { type: 'disjunction' }).format(owners),
            })}
          </p>
        )
      )}
      <ErrorNote error={error} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.party')}</th>
            <th scope="col">{t('members.role')}</th>
            {withUnits && <th scope="col">{ut('column')}</th>}
            <th scope="col">{t('members.signatory')}</th>
            {isOwner && <th scope="col">{t('members.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {cooperation.members.map((m) => {
            const party = partyOf(m);
            const self = m.userId === me?.id;
            return (
              <tr key={m.userId}>
                <td>
                  <strong>{m.displayName}</strong> {self && <span className="muted">{t('members.you')}</span>}
                  <div className="muted small">{m.position}</div>
                  {/* The username sits under the name: a column of its own pushed the table past a laptop's width. */}
                  <div className="muted small">
                    <span className="visually-hidden">{t('members.username')}: </span>@{m.username}
                  </div>
                </td>
                <td>{party && <PartyChip party={party} />}</td>
                <td>
                  {isOwner && !self ? (
                    <select
                      className="input compact"
                      aria-label={t('members.roleOf', { name: m.displayName })}
                      value={roleShown(m)}
                      onChange={(e) => {
                        const role = e.target.value as Role;
                        setSavingRole((s) => ({ ...s, [m.userId]: { role, from: m.role } }));
                        run(
                          () => updateMember(cooperation.id, m.userId, { role }),
                          t('members.roleChanged', { name: m.displayName }),
                        ).then((ok) => {
                          if (!ok) setSavingRole(({ [m.userId]: _refused, ...rest }) => rest);
                        });
                      }}
                    >
                      <RoleOptions />
                    </select>
                  ) : (
                    t(`role.${m.role}`)
                  )}
                </td>
                {withUnits && (
                  <td>
                    {unitsOf(m).length > 0 ? (
                      <MemberUnitCell
                        member={m}
                        units={unitsOf(m)}
                        canManage={isOwner || Boolean(units.data?.canManagePartyIds.includes(m.partyId))}
                        onChange={(unitId) => {
                          const unit = unitsOf(m).find((u) => u.id === unitId);
                          return run(
                            () => setMemberUnit(cooperation.id, m.userId, unitId),
                            unit
                              ? ut('placed', { name: m.displayName, unit: unit.name })
                              : ut('removed', { name: m.displayName }),
                          );
                        }}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                )}
                <td>{m.signatory ? t('members.yes') : '—'}</td>
                {isOwner && (
                  <td>
                    {!self && (
                      <button
                        type="button"
                        className="button quiet danger"
                        aria-label={t('members.removeLabel', { name: m.displayName })}
                        onClick={() =>
                          run(
                            () => removeMember(cooperation.id, m.userId),
                            t('members.removed', { name: m.displayName }),
                          )
                        }
                      >
                        {t('members.remove')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {isOwner && <SuggesterHint />}
      <PendingInvitations
        cooperation={cooperation}
        invitations={invitations.data ?? []}
        onChanged={invitations.reload}
      />
      <PartyLogos cooperation={cooperation} />
      <PartySettings cooperation={cooperation} reload={reload} />
      <SuggestOnlyParties cooperation={cooperation} reload={reload} />
      <VariantApprovalSetting cooperation={cooperation} reload={reload} />
      <Dialog title={it('invite.title')} open={inviteOpen} onClose={closeInvite}>
        <InviteForm
          cooperation={cooperation}
          onInvited={invitations.reload}
          initialPartyId={askedParty}
          onDone={closeInvite}
        />
      </Dialog>
    </section>
  );
}
