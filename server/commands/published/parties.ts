import type { AppContext } from '../../context.ts';
import { setPartyLogo } from '../../db/repos/parties.ts';

/**
 * Decodes an uploaded logo whole on the Word thread (a PNG or JPEG within `sides`, or a
 * `logo.*` error), stores it as the party's and publishes `party.logo`.
 */
export async function setPartyLogoAndPublish(
  ctx: Pick<AppContext, 'db' | 'word' | 'events'>,
  party: { id: string; cooperationId: string },
  data: Buffer,
  sides: { logoMinSide: number; logoMaxSide: number },
): Promise<void> {
  const logo = await ctx.word.run('logo', data, sides);
  setPartyLogo(ctx.db, party.id, data, logo.mime);
  ctx.events?.publish(party.cooperationId, { type: 'party.logo', partyId: party.id });
}
