import { beforeEach, describe, expect, it } from 'vitest';
import type { PMJSON } from '../../shared/clauses.ts';
import { type DB, openDatabase } from '../db/connection.ts';
import { approvalHistory, insertApproval, withdrawApprovalRow } from '../db/repos/approvals.ts';
import { insertDocument } from '../db/repos/documents.ts';
import type { PartyRecord } from '../db/repos/parties.ts';
import { createUser } from '../db/repos/users.ts';
import { clauseStates } from './clauseStates.ts';
import { createCooperation } from './createCooperation.ts';

const text = (t: string) => ({ type: 'text', text: t });
const clause = (id: string, heading: string, ...paragraphs: string[]): PMJSON => ({
  type: 'clause',
  attrs: { id },
  content: [
    { type: 'clauseHeading', content: [text(heading)] },
    ...paragraphs.map((p) => ({ type: 'paragraph', content: [text(p)] })),
  ],
});
const doc = (...content: PMJSON[]): PMJSON => ({ type: 'doc', content });

let db: DB;
let document: { id: string; cooperationId: string };
let ombudsman: PartyRecord;
let pemkot: PartyRecord;
let userId: string;

beforeEach(() => {
  db = openDatabase(':memory:');
  userId = createUser(db, { username: 'u', displayName: 'U', passwordHash: 'x' }).id;
  const { cooperation, parties } = createCooperation(db, userId, {
    title: 'Kerja Sama',
    parties: [
      { name: 'Ombudsman', shortName: 'ORI' },
      { name: 'Pemkot', shortName: 'Pemkot' },
    ],
  });
  [ombudsman, pemkot] = parties as [PartyRecord, PartyRecord];
  document = insertDocument(db, {
    cooperationId: cooperation.id,
    kind: 'mou',
    title: 'MoU',
    createdBy: userId,
  });
});

const approve = (clauseId: string, party: PartyRecord, hash: string) =>
  insertApproval(db, { documentId: document.id, clauseId, partyId: party.id, userId, hash });

describe('clauseStates', () => {
  const body = doc(clause('a', 'Maksud', 'Para pihak sepakat.'), clause('b', 'Ruang Lingkup', 'Meliputi.'));

  it('numbers the clauses and starts them as drafts without approvals', () => {
    const states = clauseStates(db, document, body);
    expect(states.map((c) => [c.id, c.number, c.heading, c.state])).toEqual([
      ['a', 1, 'Maksud', 'draft'],
      ['b', 2, 'Ruang Lingkup', 'draft'],
    ]);
    expect(states.every((c) => c.approvals.length === 0)).toBe(true);
  });

  it('partial, then agreed, then changed when the text moves on, then partial again', () => {
    const a = clauseStates(db, document, body)[0]!;
    approve('a', pemkot, a.hash);
    expect(clauseStates(db, document, body)[0]!.state).toBe('partial');
    approve('a', ombudsman, a.hash);
    const agreed = clauseStates(db, document, body)[0]!;
    expect(agreed.state).toBe('agreed');
    // Listed in party order (PIHAK PERTAMA first), whatever the order of approving.
    expect(agreed.approvals.map((x) => [x.partyId, x.current])).toEqual([
      [ombudsman.id, true],
      [pemkot.id, true],
    ]);

    const edited = doc(clause('a', 'Maksud', 'Para pihak sepakat bersama.'), body.content![1]!);
    const changed = clauseStates(db, document, edited)[0]!;
    expect(changed.state).toBe('changed');
    expect(changed.approvals.every((x) => x.current === false && x.hash === a.hash)).toBe(true);
    expect(clauseStates(db, document, edited)[1]!.state).toBe('draft');

    approve('a', pemkot, changed.hash);
    const again = clauseStates(db, document, edited)[0]!;
    expect(again.state).toBe('partial');
    expect(again.approvals.find((x) => x.partyId === pemkot.id)?.current).toBe(true);
  });

  it('the latest approval of a party counts; a withdrawn one counts for nothing but stays on record', () => {
    const a = clauseStates(db, document, body)[0]!;
    approve('a', pemkot, 'f'.repeat(64));
    const latest = approve('a', pemkot, a.hash);
    expect(clauseStates(db, document, body)[0]!.approvals).toHaveLength(1);
    expect(clauseStates(db, document, body)[0]!.state).toBe('partial');
    withdrawApprovalRow(db, latest.id, userId);
    expect(clauseStates(db, document, body)[0]!).toMatchObject({ state: 'draft', approvals: [] });
    expect(approvalHistory(db, document.id).map((x) => x.withdrawnAt !== null)).toEqual([false, true]);
  });

  it('a moved clause keeps its approvals; its number follows its position', () => {
    const a = clauseStates(db, document, body)[0]!;
    approve('a', pemkot, a.hash);
    approve('a', ombudsman, a.hash);
    const moved = clauseStates(db, document, doc(body.content![1]!, body.content![0]!));
    expect(moved.map((c) => [c.id, c.number, c.state])).toEqual([
      ['b', 1, 'draft'],
      ['a', 2, 'agreed'],
    ]);
  });
});
