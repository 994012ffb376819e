import * as Y from 'yjs';
import { addCalendarDays, type IsoDate, isWorkingDay, localDate } from '../../shared/calendar/workingDays.ts';
import { TEMPLATE_PLACEHOLDER } from '../../shared/completeness.ts';
import { META, partyMetaKey } from '../../shared/meta.ts';
import { addMonths } from '../../shared/obligations/dueDate.ts';
import { YDOC } from '../../shared/protocol.ts';
import { createDocument } from '../commands/createDocument.ts';
import { documentApprovals } from '../commands/documentApprovals.ts';
import { finalizeDocument } from '../commands/finalizeDocument.ts';
import { decideOnLiveDocument } from '../commands/liveDocument.ts';
import { signDocument } from '../commands/signDocument.ts';
import type { AppContext } from '../context.ts';
import { insertApproval } from '../db/repos/approvals.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { listParties, type PartyRecord } from '../db/repos/parties.ts';
import { findUserByUsername } from '../db/repos/users.ts';
import { type Rewording, reword } from './variantsDemo.ts';

export type SeedContext = Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>;

/** The demo's signed PKS: carried out for a year, with its reports, its late item and its evaluation. */
export const SIGNED_DEMO_TITLE = 'PKS Tindak Lanjut Laporan Masyarakat';
const SIGNED_DEMO_SUBJECT = 'Percepatan Penyelesaian Laporan Masyarakat atas Pelayanan Publik di Kota Jambi';
const SIGNED_DEMO_PLACE = 'Kota Jambi';

/** The agreement's numbers, one per party by ordinal, as each registry numbered it. */
const SIGNED_DEMO_NUMBERS = ['B/112/KS.01/XI/2025', '180/41/HK/2025'];

/** Who approves and signs for each party (by ordinal): the demo's owner and the city's Kabag Kerja Sama. */
const APPROVER_BY_ORDINAL = ['ombudsman', 'pemkot'];

/**
 * The response time the parties agreed on for the reports the Ombudsman forwards, written into
 * the city's duties in place of the template's clarification deadline: what the forwarded
 * reports are measured against.
 */
const RESPONSE_COMMITMENT: Rewording = {
  heading: /HAK DAN KEWAJIBAN/,
  from: 'menanggapi permintaan klarifikasi PIHAK PERTAMA paling lambat 14 (empat belas) hari sejak permintaan diterima',
  to: 'menanggapi laporan masyarakat yang diteruskan dan permintaan klarifikasi PIHAK PERTAMA paling lambat 10 (sepuluh) hari kerja sejak laporan diterima',
  by: 'pemkot',
};

/** The liaison each party names in the template's notice Pasal (its blanks, in order), by ordinal. */
const NOTICE_BLANKS: Record<number, string[]> = {
  1: ['Asisten Pemeriksaan Laporan', '0741-555100', 'pemeriksaan@ombudsman-jambi.example'],
  2: ['Kepala Bagian Kerja Sama Sekretariat Daerah', '0741-555110', 'kerjasama@jambikota.example'],
};

/**
 * The day the demo's agreement was signed: a working day about twelve and a half months before
 * `today`, so that the demo always shows a year carried out (two semesters, four quarters, the
 * first evaluation) whatever day it is started on.
 */
export function demoSigningDate(today: IsoDate): IsoDate {
  let day = addCalendarDays(addMonths(today, -12), -16);
  while (!isWorkingDay(day)) day = addCalendarDays(day, -1);
  return day;
}

/** 09:00 WIB on `date` plus `minutes`, in ms: when the demo's people act on a day. */
export const demoMorning = (date: IsoDate, minutes = 0) => Date.parse(`${date}T02:00:00Z`) + minutes * 60_000;

/** Today in the demo city's zone (WIB), at `now`. */
export const demoToday = (now: number): IsoDate => localDate(new Date(now), 'WIB');

/**
 * Fills what the drafters fill before finalising: the signing's date and place, each party's
 * number, and the template's blanks in the notice Pasal, each party's line with its own liaison.
 */
