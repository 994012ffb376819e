import { suggestOnlyPartiesOf } from '../../shared/api/agreementSettings.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import type { Cooperation } from '../db/repos/cooperations.ts';
import { listParties } from '../db/repos/parties.ts';
import { validation } from '../errors/index.ts';
import { refreshCooperationAccess } from './refreshCooperationAccess.ts';

/**
 * The settings with `suggestOnlyParties` set to `partyIds` (each once, in the cooperation's
 * party order), or 400 naming `suggestOnlyParties` when one is not a party of the cooperation.
 */
export function withSuggestOnlyParties(
  db: DB,
  cooperation: Cooperation,
  settings: Record<string, unknown>,
  partyIds: readonly string[],
): Record<string, unknown> {
  const parties = listParties(db, cooperation.id);
  const known = new Set(parties.map((p) => p.id));
  if (partyIds.some((id) => !known.has(id))) {
    throw validation(
      'suggestOnlyParties',
      'Isian "suggestOnlyParties" memuat pihak yang bukan pihak dalam kerja sama ini.',
      'Field "suggestOnlyParties" lists a party that is not a party of this cooperation.',
    );
  }
  const wanted = new Set(partyIds);
  return { ...settings, suggestOnlyParties: parties.filter((p) => wanted.has(p.id)).map((p) => p.id) };
}

/** Whether the parties limited to suggestions differ between two versions of the settings. */
export function suggestOnlyChanged(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const a = new Set(suggestOnlyPartiesOf(before));
  const b = new Set(suggestOnlyPartiesOf(after));
  return a.size !== b.size || [...a].some((id) => !b.has(id));
}

/**
 * After the parties limited to suggestions changed: every open socket of the cooperation is
 * checked again (an editor of a newly limited party from then on sends suggestions only, the
 * room's judge refusing anything else), and then every open screen is told, so it reads its
 * permissions again and switches its editor to suggestion mode or out of it.
 */
export async function afterSuggestOnlyChange(
  ctx: Pick<AppContext, 'db' | 'collab' | 'events'>,
  cooperationId: string,
  settings: Record<string, unknown>,
  by: string,
): Promise<void> {
  await refreshCooperationAccess(ctx, cooperationId);
  ctx.events?.publish(cooperationId, {
    type: 'parties.suggestOnly',
    partyIds: suggestOnlyPartiesOf(settings),
    by,
  });
}
