import type { UnitRowError } from '../../../shared/api/units.ts';
import { isNip } from '../../../shared/api/units.ts';
import type { Unit } from '../../db/repos/units.ts';
import { readPastedTable } from '../meetings/liaisonTable.ts';

/** The fields of a unit a pasted row gives. */
export type UnitFields = Pick<
  Unit,
  'name' | 'shortName' | 'headName' | 'headPosition' | 'headNip' | 'kuasaRef' | 'address'
>;

/** One unit read from a pasted row; `row` is its line number in the pasted text. */
export type ParsedUnit = { row: number } & UnitFields;

type Column = 'no' | keyof UnitFields;

/** Header words people use in their spreadsheets, by column (compared lower-case, letters only). */
const HEADERS: Record<Column, string[]> = {
  no: ['no', 'nomor', 'nomor urut'],
  name: [
    'opd',
    'nama opd',
    'unit',
    'unit kerja',
    'nama unit',
    'nama unit kerja',
    'perangkat daerah',
    'nama perangkat daerah',
    'skpd',
    'nama skpd',
    'instansi',
    'dinas',
    'nama',
    'name',
  ],
  shortName: ['singkatan', 'nama singkat', 'akronim', 'short name', 'kode'],
  headName: ['kepala', 'nama kepala', 'nama kepala opd', 'pimpinan', 'nama pimpinan', 'nama pejabat', 'head'],
  headPosition: ['jabatan', 'jabatan kepala', 'jabatan pimpinan', 'position'],
  headNip: ['nip', 'nip kepala', 'nip pimpinan'],
  kuasaRef: ['surat kuasa', 'kuasa', 'nomor surat kuasa', 'no surat kuasa', 'dasar kuasa'],
  address: ['alamat', 'alamat kantor', 'address'],
};

/** Without a header row the columns are read in this order. */
const DEFAULT_ORDER: Column[] = [
  'name',
  'shortName',
  'headName',
  'headPosition',
  'headNip',
  'kuasaRef',
  'address',
];

/** The longest text each field takes (as the API's own fields). */
const LIMITS: Record<keyof UnitFields, number> = {
  name: 300,
  shortName: 100,
  headName: 300,
  headPosition: 300,
  headNip: 40,
  kuasaRef: 500,
  address: 500,
};

/**
 * Reads units pasted from a spreadsheet: one per line, with or without a header row (recognised
 * by its words: Nama OPD, Singkatan, Kepala, Jabatan, NIP, Surat Kuasa, Alamat). Rows that cannot
 * be read are reported with their line number and the reason; the others are kept.
 */
export function parseUnitTable(text: string): { rows: ParsedUnit[]; errors: UnitRowError[] } {
  const rows: ParsedUnit[] = [];
  const errors: UnitRowError[] = [];

  for (const { row, cells, columns } of readPastedTable(text, HEADERS, DEFAULT_ORDER, 1)) {
    const get = (col: keyof UnitFields) => (cells[columns.indexOf(col)] ?? '').trim();
    const fields: UnitFields = {
      name: get('name'),
      shortName: get('shortName'),
      headName: get('headName'),
      headPosition: get('headPosition'),
      headNip: get('headNip').replace(/[\s.]/g, ''),
      kuasaRef: get('kuasaRef'),
      address: get('address'),
    };
    const tooLong = (Object.keys(LIMITS) as (keyof UnitFields)[]).find((k) => fields[k].length > LIMITS[k]);
    if (!fields.name) {
      errors.push({
        row,
        id: 'unit.row_name',
        field: 'name',
        message: `Baris ${row}: nama unit kerja kosong.`,
        messageEn: `Row ${row}: the unit's name is empty.`,
      });
    } else if (tooLong) {
      errors.push({
        row,
        id: 'unit.row_too_long',
        field: tooLong,
        message: `Baris ${row}: isian "${tooLong}" lebih dari ${LIMITS[tooLong]} karakter.`,
        messageEn: `Row ${row}: "${tooLong}" is longer than ${LIMITS[tooLong]} characters.`,
      });
    } else if (fields.headNip && !isNip(fields.headNip)) {
      errors.push({
        row,
        id: 'unit.row_nip',
        field: 'headNip',
        message: `Baris ${row}: NIP "${get('headNip')}" harus 18 angka.`,
        messageEn: `Row ${row}: the NIP "${get('headNip')}" must be 18 digits.`,
      });
    } else {
      rows.push({ row, ...fields });
    }
  }
  return { rows, errors };
}
