import { members, type Row, signedIn } from './authzExpect.ts';
import type { World } from './authzWorld.ts';

/** An OPD of the matrix's cooperation (the first listed), to ask its dashboard. */
async function someUnit(w: World): Promise<string> {
  const res = await w.asOwner<{ units: { id: string }[] }>(`/api/cooperations/${w.cooperation.id}/units`);
  const unit = res.body.units[0];
  if (unit) return unit.id;
  const made = await w.asOwner<{ unit: { id: string } }>(`/api/cooperations/${w.cooperation.id}/units`, {
    partyId: w.party1,
    name: 'Unit Dasbor',
  });
  return made.body.unit.id;
}

/**
 * The dashboards of carrying agreements out: read by every member of the cooperation, hidden
 * from others (404); what a person owes this week is their own, so anyone signed in reads it.
 */
export const IMPLEMENTATION_ROWS: Row[] = [
  {
    endpoint: 'GET /api/cooperations/{id}/implementation',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/implementation` }),
  },
  {
    endpoint: 'GET /api/units/{id}/implementation',
    expect: members(200),
    call: async (w) => ({ path: `/api/units/${await someUnit(w)}/implementation` }),
  },
  {
    endpoint: 'GET /api/me/due',
    expect: signedIn(200),
    call: () => ({ path: '/api/me/due' }),
  },
];
