import { useEffect, useRef } from 'react';
import type { CreatedInvitationResponse } from '../../../../../shared/api/invitations.ts';
import { TextField } from '../../../app/TextField.tsx';
import { showToast } from '../../../app/toast.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { translate, useLanguage } from '../../../i18n/index.ts';
import { useSession } from '../../auth/store.ts';
import { inviteMessage, mailInviteHref, whatsAppInviteHref } from '../../invitations/inviteMessage.ts';
import { useInvitationsT } from '../../invitations/messages.ts';
import type { Cooperation } from '../api.ts';

/**
 * The link just created, shown once: sent through WhatsApp (to the number given, or a contact
 * the owner picks) or e-mail (to the address given) with a ready message, or copied.
 */
export function InviteLink({
  cooperation,
  created,
  phone,
  onAnother,
  onDone,
}: {
  cooperation: Cooperation;
  created: CreatedInvitationResponse;
  /** The invitee's WhatsApp number as the owner typed it (never sent to the server). */
  phone: string;
  onAnother: () => void;
  onDone: () => void;
}) {
  const it = useInvitationsT();
  const language = useLanguage((s) => s.language);
  const me = useSession((s) => s.user);
  const linkField = useRef<HTMLDivElement>(null);
  const { invitation, url } = created;
  const party = cooperation.parties.find((p) => p.id === invitation.partyId);
  const message = inviteMessage({
    name: invitation.name,
    inviter: me?.displayName ?? invitation.invitedBy,
    cooperationTitle: cooperation.title,
    role: translate('id', `role.${invitation.role}`),
    party: party?.name ?? '',
    until: formatDateTime(invitation.expiresAt, 'id'),
    url,
  });

  // Focus lands on the link, ready to copy by keyboard, as the form it replaces disappears.
  useEffect(() => {
    linkField.current?.querySelector('input')?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      showToast(it('invite.copied'));
    } catch {
      showToast(it('invite.copyFailed'), 'warn');
    }
  };

  return (
    <div className="stack">
      <p>
        {it('invite.created', {
          name: invitation.name,
          until: formatDateTime(invitation.expiresAt, language),
        })}
      </p>
      <div ref={linkField}>
        <TextField label={it('invite.link')} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="form-actions invite-send">
        <a
          className="button primary"
          href={whatsAppInviteHref(message.body, phone)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {phone.trim() ? it('invite.sendWhatsAppTo', { phone: phone.trim() }) : it('invite.sendWhatsApp')}
        </a>
        <a className="button" href={mailInviteHref(message, invitation.email)}>
          {invitation.email ? it('invite.sendEmailTo', { email: invitation.email }) : it('invite.sendEmail')}
        </a>
        <button type="button" className="button" onClick={copy}>
          {it('invite.copy')}
        </button>
      </div>
      <p className="muted small">{it('invite.sendHint')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onAnother}>
          {it('invite.another')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {it('invite.done')}
        </button>
      </div>
    </div>
  );
}
