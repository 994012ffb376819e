import { Link } from 'react-router-dom';
import { useLanguage } from '../../../i18n/index.ts';
import { useInvitationsT } from '../../invitations/messages.ts';
import type { Cooperation } from '../api.ts';
import { cooperationPath } from '../paths.ts';

/** The parties nobody represents yet, in order. */
export const partiesWithoutMembers = (cooperation: Cooperation) =>
  [...cooperation.parties]
    .sort((a, b) => a.ordinal - b.ordinal)
    .filter((p) => !cooperation.members.some((m) => m.partyId === p.id));

/**
 * The next step of a new cooperation, for whoever may invite: a party with no members yet
 * cannot draft or approve, so its people are invited from here (the Anggota tab opens its
 * invitation form with that party chosen). Gone once each party has a member.
 */
export function InvitePartnerPrompt({ cooperation }: { cooperation: Cooperation }) {
  const it = useInvitationsT();
  const language = useLanguage((s) => s.language);
  const missing = partiesWithoutMembers(cooperation);
  if (!cooperation.permissions.canInvite || missing.length === 0) return null;
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(missing.map((p) => p.name));
  return (
    <div className="card invite-prompt" data-testid="invite-partner-prompt">
      <p>{it('prompt.text', { parties: names })}</p>
      <div className="form-actions">
        {missing.map((p) => (
          <Link
            key={p.id}
            className="button primary"
            to={`${cooperationPath(cooperation.id)}/anggota?undang=${encodeURIComponent(p.id)}`}
          >
            {it('prompt.invite', { party: p.shortName })}
          </Link>
        ))}
      </div>
    </div>
  );
}
