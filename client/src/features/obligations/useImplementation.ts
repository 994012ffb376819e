import type { DocumentSummaryDTO } from '../../../../shared/api/cooperations.ts';
import { localDate } from '../../../../shared/calendar/workingDays.ts';
import { cooperationTimeZone } from '../../../../shared/timeZones.ts';
import { useResource } from '../../app/useResource.ts';
import type { Cooperation } from '../cooperations/api.ts';
import { type AgreementDocument, getDocument } from '../documents/api.ts';
import { listLiaisons } from '../liaisons/api.ts';
import { concerns, useCooperationEvents } from '../meetings/useCooperationEvents.ts';
import { listUnits } from '../units/api.ts';
import { listObligations, type Obligation } from './api.ts';

/** A final or signed agreement with its text's outline and its tracked obligations. */
export interface TrackedAgreement {
  summary: DocumentSummaryDTO;
  document: AgreementDocument;
  /** The date the signing recorded (the printed date a signed text carries); null before it. */
  signedOn: string | null;
  obligations: Obligation[];
}

/** The agreements whose obligations are tracked: MoU and PKS (variants too) once final. */
export const trackedDocuments = (cooperation: Cooperation) =>
  cooperation.documents.filter((d) => d.kind !== 'notes' && d.status !== 'draft');

const loadAgreement = async (summary: DocumentSummaryDTO): Promise<TrackedAgreement> => {
  const [{ document }, obligations] = await Promise.all([
    getDocument(summary.id),
    listObligations(summary.id),
  ]);
  const signedOn = summary.status === 'signed' ? document.meta.date || null : null;
  return { summary, document, signedOn, obligations };
};

/**
 * What the Pelaksanaan tab shows: each final or signed agreement with its obligations, and the
 * cooperation's units and liaisons to name and choose from. Read again when the stream reports
 * an obligation, a document's status, a unit or a liaison changed.
 */
export function useImplementation(cooperation: Cooperation) {
  const docs = trackedDocuments(cooperation);
  const key = docs.map((d) => `${d.id}:${d.status}`).join(',');
  const agreements = useResource(`implementation:${cooperation.id}:${key}`, () =>
    Promise.all(docs.map(loadAgreement)),
  );
  const people = useResource(`implementation-people:${cooperation.id}`, () =>
    Promise.all([listUnits(cooperation.id), listLiaisons(cooperation.id)]).then(([u, l]) => ({
      units: u.units,
      liaisons: l,
    })),
  );
  useCooperationEvents(cooperation.id, (e) => {
    if (concerns(e, 'obligations', 'documents')) agreements.reload();
    if (concerns(e, 'units', 'liaisons')) people.reload();
  });
  const today = localDate(new Date(), cooperationTimeZone(cooperation.settings));
  return { agreements, people, today };
}
