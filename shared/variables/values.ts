import { type DocumentMeta, META, partyMetaKey } from '../meta.ts';
import { parseIsoDate, shortDate } from '../words.ts';
import type { VariableValues } from './fill.ts';

/** The fields of a unit (OPD) its variant's text prints. */
export type UnitField =
  | 'name'
  | 'shortName'
  | 'headName'
  | 'headPosition'
  | 'headNip'
  | 'kuasaRef'
  | 'address';

/** What a document's variables are filled from; the server reads each from its records. */
export interface VariableSources {
  /** The document's own metadata (its numbers and date of signing). */
  meta: DocumentMeta;
  /** The cooperation's party ids in ordinal order (PIHAK PERTAMA first). */
  partyIds: readonly string[];
  /** The OPD a variant is made for; none for a master or a single PKS. */
  unit?: Record<UnitField, string> | null;
  /** The MoU the document implements: its title and metadata. */
  mou?: { title: string; meta: DocumentMeta } | null;
  /** The unit's liaisons, as they are named in the text. */
  liaisons?: readonly { name: string; position: string }[];
}

/** "10 Maret 2020" from the ISO date of a meta field; a free-text date as it is. */
function dateOf(meta: DocumentMeta): string {
  const raw = meta[META.date]?.trim() ?? '';
  const day = parseIsoDate(raw);
  return day ? shortDate(day) : raw;
}

/** "A", "A dan B", "A, B, dan C". */
function listed(items: string[]): string {
  if (items.length <= 2) return items.join(' dan ');
  return `${items.slice(0, -1).join(', ')}, dan ${items.at(-1)}`;
}

/**
 * The value of every variable that `sources` can give: the unit's name, head and kuasa, the
 * document's numbers (by party ordinal) and date, the MoU's numbers, date and title (as the
 * templates cite them: "Nomor A dan Nomor B"), the liaisons by name and position, and the work
 * plan annex named after the OPD. A value the sources lack is left out (blank), so the export
 * prints the variable's placeholder and the completeness check lists it.
 */
export function variableValues(sources: VariableSources): VariableValues {
  const { meta, partyIds, unit, mou, liaisons = [] } = sources;
  const numberOf = (m: DocumentMeta, ordinal: number) => {
    const id = partyIds[ordinal - 1];
    return id ? (m[partyMetaKey.number(id)]?.trim() ?? '') : '';
  };
  const mouNumbers = mou ? partyIds.map((_, i) => numberOf(mou.meta, i + 1)).filter(Boolean) : [];
  const values: VariableValues = {
    pksNumberFirst: numberOf(meta, 1),
    pksNumberSecond: numberOf(meta, 2),
    pksDate: dateOf(meta),
    mouNumbers: mouNumbers.join(' dan Nomor '),
    mouDate: mou ? dateOf(mou.meta) : '',
    mouTitle: mou ? mou.meta[META.title]?.trim() || mou.title : '',
    liaisons: listed(liaisons.map((l) => (l.position.trim() ? `${l.name} (${l.position.trim()})` : l.name))),
  };
  if (unit) {
    Object.assign(values, {
      opdName: unit.name,
      opdShortName: unit.shortName || unit.name,
      headName: unit.headName,
      headPosition: unit.headPosition,
      headNip: unit.headNip,
      // The text reads "berdasarkan Surat Kuasa ⟦kuasaRef⟧": a reference kept with its own
      // "Surat Kuasa" must not print the words twice.
      kuasaRef: unit.kuasaRef.trim().replace(/^surat kuasa\s+/i, ''),
      opdAddress: unit.address,
      rencanaKerja: `Lampiran Rencana Kerja ${unit.shortName || unit.name}`,
    } satisfies VariableValues);
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim())) as VariableValues;
}
