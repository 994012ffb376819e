import { useMemo } from 'react';
import { type Actor, allowed } from '../../../../shared/policies.ts';
import type { SuggestionSummary } from '../../../../shared/suggestions/index.ts';
import { useSession } from '../auth/store.ts';
import type { EditorScreen } from '../editor/context.ts';
import { rightOver, type SuggestionRight } from './review.ts';

/**
 * What the signed-in member may do with each suggestion, asked of the same rule the server
 * applies to a decision (`suggestion.decide`): buttons are shown only where the server agrees.
 */
export function useSuggestionRights(
  screen: Pick<EditorScreen, 'cooperation' | 'document' | 'permissions'>,
): (s: Pick<SuggestionSummary, 'party' | 'user'>) => SuggestionRight {
  const { cooperation, document, permissions } = screen;
  const userId = useSession((s) => s.user?.id);
  return useMemo(() => {
    const me = cooperation.members.find((m) => m.userId === userId);
    if (!me) return () => 'none';
    const actor: Actor = {
      userId: me.userId,
      role: me.role,
      signatory: me.signatory,
      partyId: me.partyId,
      suggestOnly: permissions.mustSuggest,
    };
    return (s) =>
      rightOver(s, (x, decision) =>
        allowed(actor, 'suggestion.decide', {
          party: x.party,
          user: x.user,
          decision,
          documentStatus: document.status,
        }),
      );
  }, [cooperation.members, userId, document.status, permissions.mustSuggest]);
}
