import { agreementPartySettings, wordingOfText } from '../../shared/api/agreementSettings.ts';
import { localDate } from '../../shared/calendar/workingDays.ts';
import { textOf } from '../../shared/clauses.ts';
import { newId } from '../../shared/ids.ts';
import { type DocumentMeta, META, partyMetaKey } from '../../shared/meta.ts';
import { cooperationTimeZone } from '../../shared/timeZones.ts';
import { partyLabel } from '../../shared/words.ts';
import { docToJSON } from '../collab/convert.ts';
import { createDocumentState } from '../collab/store.ts';
import { printedRecords } from '../commands/printedRecords.ts';
import type { AppContext } from '../context.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { type DocumentRecord, insertDocument } from '../db/repos/documents.ts';
import {
  type Evaluation,
  insertEvaluation,
  publicReportsForEvaluation,
  reportsForEvaluation,
} from '../db/repos/evaluations.ts';
import { liaisonsForExport } from '../db/repos/liaisons.ts';
import { listLifecycleEvents } from '../db/repos/lifecycle.ts';
import { listDocumentObligations } from '../db/repos/obligations.ts';
import { listUnits } from '../db/repos/units.ts';
import { evaluationNotAgreement, evaluationNotFinal } from '../errors/index.ts';
import { dateWords, draftEvaluation, type EvaluationSource, REPORT_TITLE } from './draft.ts';

/**
 * Reads what the draft of a monitoring and evaluation report is made from: the agreement's live
 * text (title, subject, numbers, signatories) and records (parties as printed, the signing's
 * date), its confirmed obligations with their reports, the liaisons, and the public reports
 * forwarded in the period, with dates in the cooperation's time zone.
 */
export async function evaluationSource(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  agreement: DocumentRecord & { kind: 'mou' | 'pks' },
  period: { from: string; to: string },
  now = new Date(),
): Promise<EvaluationSource> {
  const { db } = ctx;
  const cooperation = findCooperation(db, agreement.cooperationId);
  const zone = cooperationTimeZone(cooperation?.settings);
  const { body, meta } = await ctx.collab.withDocument(agreement.id, (doc) => docToJSON(doc));
  const records = printedRecords(db, agreement);
  const wording = wordingOfText(textOf(body), agreementPartySettings(cooperation?.settings).wording);
  const parties = [...records.parties].sort((a, b) => a.ordinal - b.ordinal);
  const signing = listLifecycleEvents(db, agreement.id).findLast((e) => e.action === 'sign');
  const units = new Map(listUnits(db, agreement.cooperationId).map((u) => [u.id, u.name]));
  const ordinalOf = new Map(parties.map((p) => [p.id, p.ordinal]));
  const liaisons = records.liaisons.length
    ? records.liaisons
    : liaisonsForExport(db, agreement.cooperationId);
  return {
    agreement: {
      kind: agreement.kind,
      title: meta[META.title]?.trim() || agreement.title,
      subject: meta[META.subject]?.trim() ?? '',
      numbers: parties.map((p) => meta[partyMetaKey.number(p.id)]?.trim() ?? '').filter(Boolean),
      signedOn: signing?.signedDate ?? null,
    },
    parties: parties.map((p) => ({
      id: p.id,
      ordinal: p.ordinal,
      name: p.name,
      shortName: p.shortName,
      signatory: p.signatory ?? signatoryOf(meta, p.id),
    })),
    wording,
    period,
    today: localDate(now, zone),
    obligations: listDocumentObligations(db, agreement.id, 'confirmed').map((o) => ({
      id: o.id,
      clausePath: o.clausePath,
      partyLabel:
        o.partyScope === 'all'
          ? 'PARA PIHAK'
          : o.partyScope === 'each'
            ? 'Masing-masing pihak'
            : o.partyLabel || partyLabel(ordinalOf.get(o.partyId ?? '') ?? 1, wording),
      unitName: o.unitId ? (units.get(o.unitId) ?? null) : null,
      text: o.text,
      due: o.due,
    })),
    reports: reportsForEvaluation(db, agreement.id).map((r) => ({
      ...r,
      reportedOn: localDate(new Date(r.createdAt), zone),
    })),
    liaisons: liaisons.map((l) => ({
      partyName: parties.find((p) => p.id === l.partyId)?.name ?? '',
      unit: l.unit,
      name: l.name,
      position: l.position,
      phone: l.phone,
      email: l.email,
    })),
    publicReports: publicReportsForEvaluation(db, agreement.cooperationId, period),
    unitNames: Object.fromEntries(units),
  };
}

function signatoryOf(meta: DocumentMeta, partyId: string) {
  return {
    name: meta[partyMetaKey.signatoryName(partyId)]?.trim() ?? '',
    position: meta[partyMetaKey.signatoryPosition(partyId)]?.trim() ?? '',
    nip: meta[partyMetaKey.signatoryNip(partyId)]?.trim() ?? '',
  };
}

/**
 * Drafts a monitoring and evaluation report of a final or signed MoU or PKS over `period` and
 * stores it as a new 'notes' document of the cooperation, linked to the agreement (409
 * `evaluation.not_agreement` for anything else, `evaluation.not_final` for a draft). Its first
 * update is the draft, by the creator; from there it is edited and approved like any document.
 */
export async function createEvaluation(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events'>,
  input: { agreement: DocumentRecord; period: { from: string; to: string }; userId: string },
): Promise<{ document: DocumentRecord; evaluation: Evaluation }> {
  const { agreement, period } = input;
  if (agreement.kind === 'notes') throw evaluationNotAgreement();
  if (agreement.status === 'draft') throw evaluationNotFinal();
  const source = await evaluationSource(ctx, { ...agreement, kind: agreement.kind }, period);
  const { body, meta } = draftEvaluation(source, () => newId());
  const title = `${REPORT_TITLE} ${dateWords(period.from)} – ${dateWords(period.to)}`;
  const created = ctx.db.transaction(() => {
    const document = insertDocument(ctx.db, {
      cooperationId: agreement.cooperationId,
      kind: 'notes',
      title,
      createdBy: input.userId,
    });
    const evaluation: Evaluation = {
      documentId: document.id,
      cooperationId: agreement.cooperationId,
      agreementId: agreement.id,
      periodFrom: period.from,
      periodTo: period.to,
      createdBy: input.userId,
      createdAt: document.createdAt,
    };
    insertEvaluation(ctx.db, evaluation);
    createDocumentState(ctx.store, document.id, body, meta, input.userId);
    return { document, evaluation };
  })();
  ctx.events?.publish(agreement.cooperationId, { type: 'document.created', documentId: created.document.id });
  return created;
}
