import { createHash } from 'node:crypto';
import type { DocumentStatus } from '../../shared/api/cooperations.ts';
import { type PrintedLiaison, printedLiaison } from '../../shared/api/liaisons.ts';
import type { PrintedParty } from '../../shared/signedParts.ts';
import type { DB } from '../db/connection.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { liaisonsForExport, listLiaisons } from '../db/repos/liaisons.ts';
import { listParties, partyLogos } from '../db/repos/parties.ts';
import { findPrintedSnapshot, type PrintedRecords } from '../db/repos/printedSnapshots.ts';
import { getUnit } from '../db/repos/units.ts';
import { findTier } from '../db/repos/variants.ts';

export type { PrintedRecords, RecordedParty } from '../db/repos/printedSnapshots.ts';

type AgreementKind = Exclude<DocumentRecord['kind'], 'notes'>;

/**
 * The records an agreement would print now: the cooperation's parties with their logos and,
 * for a PKS, its liaisons (an MoU prints no annex): a document's own, see {@link annexLiaisons};
 * without a document id, the whole register.
 */
export function currentRecords(
  db: DB,
  document: { id?: string; kind: AgreementKind; cooperationId: string },
): PrintedRecords {
  const logos = partyLogos(db, document.cooperationId);
  return {
    parties: listParties(db, document.cooperationId).map((p) => ({
      id: p.id,
      ordinal: p.ordinal,
      name: p.name,
      shortName: p.shortName,
      logo: logos.get(p.id)?.logo ?? null,
      logoMime: logos.get(p.id)?.mime ?? null,
    })),
    liaisons:
      document.kind !== 'pks'
        ? []
        : document.id
          ? annexLiaisons(db, { id: document.id, cooperationId: document.cooperationId })
          : liaisonsForExport(db, document.cooperationId),
  };
}

/**
 * The liaisons a PKS's annex lists: the whole register, but for a variant made for a unit
 * (OPD) only that unit's liaisons of its party, beside the other parties' liaisons.
 */
export function annexLiaisons(db: DB, document: { id: string; cooperationId: string }): PrintedLiaison[] {
  const tier = findTier(db, document.id);
  const unit = tier?.tier === 'variant' && tier.unitId ? getUnit(db, tier.unitId) : null;
  if (!unit) return liaisonsForExport(db, document.cooperationId);
  return listLiaisons(db, document.cooperationId)
    .filter((l) => l.partyId !== unit.partyId || l.unitId === unit.id)
    .map(printedLiaison);
}

/**
 * The records an agreement prints: a draft's are the records now; a final or signed
 * document's are those frozen when it was finalised (`printed_snapshots`), so later changes of
 * logos, parties or liaisons never reach its paper. A final document without a snapshot
 * (stored one unreadable) prints the records now.
 */
export function printedRecords(
  db: DB,
  document: { id: string; kind: AgreementKind; status: DocumentStatus; cooperationId: string },
  current: () => PrintedRecords = () => currentRecords(db, document),
): PrintedRecords {
  if (document.status === 'draft') return current();
  return findPrintedSnapshot(db, document.id) ?? current();
}

/** The parties as the signed parts hash them: each logo by the SHA-256 hex of its bytes. */
export function partiesAsPrinted(records: PrintedRecords): PrintedParty[] {
  return records.parties.map(({ id, ordinal, name, shortName, logo }) => ({
    id,
    ordinal,
    name,
    shortName,
    logo: logo ? createHash('sha256').update(logo).digest('hex') : null,
  }));
}
