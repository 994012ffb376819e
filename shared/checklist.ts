/**
 * The completeness checklist of an agreement (docs/DOMAIN.md): which sections an MoU
 * or a PKS must, should or may contain, and the clause headings that reveal each section.
 * Data only; `completeness.ts` applies it to a document.
 */

export type AgreementKind = 'mou' | 'pks';
export type ChecklistLevel = 'required' | 'recommended' | 'annex' | 'flag';
export interface Bilingual {
  id: string;
  en: string;
}

export const SECTION = {
  title: 'title',
  signing: 'signing',
  parties: 'parties',
  recitals: 'recitals',
  purpose: 'purpose',
  scope: 'scope',
  implementation: 'implementation',
  funding: 'funding',
  rights: 'rights',
  term: 'term',
  liaison: 'liaison',
  forceMajeure: 'forceMajeure',
  dispute: 'dispute',
  sanctions: 'sanctions',
  termination: 'termination',
  amendment: 'amendment',
  closing: 'closing',
  signatory: 'signatory',
  dprd: 'dprd',
  placeholders: 'placeholders',
  suggestions: 'suggestions',
} as const;
export type SectionKey = (typeof SECTION)[keyof typeof SECTION];

export interface SectionRule {
  key: SectionKey;
  label: Bilingual;
  /** Level per kind; a kind without a level does not list the section ("—" in docs/DOMAIN.md). */
  levels: Partial<Record<AgreementKind, ChecklistLevel>>;
  /** Normalised heading phrases (whole words) that mark a clause as this section. */
  headings?: string[];
  /** Headings containing one of these words are not this section, even if a phrase matches. */
  exclude?: string[];
}

const both = (level: ChecklistLevel) => ({ mou: level, pks: level });

