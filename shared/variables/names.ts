import type { Bilingual } from '../checklist.ts';

/**
 * The variables a master PKS may hold in its text: what differs from one OPD's variant to the
 * next (the OPD and its head, the numbers, the liaisons, the work plan) and what the master
 * cites from the MoU it implements. The list is closed: the server refuses any other name.
 */
export const VARIABLE_NAMES = [
  'opdName',
  'opdShortName',
  'headName',
  'headPosition',
  'headNip',
  'kuasaRef',
  'opdAddress',
  'pksNumberFirst',
  'pksNumberSecond',
  'pksDate',
  'mouNumbers',
  'mouDate',
  'mouTitle',
  'liaisons',
  'rencanaKerja',
] as const;

/** The name of a variable of {@link VARIABLE_NAMES}. */
export type VariableName = (typeof VARIABLE_NAMES)[number];

/**
 * The variables whose values come from the MoU a PKS implements, not from an OPD: a master
 * already knows them, so its chips show them as a variant's do (`values.ts` fills them from
 * the MoU's live metadata).
 */
export const MOU_VARIABLES: readonly VariableName[] = ['mouNumbers', 'mouDate', 'mouTitle'];

const NAMES = new Set<string>(VARIABLE_NAMES);

/** Whether `value` names a variable of the closed list. */
export const isVariableName = (value: unknown): value is VariableName =>
  typeof value === 'string' && NAMES.has(value);

/** What each variable is called where people see it: the editor's chip and menu, the draft's placeholder. */
export const VARIABLE_LABELS: Readonly<Record<VariableName, Bilingual>> = {
  opdName: { id: 'Nama OPD', en: 'OPD name' },
  opdShortName: { id: 'Singkatan OPD', en: 'OPD short name' },
  headName: { id: 'Nama kepala OPD', en: 'Head of the OPD' },
  headPosition: { id: 'Jabatan kepala OPD', en: "Head's position" },
  headNip: { id: 'NIP kepala OPD', en: "Head's NIP" },
  kuasaRef: { id: 'Surat kuasa', en: 'Power of attorney' },
  opdAddress: { id: 'Alamat OPD', en: 'OPD address' },
  pksNumberFirst: { id: 'Nomor PKS PIHAK PERTAMA', en: 'Agreement number, first party' },
  pksNumberSecond: { id: 'Nomor PKS PIHAK KEDUA', en: 'Agreement number, second party' },
  pksDate: { id: 'Tanggal PKS', en: 'Agreement date' },
  mouNumbers: { id: 'Nomor Nota Kesepakatan', en: 'MoU number(s)' },
  mouDate: { id: 'Tanggal Nota Kesepakatan', en: 'MoU date' },
  mouTitle: { id: 'Judul Nota Kesepakatan', en: 'MoU title' },
  liaisons: { id: 'Penghubung OPD', en: 'OPD liaisons' },
  rencanaKerja: { id: 'Lampiran rencana kerja', en: 'Work plan annex' },
};

/** The label of a variable in one language; an unknown name reads as itself. */
export function variableLabel(name: unknown, lang: keyof Bilingual = 'id'): string {
  return isVariableName(name) ? VARIABLE_LABELS[name][lang] : String(name ?? '');
}

/** What an unfilled variable prints in a draft: «Nama OPD». */
export const variablePlaceholder = (name: unknown) => `«${variableLabel(name)}»`;
