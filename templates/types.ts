import type { AgreementKind } from '../shared/checklist.ts';
import type { PartyWording } from '../shared/words.ts';

export type { AgreementKind } from '../shared/checklist.ts';

/** A party of the cooperation, as `cooperations`/`parties` rows give it (ordinal 1 = PIHAK PERTAMA). */
export interface TemplateParty {
  id: string;
  ordinal: number;
  name: string;
  shortName: string;
  seat?: string | null;
  /** Known signatory, if any; otherwise the komparisi keeps a blank to fill in. */
  signatoryName?: string | null;
  signatoryPosition?: string | null;
  signatoryNip?: string | null;
}

/** The MoU a PKS implements, cited in the PKS recitals. */
export interface TemplateMou {
  title?: string | null;
  /** "tentang ..." of the MoU; derived from its title when absent. */
  subject?: string | null;
  /** The MoU's number in each party's register. */
  numbers?: string[];
  /** Date of signing, ISO `YYYY-MM-DD` (or free text). */
  date?: string | null;
}

/** What a new document is made from (the agreed contract, plus optional extras). */
export interface TemplateContext {
  title?: string | null;
  subject?: string | null;
  parties: TemplateParty[];
  mou?: TemplateMou | null;
  /** Place of signing, if already known. */
  place?: string | null;
  /** Date of signing, ISO `YYYY-MM-DD`, if already known. */
  date?: string | null;
  /** "PIHAK PERTAMA" (default) or "PIHAK KESATU" throughout the text. */
  wording?: PartyWording;
  /** A master PKS: the ordinal of the party whose units (OPD) sign its variants. */
  master?: { unitPartyOrdinal: number } | null;
}

export const DOCUMENT_NAME: Record<AgreementKind, { id: string; en: string }> = {
  mou: { id: 'Nota Kesepakatan', en: 'Memorandum of Understanding' },
  pks: { id: 'Perjanjian Kerja Sama', en: 'Cooperation Agreement' },
};

export const DEFAULT_SUBJECT: Record<AgreementKind, string> = {
  mou: 'Peningkatan Kualitas Pelayanan Publik dan Percepatan Penyelesaian Laporan Masyarakat',
  pks: 'Percepatan Penyelesaian Laporan Masyarakat dan Peningkatan Kepatuhan terhadap Standar Pelayanan Publik',
};