/** In the order of docs/DOMAIN.md's checklist. Sections found outside clauses (meta, preamble, closing) have no headings. */
export const CHECKLIST: readonly SectionRule[] = [
  { key: 'title', label: { id: 'Judul', en: 'Title' }, levels: both('required') },
  {
    key: 'signing',
    label: { id: 'Tempat dan tanggal penandatanganan', en: 'Place and date of signing' },
    levels: both('required'),
  },
  {
    key: 'parties',
    label: { id: 'Identitas para pihak (komparisi)', en: 'Identity of the parties (komparisi)' },
    levels: both('required'),
  },
  {
    key: 'recitals',
    label: { id: 'Dasar hukum dan pertimbangan', en: 'Legal basis and recitals' },
    levels: both('required'),
  },
  {
    key: 'purpose',
    label: { id: 'Maksud dan tujuan', en: 'Purpose' },
    levels: both('required'),
    headings: ['MAKSUD DAN TUJUAN', 'TUJUAN', 'MAKSUD', 'PURPOSE', 'OBJECTIVES', 'OBJECTIVE'],
  },
  {
    key: 'scope',
    label: { id: 'Objek dan ruang lingkup', en: 'Object and scope' },
    levels: both('required'),
    headings: ['RUANG LINGKUP', 'LINGKUP', 'OBJEK', 'SCOPE'],
  },
  {
    key: 'implementation',
    label: { id: 'Pelaksanaan / rencana kerja', en: 'Implementation / work plan' },
    levels: { mou: 'required', pks: 'annex' },
    headings: ['PELAKSANAAN', 'RENCANA KERJA', 'PROGRAM KERJA', 'IMPLEMENTATION', 'WORK PLAN'],
    exclude: ['EVALUASI', 'PELAPORAN', 'EVALUATION', 'REPORTING'],
  },
  {
    key: 'funding',
    label: { id: 'Pembiayaan', en: 'Funding' },
    levels: both('required'),
    headings: ['PEMBIAYAAN', 'BIAYA', 'PENDANAAN', 'ANGGARAN', 'FUNDING', 'FINANCING', 'COSTS'],
  },
  {
    key: 'rights',
    label: { id: 'Hak dan kewajiban', en: 'Rights and obligations' },
    levels: { pks: 'required' },
    headings: [
      'HAK DAN KEWAJIBAN',
      'KEWAJIBAN',
      'TUGAS DAN TANGGUNG JAWAB',
      'RIGHTS AND OBLIGATIONS',
      'OBLIGATIONS',
    ],
  },
  {
    key: 'term',
    label: { id: 'Jangka waktu', en: 'Term' },
    levels: both('required'),
    headings: ['JANGKA WAKTU', 'MASA BERLAKU', 'TERM', 'DURATION'],
  },
  {
    key: 'liaison',
    label: { id: 'Penghubung dan alamat korespondensi', en: 'Liaison and correspondence address' },
    levels: both('required'),
    headings: [
      'PENGHUBUNG',
      'NARAHUBUNG',
      'KORESPONDENSI',
      'PEMBERITAHUAN',
      'FOCAL POINT',
      'LIAISON',
      'CORRESPONDENCE',
      'NOTICES',
    ],
  },
  {
    key: 'forceMajeure',
    label: { id: 'Keadaan kahar', en: 'Force majeure' },
    levels: { pks: 'required' },
    headings: ['KEADAAN KAHAR', 'KAHAR', 'FORCE MAJEURE', 'FORCE MAJEUR', 'KEADAAN MEMAKSA'],
  },
  {
    key: 'dispute',
    label: { id: 'Penyelesaian perselisihan', en: 'Dispute settlement' },
    levels: { mou: 'recommended', pks: 'required' },
    headings: ['PENYELESAIAN PERSELISIHAN', 'PERSELISIHAN', 'SENGKETA', 'DISPUTE', 'DISPUTES'],
  },
  {
    key: 'sanctions',
    label: { id: 'Sanksi', en: 'Sanctions' },
    levels: { pks: 'required' },
    headings: ['SANKSI', 'SANCTIONS', 'SANCTION'],
  },
  {
    key: 'termination',
    label: { id: 'Pengakhiran', en: 'Termination' },
    levels: { mou: 'recommended', pks: 'required' },
    headings: ['PENGAKHIRAN', 'BERAKHIRNYA', 'PEMUTUSAN', 'PENGHENTIAN', 'TERMINATION'],
  },
  {
    key: 'amendment',
    label: { id: 'Perubahan (adendum)', en: 'Amendment (addendum)' },
    levels: both('required'),
    headings: ['PERUBAHAN', 'ADENDUM', 'ADDENDUM', 'AMANDEMEN', 'AMENDMENT', 'AMENDMENTS'],
  },
  {
    key: 'closing',
    label: {
      id: 'Penutup: rangkap asli, meterai, kekuatan hukum sama',
      en: 'Closing: originals, duty stamp, equal legal force',
    },
    levels: both('required'),
  },
  {
    key: 'signatory',
    label: { id: 'Pejabat penanda tangan yang berwenang', en: 'Authorised signatories' },
    levels: both('required'),
  },
  {
    key: 'dprd',
    label: {
      id: 'Perlu persetujuan DPRD? (membebani APBD yang belum dianggarkan)',
      en: 'DPRD approval needed? (burdens an unbudgeted regional budget)',
    },
    levels: both('flag'),
  },
  {
    key: 'placeholders',
    label: {
      id: 'Tidak ada isian templat yang tersisa',
      en: 'No template placeholders left',
    },
    levels: both('required'),
  },
  {
    key: 'suggestions',
    label: {
      id: 'Tidak ada usulan yang menunggu keputusan',
      en: 'No suggestions awaiting a decision',
    },
    levels: both('required'),
  },
];

/** Upper case, accents and punctuation removed, single spaces: "Maksud & Tujuan." → "MAKSUD TUJUAN". */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** Whether a clause heading marks the given section (whole-word phrase match). */
export function headingMatches(rule: SectionRule, heading: string): boolean {
  if (!rule.headings) return false;
  const padded = ` ${normalizeText(heading)} `;
  if (rule.exclude?.some((word) => padded.includes(` ${word} `))) return false;
  return rule.headings.some((phrase) => padded.includes(` ${phrase} `));
}