function fillForSigning(doc: Y.Doc, parties: readonly PartyRecord[], signedOn: IsoDate): void {
  const meta = doc.getMap<string>(YDOC.meta);
  meta.set(META.date, signedOn);
  meta.set(META.place, SIGNED_DEMO_PLACE);
  for (const [i, p] of parties.entries()) meta.set(partyMetaKey.number(p.id), SIGNED_DEMO_NUMBERS[i] ?? '');
  const fill = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) fill(child);
      if (!(child instanceof Y.XmlText)) continue;
      const plain = child.toString();
      const party = parties.find((p) => plain.includes(p.name)) ?? parties[0];
      const values = [...(NOTICE_BLANKS[party?.ordinal ?? 1] ?? [])];
      const blanks: { at: number; length: number; attributes?: Record<string, unknown> }[] = [];
      let offset = 0;
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== 'string') {
          offset += 1;
          continue;
        }
        for (const m of op.insert.matchAll(TEMPLATE_PLACEHOLDER))
          blanks.push({ at: offset + (m.index ?? 0), length: m[0].length, attributes: op.attributes });
        offset += op.insert.length;
      }
      const filled = blanks.map((b, i) => ({ ...b, value: values[i] ?? '' }));
      for (const { at, length, value, attributes } of filled.reverse()) {
        child.delete(at, length);
        child.insert(at, value, attributes);
      }
    }
  };
  fill(doc.getXmlFragment(YDOC.body));
}

/**
 * The demo's signed PKS, made as people make one: created from the template citing the demo
 * MoU, filled in, every Pasal and part approved by each party through the approval commands,
 * finalised and signed on `signedOn` through the lifecycle commands.
 */
export async function seedSignedAgreement(
  ctx: SeedContext,
  o: { cooperationId: string; cooperationTitle: string; mouId: string; signedOn: IsoDate },
): Promise<DocumentRecord> {
  const parties = listParties(ctx.db, o.cooperationId);
  const approvers = parties.map((p, i) => {
    const user = findUserByUsername(ctx.db, APPROVER_BY_ORDINAL[i] ?? '');
    if (!user) throw new Error(`the demo has no approver for ${p.shortName}`);
    return { userId: user.id, partyId: p.id };
  });
  const [owner] = approvers;
  if (!owner) throw new Error('the demo cooperation has no parties');
  const document = await createDocument(ctx, {
    cooperationId: o.cooperationId,
    cooperationTitle: o.cooperationTitle,
    kind: 'pks',
    title: SIGNED_DEMO_TITLE,
    subject: SIGNED_DEMO_SUBJECT,
    mouId: o.mouId,
    userId: owner.userId,
  });
  await ctx.collab.withDocument(document.id, (doc) => fillForSigning(doc, parties, o.signedOn), {
    userId: owner.userId,
  });
  await reword(ctx, document.id, RESPONSE_COMMITMENT);
  // Every Pasal and part approved by each party at the hash the server reads on its own copy, as
  // the approval commands record it; in one instant rather than forty, each of which would
  // record a version of its own on every start of a fresh server.
  const agreedOn = Date.parse(`${addCalendarDays(o.signedOn, -7)}T03:00:00Z`);
  await decideOnLiveDocument(ctx, document.id, (live) => {
    const { clauses, parts } = documentApprovals(ctx.db, live.record, { body: live.body, meta: live.meta });
    ctx.db.transaction(() => {
      for (const [i, approver] of approvers.entries()) {
        for (const item of [...clauses, ...parts]) {
          const at = agreedOn + i * 3_600_000;
          insertApproval(ctx.db, {
            documentId: document.id,
            clauseId: item.id,
            hash: item.hash,
            at,
            ...approver,
          });
        }
      }
    })();
  });
  await finalizeDocument(ctx, { documentId: document.id, userId: owner.userId });
  const { document: signed } = await signDocument(ctx, {
    documentId: document.id,
    userId: owner.userId,
    date: o.signedOn,
    place: SIGNED_DEMO_PLACE,
  });
  return signed;
}
