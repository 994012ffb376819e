import type { CreateCooperationBody } from '../../shared/api/cooperations.ts';
import { mayCreateCooperation } from '../../shared/policies.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import { isCooperationCreator } from '../db/repos/cooperationCreators.ts';
import { type Cooperation, insertCooperation } from '../db/repos/cooperations.ts';
import { insertMember, ownsAnyCooperation } from '../db/repos/members.ts';
import { insertParty, type PartyRecord } from '../db/repos/parties.ts';
import { validation } from '../errors/index.ts';

/**
 * Whether the user may start a cooperation under the server's `SEPAKAT_COOPERATION_CREATORS`
 * (the rule is `mayCreateCooperation` in `shared/policies.ts`; this gathers what it reads).
 */
export function userMayCreateCooperation(ctx: Pick<AppContext, 'db' | 'config'>, userId: string): boolean {
  return mayCreateCooperation(ctx.config.cooperationCreators, {
    ownsCooperation: ownsAnyCooperation(ctx.db, userId),
    granted: isCooperationCreator(ctx.db, userId),
  });
}

/**
 * Creates a cooperation with its parties (numbered 1.. in the order given: PIHAK PERTAMA
 * first) and makes the creator its owner, member of party `myPartyOrdinal` (default 1).
 * Whether the user may is the caller's question ({@link userMayCreateCooperation}).
 */
export function createCooperation(
  db: DB,
  userId: string,
  input: CreateCooperationBody & { signatory?: boolean },
): { cooperation: Cooperation; parties: PartyRecord[] } {
  const myOrdinal = input.myPartyOrdinal ?? 1;
  const badOrdinal = () =>
    validation(
      'myPartyOrdinal',
      `Isian "myPartyOrdinal" harus antara 1 dan ${input.parties.length}.`,
      `Field "myPartyOrdinal" must be between 1 and ${input.parties.length}.`,
    );
  if (myOrdinal > input.parties.length) throw badOrdinal();
  return db.transaction(() => {
    const cooperation = insertCooperation(db, {
      title: input.title,
      description: input.description,
      createdBy: userId,
    });
    const parties = input.parties.map((p, i) =>
      insertParty(db, {
        cooperationId: cooperation.id,
        ordinal: i + 1,
        name: p.name,
        shortName: p.shortName,
        seat: p.seat,
      }),
    );
    const mine = parties[myOrdinal - 1];
    if (!mine) throw badOrdinal();
    insertMember(db, {
      cooperationId: cooperation.id,
      userId,
      partyId: mine.id,
      role: 'owner',
      signatory: input.signatory,
    });
    return { cooperation, parties };
  })();
}
