import { type FormEvent, useState } from 'react';
import type { CreatedInvitationResponse } from '../../../../../shared/api/invitations.ts';
import { indonesianDigits } from '../../../../../shared/phone.ts';
import { ErrorNote } from '../../../app/ErrorNote.tsx';
import { Field } from '../../../app/Field.tsx';
import type { ApiError } from '../../../app/http.ts';
import { TextField } from '../../../app/TextField.tsx';
import { useT } from '../../../i18n/index.ts';
import { createInvitation } from '../../invitations/api.ts';
import { useInvitationsT } from '../../invitations/messages.ts';
import type { Cooperation, Role } from '../api.ts';
import { InviteLink } from './InviteLink.tsx';
import { partiesWithoutMembers } from './InvitePartnerPrompt.tsx';
import { RoleOptions, SuggesterHint } from './RoleOptions.tsx';

/**
 * Undang: the owner names whom they invite (and their e-mail if they like) with a party, a role
 * and the signatory flag, and a WhatsApp number to send it to if they like; the server answers
 * with a one-time link, shown once ({@link InviteLink}) to send through WhatsApp or e-mail.
 */
export function InviteForm({
  cooperation,
  initialPartyId,
  onInvited,
  onDone,
}: {
  cooperation: Cooperation;
  /** The party chosen at first (default: the first with no members, else the first). */
  initialPartyId?: string;
  onInvited: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const it = useInvitationsT();
  const parties = [...cooperation.parties].sort((a, b) => a.ordinal - b.ordinal);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [phoneInvalid, setPhoneInvalid] = useState(false);
  // A party nobody represents yet is whom a new cooperation's owner invites first.
  const [partyId, setPartyId] = useState(
    initialPartyId ?? partiesWithoutMembers(cooperation)[0]?.id ?? parties[0]?.id ?? '',
  );
  const [role, setRole] = useState<Role>('editor');
  const [signatory, setSignatory] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedInvitationResponse | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // The number only opens WhatsApp: checked here, never sent to the server.
    const badPhone = phone.trim() !== '' && indonesianDigits(phone) === null;
    setPhoneInvalid(badPhone);
    if (badPhone) {
      document.getElementById('invite-phone')?.focus();
      return;
    }
    setBusy(true);
    try {
      setCreated(
        await createInvitation(cooperation.id, {
          name: name.trim(),
          ...(email.trim() ? { email: email.trim() } : {}),
          partyId,
          role,
          signatory,
        }),
      );
      onInvited();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <InviteLink
        cooperation={cooperation}
        created={created}
        phone={phone}
        onAnother={() => {
          setCreated(null);
          setPhone('');
        }}
        onDone={onDone}
      />
    );
  }

  return (
    <form className="stack" onSubmit={submit}>
      <p className="muted small">{it('invite.intro')}</p>
      <TextField
        label={it('invite.name')}
        value={name}
        required
        autoComplete="off"
        aria-invalid={error?.field === 'name'}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={it('invite.email')}
        type="email"
        value={email}
        autoComplete="off"
        aria-invalid={error?.field === 'email'}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        id="invite-phone"
        label={it('invite.phone')}
        type="tel"
        inputMode="tel"
        value={phone}
        autoComplete="off"
        aria-invalid={phoneInvalid || undefined}
        aria-describedby="invite-phone-note"
        onChange={(e) => setPhone(e.target.value)}
      />
      <span id="invite-phone-note" className={phoneInvalid ? 'field-error' : 'muted small'}>
        {it(phoneInvalid ? 'invite.phoneInvalid' : 'invite.phoneHint')}
      </span>
      <Field label={t('members.party')}>
        <select className="input" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName} — {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('members.role')}>
        <select
          className="input"
          value={role}
          aria-describedby="invite-role-hint"
          onChange={(e) => setRole(e.target.value as Role)}
        >
          <RoleOptions />
        </select>
      </Field>
      <SuggesterHint id="invite-role-hint" />
      <label className="inline-check">
        <input type="checkbox" checked={signatory} onChange={(e) => setSignatory(e.target.checked)} />
        {t('members.signatory')}
      </label>
      <ErrorNote error={error} />
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {it('invite.submit')}
      </button>
    </form>
  );
}
