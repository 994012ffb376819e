import { createHash } from 'node:crypto';
import type { DocumentStatus } from '../../shared/api/cooperations.ts';
import { type PrintedLiaison, printedLiaison } from '../../shared/api/liaisons.ts';
import type { PMJSON } from '../../shared/clauses.ts';
import type { DocumentMeta } from '../../shared/meta.ts';
import type { PrintedParty } from '../../shared/signedParts.ts';
import { printedUnitName } from '../../shared/unitName.ts';
import type { VariableValues } from '../../shared/variables/fill.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/connection.ts';
import type { DocumentRecord } from '../db/repos/documents.ts';
import { liaisonsForExport, listLiaisons } from '../db/repos/liaisons.ts';
import { listParties, partyLogos } from '../db/repos/parties.ts';
import {
  findPrintedSnapshot,
  type PrintedRecords,
  type RecordedParty,
} from '../db/repos/printedSnapshots.ts';
import { getUnit, type Unit } from '../db/repos/units.ts';
import { findTier } from '../db/repos/variants.ts';
import { documentVariableValues } from './variableValues.ts';

export type { PrintedRecords, RecordedParty } from '../db/repos/printedSnapshots.ts';

type AgreementKind = Exclude<DocumentRecord['kind'], 'notes'>;

/**
 * The records an agreement would print now: the cooperation's parties with their logos and,
 * for a PKS, its liaisons (an MoU prints no annex): a document's own, see {@link annexLiaisons};
 * without a document id, the whole register. A variant made for a unit (OPD) is the unit's own
 * agreement: the unit stands in for its party, by its printed name, its head signing under the
 * surat kuasa (see {@link unitAsParty}). `unitId` saves reading the document's tier when known
 * (null: none).
 */
export function currentRecords(
  db: DB,
  document: { id?: string; kind: AgreementKind; cooperationId: string; unitId?: string | null },
): PrintedRecords {
  const logos = partyLogos(db, document.cooperationId);
  const unitId =
    document.kind !== 'pks' || !document.id
      ? null
      : document.unitId !== undefined
        ? document.unitId
        : variantUnitId(db, document.id);
  const unit = unitId ? getUnit(db, unitId) : null;
  return {
    parties: listParties(db, document.cooperationId).map((p) => {
      const party = {
        id: p.id,
        ordinal: p.ordinal,
        name: p.name,
        shortName: p.shortName,
        logo: logos.get(p.id)?.logo ?? null,
        logoMime: logos.get(p.id)?.mime ?? null,
      };
      return unit && unit.partyId === p.id ? unitAsParty(party, unit) : party;
    }),
    liaisons:
      document.kind !== 'pks'
        ? []
        : unit
          ? unitLiaisons(db, unit)
          : liaisonsForExport(db, document.cooperationId),
  };
}

/** The unit (OPD) a variant is made for, or null for any other document. */
function variantUnitId(db: DB, documentId: string): string | null {
  const tier = findTier(db, documentId);
  return tier?.tier === 'variant' ? tier.unitId : null;
}

/**
 * A party as its unit's variant prints it: named by the unit with its region ("Dinas Sosial
 * Kota Jambi", `printedUnitName`), by the unit's short name, under the party's logo, and
 * signed by the unit's head with position, NIP and surat kuasa (instead of the Info fields,
 * which the variant took from the unit when it was made).
 */
export function unitAsParty(party: RecordedParty, unit: Unit): RecordedParty {
  return {
    ...party,
    name: printedUnitName(unit.name, party.name),
    shortName: unit.shortName.trim() || unit.name.trim(),
    signatory: {
      name: unit.headName.trim(),
      position: unit.headPosition.trim(),
      nip: unit.headNip.trim(),
      kuasaRef: unit.kuasaRef.trim(),
    },
  };
}

/**
 * The liaisons a PKS's annex lists: the whole register, but for a variant made for a unit
 * (OPD) only that unit's liaisons of its party, beside the other parties' liaisons.
 */
export function annexLiaisons(db: DB, document: { id: string; cooperationId: string }): PrintedLiaison[] {
  const unitId = variantUnitId(db, document.id);
  const unit = unitId ? getUnit(db, unitId) : null;
  return unit ? unitLiaisons(db, unit) : liaisonsForExport(db, document.cooperationId);
}

/** The other parties' liaisons and, of the unit's party, only the unit's own. */
function unitLiaisons(db: DB, unit: Unit): PrintedLiaison[] {
  return listLiaisons(db, unit.cooperationId)
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

/**
 * The values a document's variables print with: a final or signed document's as they were
 * frozen when it was finalised, a draft's (or a document finalised without them) as its
 * sources give them now (`documentVariableValues`).
 */
export async function printedVariableValues(
  ctx: Pick<AppContext, 'db' | 'collab'>,
  document: { id: string; status: DocumentStatus; cooperationId: string; mouId: string | null },
  content: { body: PMJSON; meta: DocumentMeta },
): Promise<VariableValues> {
  const frozen =
    document.status === 'draft' ? undefined : findPrintedSnapshot(ctx.db, document.id)?.variables;
  return frozen ?? documentVariableValues(ctx, document, content.meta, content.body);
}

/** The parties as the signed parts hash them: each logo by the SHA-256 hex of its bytes. */
export function partiesAsPrinted(records: PrintedRecords): PrintedParty[] {
  return records.parties.map(({ id, ordinal, name, shortName, logo, signatory }) => ({
    id,
    ordinal,
    name,
    shortName,
    logo: logo ? createHash('sha256').update(logo).digest('hex') : null,
    ...(signatory ? { signatory } : {}),
  }));
}
