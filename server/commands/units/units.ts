import type { CreateUnitBody, UnitRowError, UpdateUnitBody } from '../../../shared/api/units.ts';
import type { DB } from '../../db/connection.ts';
import { type Liaison, listLiaisons } from '../../db/repos/liaisons.ts';
import {
  deleteUnit,
  getUnit,
  insertUnit,
  listUnits,
  renameUnitLiaisons,
  saveUnit,
  setLiaisonUnit,
  type Unit,
} from '../../db/repos/units.ts';
import { required, unitDuplicate, unitNotFound, unitNotOfParty } from '../../errors/index.ts';
import { partyOf } from '../meetings/checks.ts';
import { type ParsedUnit, parseUnitTable, type UnitFields } from './unitTable.ts';

type Actor = { cooperationId: string; userId: string; at?: number };

/** Names compare without case or repeated spaces: "Dinas  sosial" is "Dinas Sosial". */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

const EMPTY: UnitFields = {
  name: '',
  shortName: '',
  headName: '',
  headPosition: '',
  headNip: '',
  kuasaRef: '',
  address: '',
};

function insert(db: DB, actor: Actor, partyId: string, fields: UnitFields): Unit {
  const now = actor.at ?? Date.now();
  return insertUnit(db, {
    ...fields,
    cooperationId: actor.cooperationId,
    partyId,
    createdAt: now,
    updatedAt: now,
  });
}

/** Adds one unit to a party of the actor's cooperation; its name is new in the cooperation. */
export function addUnit(db: DB, actor: Actor, input: CreateUnitBody): Unit {
  if (!input.name) throw required('name');
  partyOf(db, actor.cooperationId, input.partyId);
  const name = input.name;
  if (listUnits(db, actor.cooperationId).some((u) => nameKey(u.name) === nameKey(name))) {
    throw unitDuplicate(name);
  }
  const fields = Object.fromEntries(
    Object.keys(EMPTY).map((k) => [k, input[k as keyof UnitFields] ?? '']),
  ) as UnitFields;
  return insert(db, actor, input.partyId, fields);
}

/**
 * Adds the units of a table pasted from a spreadsheet to party `partyId`, in one transaction.
 * Rows that cannot be read, or whose name is already a unit of the cooperation, are reported
 * and skipped, so pasting the same table twice adds nothing the second time.
 */
export function importUnits(
  db: DB,
  actor: Actor,
  partyId: string,
  table: string,
): { units: Unit[]; errors: UnitRowError[] } {
  partyOf(db, actor.cooperationId, partyId);
  const { rows, errors } = parseUnitTable(table);
  const known = new Set(listUnits(db, actor.cooperationId).map((u) => nameKey(u.name)));
  const fresh = rows.filter((r) => {
    if (!known.has(nameKey(r.name))) {
      known.add(nameKey(r.name));
      return true;
    }
    errors.push({
      row: r.row,
      id: 'unit.row_duplicate',
      field: 'name',
      message: `Baris ${r.row}: unit kerja "${r.name}" sudah terdaftar.`,
      messageEn: `Row ${r.row}: the unit "${r.name}" is already registered.`,
    });
    return false;
  });
  const units = db.transaction((list: ParsedUnit[]) =>
    list.map(({ row: _row, ...fields }) => insert(db, actor, partyId, fields)),
  )(fresh);
  errors.sort((a, b) => a.row - b.row);
  return { units, errors };
}

/** Changes a unit's fields; a new name is new in the cooperation and its liaisons read it. */
export function changeUnit(db: DB, unitId: string, patch: UpdateUnitBody): Unit {
  return db.transaction(() => {
    const current = getUnit(db, unitId);
    if (!current) throw unitNotFound();
    const next: Unit = { ...current, updatedAt: Date.now() };
    for (const k of Object.keys(EMPTY) as (keyof UnitFields)[]) {
      const value = patch[k];
      if (value !== undefined) next[k] = value;
    }
    const renamed = next.name !== current.name;
    if (
      renamed &&
      listUnits(db, current.cooperationId).some(
        (u) => u.id !== unitId && nameKey(u.name) === nameKey(next.name),
      )
    ) {
      throw unitDuplicate(next.name);
    }
    saveUnit(db, next);
    if (renamed) renameUnitLiaisons(db, unitId, next.name);
    return next;
  })();
}

/** Removes a unit; its members and liaisons stay, in no unit (liaisons keep the name as text). */
export function removeUnit(db: DB, unitId: string): Unit {
  const unit = getUnit(db, unitId);
  if (!unit || !deleteUnit(db, unitId)) throw unitNotFound();
  return unit;
}

/**
 * The unit `unitId` of party `partyId` in a cooperation, for a member or a liaison about to
 * join it; 400 naming `field` when it is no unit of that party.
 */
export function unitOfParty(
  db: DB,
  cooperationId: string,
  partyId: string,
  unitId: string,
  field = 'unitId',
): Unit {
  const unit = getUnit(db, unitId);
  if (!unit || unit.cooperationId !== cooperationId || unit.partyId !== partyId) {
    throw unitNotOfParty(field);
  }
  return unit;
}

/** The unit of `units` a liaison's free text names: its name or short name, case aside. */
export function unitNamed(units: Unit[], partyId: string, text: string): Unit | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  const ofParty = units.filter((u) => u.partyId === partyId);
  return (
    ofParty.find((u) => nameKey(u.name) === key) ??
    ofParty.find((u) => u.shortName && nameKey(u.shortName) === key)
  );
}

/**
 * Adopts the liaisons register of a party as its units: every distinct `unit` text of its
 * liaisons that names no unit yet becomes a unit, and every liaison of the party in no unit is
 * linked to the unit its text names (its text then reads the unit's name). One transaction.
 */
export function adoptUnits(db: DB, actor: Actor, partyId: string): { units: Unit[]; liaisons: Liaison[] } {
  partyOf(db, actor.cooperationId, partyId);
  return db.transaction(() => {
    const units = listUnits(db, actor.cooperationId);
    const created: Unit[] = [];
    const linked: Liaison[] = [];
    const unlinked = listLiaisons(db, actor.cooperationId, partyId).filter((l) => !l.unitId);
    for (const liaison of unlinked) {
      if (!nameKey(liaison.unit)) continue;
      let unit = unitNamed(units, partyId, liaison.unit);
      // Another party's unit holds the name already: names are unique in a cooperation.
      if (!unit && units.some((u) => nameKey(u.name) === nameKey(liaison.unit))) continue;
      if (!unit) {
        unit = insert(db, actor, partyId, { ...EMPTY, name: liaison.unit.trim().replace(/\s+/g, ' ') });
        units.push(unit);
        created.push(unit);
      }
      setLiaisonUnit(db, liaison.id, unit);
      linked.push({ ...liaison, unitId: unit.id, unit: unit.name });
    }
    return { units: created, liaisons: linked };
  })();
}
