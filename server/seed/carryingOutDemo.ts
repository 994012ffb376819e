import { addWorkingDays } from '../../shared/calendar/workingDays.ts';
import { addMonths } from '../../shared/obligations/dueDate.ts';
import { proposeObligations } from '../../shared/obligations/propose.ts';
import { docToJSON } from '../collab/convert.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { listLiaisons } from '../db/repos/liaisons.ts';
import {
  insertProposals,
  listDocumentObligations,
  type Obligation,
  type ObligationEdit,
  saveObligation,
  setObligationStatus,
} from '../db/repos/obligations.ts';
import { listParties } from '../db/repos/parties.ts';
import type { Unit } from '../db/repos/units.ts';
import { findUserByUsername } from '../db/repos/users.ts';
import { createEvaluation } from '../evaluation/create.ts';
import { checkResponsible } from '../routes/obligations/checks.ts';
import { OBLIGATION_PLANS } from './carryingOutDemoData.ts';
import { seedPublicReports } from './publicReportsDemo.ts';
import { seedObligationReports } from './reportsDemo.ts';
import {
  demoMorning,
  demoSigningDate,
  demoToday,
  type SeedContext,
  seedSignedAgreement,
} from './signedDemo.ts';

/**
 * Confirms the obligations Sepakat read from the signed text as the parties did after signing,
 * through the same checks and writes as the REST: each bound to its OPD and liaison, with its
 * evidence and the time people set. The city's editor decides the city's, the Ombudsman's
 * owner the rest.
 */
function confirmObligations(
  ctx: SeedContext,
  o: { document: DocumentRecord; units: Unit[]; proposedAt: number; decidedAt: number; body: unknown },
): Obligation[] {
  const { db } = ctx;
  const parties = listParties(db, o.document.cooperationId);
  const liaisons = listLiaisons(db, o.document.cooperationId);
  const ombudsman = findUserByUsername(db, 'ombudsman')!.id;
  const pemkot = findUserByUsername(db, 'pemkot')!.id;
  return db.transaction(() => {
    insertProposals(db, {
      cooperationId: o.document.cooperationId,
      documentId: o.document.id,
      proposals: proposeObligations(o.body as Parameters<typeof proposeObligations>[0]),
      parties,
      createdBy: pemkot,
      now: o.proposedAt,
    });
    const obligations = listDocumentObligations(db, o.document.id);
    for (const plan of OBLIGATION_PLANS) {
      const ob = obligations.find((x) => x.clausePath === plan.path);
      if (!ob) continue;
      const unit = plan.unit ? o.units.find((u) => u.shortName === plan.unit) : undefined;
      const liaison = plan.liaison ? liaisons.find((l) => l.name === plan.liaison) : undefined;
      const edit: ObligationEdit = {
        partyScope: ob.partyScope,
        partyId: ob.partyId,
        partyLabel: ob.partyLabel,
        unitId: unit?.id ?? null,
        liaisonId: liaison?.id ?? null,
        text: ob.text,
        evidence: plan.evidence,
        due: plan.due ?? ob.due,
      };
      checkResponsible(db, ob.cooperationId, edit);
      const city = parties.find((p) => p.ordinal === 2)?.id;
      const by = ob.partyId === city ? pemkot : ombudsman;
      saveObligation(db, ob.id, edit, o.decidedAt);
      setObligationStatus(db, ob.id, 'confirmed', by, o.decidedAt);
    }
    return listDocumentObligations(db, o.document.id, 'confirmed');
  })();
}

/**
 * The demo's agreement carried out: a PKS signed about a year before `now` (`signedDemo.ts`),
 * its obligations proposed from the text and confirmed in the week after, and the year's reports
 * on them with their evidence and answers (`reportsDemo.ts`), and the reports from the public
 * forwarded to the city's OPD (`publicReportsDemo.ts`); then the first year's monitoring and
 * evaluation report, drafted from them.
 */
export async function seedCarryingOutDemo(
  ctx: SeedContext,
  o: { cooperationId: string; cooperationTitle: string; mouId: string; units: Unit[]; now: number },
): Promise<DocumentRecord> {
  const signedOn = demoSigningDate(demoToday(o.now));
  const document = await seedSignedAgreement(ctx, { ...o, signedOn });
  const { body } = await ctx.collab.withDocument(document.id, (doc) => docToJSON(doc));
  const obligations = confirmObligations(ctx, {
    document,
    units: o.units,
    body,
    proposedAt: demoMorning(addWorkingDays(signedOn, 1)),
    decidedAt: demoMorning(addWorkingDays(signedOn, 3), 90),
  });
  const today = demoToday(o.now);
  seedObligationReports(ctx.db, { cooperationId: o.cooperationId, obligations, signedOn, today, now: o.now });
  seedPublicReports(ctx.db, { cooperationId: o.cooperationId, units: o.units, signedOn, today, now: o.now });
  // The first year's monitoring and evaluation report, drafted by Sepakat from all of the above
  // and left a draft for the parties to edit and approve.
  await createEvaluation(ctx, {
    agreement: document,
    period: { from: signedOn, to: addMonths(signedOn, 12) },
    userId: findUserByUsername(ctx.db, 'asisten')!.id,
  });
  return document;
}
