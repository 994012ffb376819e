// A master PKS and its variants per OPD built through the public API: units of the city's party,
// members placed in a unit, a PKS made the master, one variant per unit.
import type { CooperationDTO } from '../../shared/api/cooperations.ts';
import type { UnitDTO } from '../../shared/api/units.ts';
import type { CreateVariantsResponse } from '../../shared/api/variants.ts';
import { buildDocument } from './factories.ts';
import type { TestServer } from './server.ts';

/** What a unit is made with besides its party: a name, and any of its head's details. */
export interface UnitInput {
  name: string;
  shortName?: string;
  headName?: string;
  headPosition?: string;
  headNip?: string;
  kuasaRef?: string;
  address?: string;
}

/** Units of party `partyOrdinal` (default 2, the city), created by `cookie` (an owner or editor of that party). */
export async function buildUnits(
  server: TestServer,
  cookie: string,
  cooperation: CooperationDTO,
  units: UnitInput[],
  partyOrdinal = 2,
): Promise<UnitDTO[]> {
  const partyId = cooperation.parties.find((p) => p.ordinal === partyOrdinal)!.id;
  const made: UnitDTO[] = [];
  for (const unit of units) {
    const res = await server.api(`/api/cooperations/${cooperation.id}/units`, {
      cookie,
      body: { partyId, ...unit },
    });
    if (res.status !== 201) throw new Error(`buildUnits: ${res.status} ${JSON.stringify(res.body)}`);
    made.push(res.body.unit);
  }
  return made;
}

/** Puts member `userId` in unit `unitId` (null: in none), as an owner does on the members page. */
export async function placeInUnit(
  server: TestServer,
  ownerCookie: string,
  cooperationId: string,
  userId: string,
  unitId: string | null,
): Promise<void> {
  const res = await server.api(`/api/cooperations/${cooperationId}/members/${userId}`, {
    cookie: ownerCookie,
    method: 'PATCH',
    body: { unitId },
  });
  if (res.status !== 200) throw new Error(`placeInUnit: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A new PKS made a master, and one variant of it per unit; returns the master and the variants. */
export async function buildVariants(
  server: TestServer,
  cookie: string,
  cooperationId: string,
  unitIds: string[],
): Promise<{ masterId: string; variants: CreateVariantsResponse['variants'] }> {
  const master = await buildDocument(server, cookie, cooperationId, { kind: 'pks', title: 'PKS Induk' });
  const made = await server.api(`/api/documents/${master.id}/master`, { cookie, method: 'POST' });
  if (made.status !== 200) throw new Error(`master: ${made.status} ${JSON.stringify(made.body)}`);
  const res = await server.api<CreateVariantsResponse>(`/api/documents/${master.id}/variants`, {
    cookie,
    body: { unitIds },
  });
  if (res.status !== 201) throw new Error(`buildVariants: ${res.status} ${JSON.stringify(res.body)}`);
  return { masterId: master.id, variants: res.body.variants };
}
