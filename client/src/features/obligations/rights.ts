import { useMemo } from 'react';
import { suggestOnlyPartiesOf } from '../../../../shared/api/agreementSettings.ts';
import type { DocumentStatus } from '../../../../shared/api/cooperations.ts';
import { type Actor, allowed } from '../../../../shared/policies.ts';
import { useSession } from '../auth/store.ts';
import type { Cooperation } from '../cooperations/api.ts';

export interface ObligationRights {
  /** "Usulkan dari teks": store what the text proposes. */
  propose: boolean;
  /** Add, confirm, edit, dismiss and remove. */
  manage: boolean;
}

/**
 * What the signed-in member may do with a document's obligations, asked of the rules the server
 * applies (`obligation.propose`, `obligation.manage`): buttons show only where it agrees.
 */
export function useObligationRights(cooperation: Cooperation): (status: DocumentStatus) => ObligationRights {
  const userId = useSession((s) => s.user?.id);
  return useMemo(() => {
    const me = cooperation.members.find((m) => m.userId === userId);
    if (!me) return () => ({ propose: false, manage: false });
    const actor: Actor = {
      userId: me.userId,
      role: me.role,
      signatory: me.signatory,
      partyId: me.partyId,
      unitId: me.unitId,
      suggestOnly: me.role === 'suggester' || suggestOnlyPartiesOf(cooperation.settings).includes(me.partyId),
    };
    return (status) => ({
      propose: allowed(actor, 'obligation.propose', { status }),
      manage: allowed(actor, 'obligation.manage', { status }),
    });
  }, [cooperation.members, cooperation.settings, userId]);
}
