import type {
  AdoptUnitsResponse,
  CreateUnitBody,
  UnitDTO,
  UnitImportResponse,
  UpdateUnitBody,
} from '../../../shared/api/units.ts';
import type { AppContext } from '../../context.ts';
import type { Unit } from '../../db/repos/units.ts';
import { presentLiaison } from '../../presenters/liaisons.ts';
import { presentUnits } from '../../presenters/units.ts';
import { addUnit, adoptUnits, changeUnit, importUnits, removeUnit } from '../units/units.ts';

type UnitsContext = Pick<AppContext, 'db' | 'events'>;
type Actor = { cooperationId: string; userId: string };

/** Presents units and publishes `unit.created` or `unit.updated` for each. */
function publishUnits(
  ctx: UnitsContext,
  type: 'unit.created' | 'unit.updated',
  units: Unit[],
  by: string,
): UnitDTO[] {
  const [first] = units;
  if (!first) return [];
  const dtos = presentUnits(ctx.db, first.cooperationId, units);
  for (const unit of dtos) ctx.events?.publish(unit.cooperationId, { type, unitId: unit.id, unit, by });
  return dtos;
}

/** Adds one unit (`addUnit`) and publishes `unit.created`. */
export function addUnitAndPublish(ctx: UnitsContext, actor: Actor, body: CreateUnitBody): UnitDTO {
  return publishUnits(ctx, 'unit.created', [addUnit(ctx.db, actor, body)], actor.userId)[0]!;
}

/** Adds the units of a pasted table (`importUnits`), publishing `unit.created` for each. */
export function importUnitsAndPublish(
  ctx: UnitsContext,
  actor: Actor,
  partyId: string,
  table: string,
): UnitImportResponse {
  const { units, errors } = importUnits(ctx.db, actor, partyId, table);
  return { units: publishUnits(ctx, 'unit.created', units, actor.userId), errors };
}

/** Changes a unit (`changeUnit`) and publishes `unit.updated`. */
export function changeUnitAndPublish(
  ctx: UnitsContext,
  actor: Actor,
  unitId: string,
  patch: UpdateUnitBody,
): UnitDTO {
  return publishUnits(ctx, 'unit.updated', [changeUnit(ctx.db, unitId, patch)], actor.userId)[0]!;
}

/** Removes a unit (`removeUnit`) and publishes `unit.deleted`. */
export function removeUnitAndPublish(ctx: UnitsContext, actor: Actor, unitId: string): void {
  removeUnit(ctx.db, unitId);
  ctx.events?.publish(actor.cooperationId, { type: 'unit.deleted', unitId, by: actor.userId });
}

/**
 * Adopts a party's liaisons register as its units (`adoptUnits`): publishes `unit.created` for
 * each unit made and `liaison.updated` for each liaison linked.
 */
export function adoptUnitsAndPublish(ctx: UnitsContext, actor: Actor, partyId: string): AdoptUnitsResponse {
  const { units, liaisons } = adoptUnits(ctx.db, actor, partyId);
  const dtos = publishUnits(ctx, 'unit.created', units, actor.userId);
  for (const l of liaisons) {
    const liaison = presentLiaison(l);
    ctx.events?.publish(actor.cooperationId, {
      type: 'liaison.updated',
      liaisonId: liaison.id,
      liaison,
      by: actor.userId,
    });
  }
  return { units: dtos, linkedLiaisons: liaisons.length };
}
