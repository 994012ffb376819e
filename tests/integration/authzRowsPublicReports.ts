import { atLeast, members, type Row, type Statuses } from './authzExpect.ts';
import type { Caller, World } from './authzWorld.ts';

/**
 * Reports from the public forwarded to an OPD of the demo's city (party 2): the Ombudsman's
 * editors and owners (party 1) forward and correct them, the city's editor (otherParty, of the
 * city as a whole) records the answer. Each request gets a report of its own, forwarded by the
 * owner, so one caller's change leaves the next caller's report as it was.
 */
let n = 0;

/** A unit (OPD) of the city in the demo: its id. */
async function cityUnit(w: World): Promise<string> {
  const res = await w.asOwner<{ units: { id: string; partyId: string }[] }>(
    `/api/cooperations/${w.cooperation.id}/units?partyId=${w.party2}`,
  );
  const unit = res.body.units[0];
  if (!unit) throw new Error('the demo city has no unit');
  return unit.id;
}

/** A body forwarding a fresh reference to a city OPD. */
async function forwardBody(w: World, caller: Caller | 'setup') {
  return { reference: `MATRIKS-${caller}-${++n}`, unitId: await cityUnit(w), forwardedOn: '2026-03-16' };
}

async function newReport(w: World): Promise<string> {
  const res = await w.asOwner<{ report: { id: string } }>(
    `/api/cooperations/${w.cooperation.id}/public-reports`,
    await forwardBody(w, 'setup'),
  );
  if (res.status !== 201) throw new Error(`newReport: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.report.id;
}

/** The Ombudsman's editors and owners; the city's editor is refused like the weaker roles. */
const forwarders = (status: number): Statuses => ({ ...atLeast('editor', status), otherParty: 403 });
/** Only the city's editor (the OPD's party); every member of the Ombudsman 403. */
const responders = (status: number): Statuses => ({ ...atLeast('owner', 403), otherParty: status });

export const PUBLIC_REPORT_ROWS: Row[] = [
  {
    endpoint: 'GET /api/cooperations/{id}/public-reports',
    expect: members(200),
    call: (w) => ({ path: `/api/cooperations/${w.cooperation.id}/public-reports` }),
  },
  {
    endpoint: 'POST /api/cooperations/{id}/public-reports',
    expect: forwarders(201),
    call: async (w, caller) => ({
      path: `/api/cooperations/${w.cooperation.id}/public-reports`,
      body: await forwardBody(w, caller),
    }),
  },
  {
    endpoint: 'PATCH /api/public-reports/{id}',
    // Outsiders meet the report's 404, not the cooperation's.
    expect: forwarders(200),
    call: async (w, caller) => ({
      path: `/api/public-reports/${await newReport(w)}`,
      body: { reference: `MATRIKS-ubah-${caller}-${++n}` },
    }),
  },
  {
    endpoint: 'PUT /api/public-reports/{id}/response',
    expect: responders(200),
    call: async (w) => ({
      path: `/api/public-reports/${await newReport(w)}/response`,
      body: { respondedOn: '2026-03-20', response: 'Sudah ditanggapi.' },
    }),
  },
];
