import { useLanguage } from '../../../i18n/index.ts';
import { useSession } from '../../auth/store.ts';
import type { Cooperation } from '../../cooperations/api.ts';
import type { AgreementDocument, DocumentPermissions } from '../../documents/api.ts';
import { roleBannerFacts } from '../roleBanner.ts';
import { useRoleBannerT } from '../roleBannerMessages.ts';

/**
 * Above a document the reader cannot type into: why a final or signed one is locked for
 * everyone, what this member can do here (from the server's permission flags), and whom to ask
 * for more. Above a draft whose changes by this member become suggestions (a suggester, or a
 * party limited to suggestions): that they do. Nothing for a member who types into the
 * document as it is.
 */
export function ReadOnlyBanner({
  document,
  permissions,
  cooperation,
}: {
  document: AgreementDocument;
  permissions: DocumentPermissions;
  cooperation: Cooperation;
}) {
  const t = useRoleBannerT();
  const language = useLanguage((s) => s.language);
  const me = useSession((s) => s.user);
  const facts = roleBannerFacts({
    status: document.status,
    permissions,
    cooperationPermissions: cooperation.permissions,
    members: cooperation.members,
    myUserId: me?.id,
    myRole: cooperation.myRole,
  });
  if (!facts) return null;
  const list = (items: string[], type: 'conjunction' | 'disjunction') =>
    new Intl.ListFormat(language, { type }).format(items);
  const role = t(`who.${cooperation.myRole}`);
  const signatory = cooperation.members.some((m) => m.userId === me?.id && m.signatory);
  const who = signatory ? t('who.signatory', { who: role }) : role;
  const abilities = list(
    facts.abilities.map((a) => t(`can.${a}`)),
    'conjunction',
  );
  const owners = list(facts.askOwners, 'disjunction');
  if (facts.suggests) {
    return (
      <div className="read-only-banner" role="note" data-testid="suggest-only-banner">
        <span>{t(`suggests.${facts.suggests}`, { who })}</span>
        {facts.abilities.includes('approve') && <span> {t('suggests.approve')}</span>}
      </div>
    );
  }
  return (
    <div className="read-only-banner" role="note" data-testid="read-only-banner">
      {facts.locked && <span>{t(facts.locked)} </span>}
      <span>{t(facts.locked ? 'locked' : 'draft', { who, abilities })}</span>
      {facts.askOwners.length > 0 && <span> {t(facts.locked ? 'askReopen' : 'askEdit', { owners })}</span>}
    </div>
  );
}
