import type {
  CooperationImplementation,
  ImplementationQuery,
  MyDueItem,
  UnitImplementation,
  UnitResponseTimesDTO,
} from '../../shared/api/implementation.ts';
import { weekOf } from '../../shared/obligations/occurrences.ts';
import { responseTimesByUnit } from '../../shared/publicReports/responseTimes.ts';
import type { DB } from '../db/connection.ts';
import { type Cooperation, findCooperation, listCooperationsOfUser } from '../db/repos/cooperations.ts';
import { liaisonIdsOfUser, listPublicReportTimes } from '../db/repos/implementation.ts';
import { findMember } from '../db/repos/members.ts';
import type { Obligation } from '../db/repos/obligations.ts';
import { listParties } from '../db/repos/parties.ts';
import { listUnits, type Unit } from '../db/repos/units.ts';
import {
  byUrgency,
  cooperationDay,
  countStates,
  type Tracked,
  trackCooperation,
  unitOf,
  windowOf,
} from './track.ts';

/** The states a dashboard lists for someone to act on, beside counting them. */
const NEEDS_ACTION = new Set(['overdue', 'needs_more', 'blocked', 'due']);

/** How fast each OPD answers reports from the public forwarded within the window, named. */
function responseTimes(
  db: DB,
  cooperationId: string,
  window: { from: string | null; to: string },
  today: string,
  units: readonly Unit[],
): UnitResponseTimesDTO[] {
  const names = new Map(units.map((u) => [u.id, u.shortName || u.name]));
  const reports = listPublicReportTimes(db, cooperationId, window.from, window.to);
  return responseTimesByUnit(reports, today).map((r) => ({
    ...r,
    unitName: r.unitId ? (names.get(r.unitId) ?? '') : '',
  }));
}

/**
 * A cooperation's carrying out over a period: the occurrences of its confirmed obligations by
 * state overall, per party (an obligation of the parties together or of each counts for every
 * party) and per OPD, those to act on, and the OPDs' response times to reports from the public.
 */
export function cooperationImplementation(
  db: DB,
  cooperation: Cooperation,
  query: ImplementationQuery,
  now: number,
): CooperationImplementation {
  const { timeZone, today } = cooperationDay(cooperation, now);
  const window = windowOf(query, today);
  const { obligations, tracked, documents } = trackCooperation(db, cooperation.id, window, today);
  const ofUnit = (t: Tracked) => unitOf(t.obligation, documents);
  const parties = listParties(db, cooperation.id);
  const units = listUnits(db, cooperation.id);
  const bindsParty = (o: Obligation, partyId: string) => o.partyScope !== 'party' || o.partyId === partyId;
  const byUnit = units.map((u) => ({
    unitId: u.id as string | null,
    name: u.name,
    shortName: u.shortName,
    partyId: u.partyId as string | null,
    counts: countStates(tracked.filter((t) => ofUnit(t) === u.id).map((t) => t.item)),
  }));
  const unbound = tracked.filter((t) => ofUnit(t) === null).map((t) => t.item);
  if (unbound.length > 0)
    byUnit.push({ unitId: null, name: '', shortName: '', partyId: null, counts: countStates(unbound) });
  return {
    from: query.from ?? null,
    to: window.to,
    today,
    timeZone,
    obligations: obligations.length,
    counts: countStates(tracked.map((t) => t.item)),
    byParty: parties.map((p) => ({
      partyId: p.id,
      name: p.name,
      shortName: p.shortName,
      color: p.color,
      counts: countStates(tracked.filter((t) => bindsParty(t.obligation, p.id)).map((t) => t.item)),
    })),
    byUnit,
    attention: tracked
      .map((t) => t.item)
      .filter((i) => NEEDS_ACTION.has(i.state) && (i.date !== null || i.state !== 'due'))
      .sort(byUrgency),
    responseTimes: responseTimes(
      db,
      cooperation.id,
      { from: query.from ?? null, to: window.to },
      today,
      units,
    ),
  };
}

/**
 * What one OPD owes across the cooperation's documents (the MoU, the master PKS and its own
 * PKS): the obligations bound to it, and those of its own PKS bound to no other OPD.
 */
export function unitImplementation(
  db: DB,
  unit: Unit,
  query: ImplementationQuery,
  now: number,
): UnitImplementation {
  const cooperation = findCooperation(db, unit.cooperationId);
  if (!cooperation) throw new Error(`Unit ${unit.id} has no cooperation`);
  const { timeZone, today } = cooperationDay(cooperation, now);
  const window = windowOf(query, today);
  const { tracked, documents } = trackCooperation(db, cooperation.id, window, today);
  const mine = tracked
    .filter(
      (t) => t.obligation.unitId === unit.id || documents.get(t.obligation.documentId)?.unitId === unit.id,
    )
    .map((t) => t.item);
  const times = responseTimes(db, cooperation.id, { from: query.from ?? null, to: window.to }, today, [unit]);
  return {
    unit: {
      id: unit.id,
      cooperationId: unit.cooperationId,
      partyId: unit.partyId,
      name: unit.name,
      shortName: unit.shortName,
    },
    from: query.from ?? null,
    to: window.to,
    today,
    timeZone,
    counts: countStates(mine),
    documents: [...documents.values()]
      .map((d) => ({
        id: d.id,
        title: d.title,
        kind: d.kind,
        occurrences: mine.filter((i) => i.documentId === d.id).sort(byUrgency),
      }))
      .filter((d) => d.occurrences.length > 0),
    responseTimes: times.find((r) => r.unitId === unit.id) ?? null,
  };
}

/**
 * What the user owes this week, across their cooperations: the occurrences due from Monday to
 * Sunday (in each cooperation's zone) or already past, not done, of the obligations they answer
 * for as the liaison, as a member of the obligation's OPD, or as a member of the bound party
 * (every party, for one of the parties together or of each).
 */
export function myDue(db: DB, userId: string, now: number): MyDueItem[] {
  const items: MyDueItem[] = [];
  for (const cooperation of listCooperationsOfUser(db, userId)) {
    const member = findMember(db, cooperation.id, userId);
    if (!member) continue;
    const { today } = cooperationDay(cooperation, now);
    const week = weekOf(today);
    const liaisonIds = new Set(liaisonIdsOfUser(db, cooperation.id, userId));
    const { tracked, documents } = trackCooperation(
      db,
      cooperation.id,
      windowOf({ to: week.to }, today),
      today,
    );
    const reason = (o: Obligation): MyDueItem['reason'] | null => {
      if (o.liaisonId && liaisonIds.has(o.liaisonId)) return 'liaison';
      if (member.unitId && unitOf(o, documents) === member.unitId) return 'unit';
      if (o.partyScope !== 'party' || o.partyId === member.partyId) return 'party';
      return null;
    };
    for (const { obligation, item } of tracked) {
      // Every date up to Sunday is this week's or already past.
      if (item.date === null || item.state === 'done') continue;
      const why = reason(obligation);
      if (!why) continue;
      items.push({
        ...item,
        cooperationId: cooperation.id,
        cooperationTitle: cooperation.title,
        reason: why,
        weekFrom: week.from,
        weekTo: week.to,
      });
    }
  }
  return items.sort(byUrgency);
}
