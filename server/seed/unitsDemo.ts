import { addLiaison } from '../commands/meetings/liaisons.ts';
import { addUnit, unitNamed } from '../commands/units/units.ts';
import type { DB } from '../db/connection.ts';
import { listLiaisons } from '../db/repos/liaisons.ts';
import { setLiaisonUnit, setMemberUnit, type Unit } from '../db/repos/units.ts';

/**
 * The city's units (OPD) in the demo, each with a head who signs its PKS under a surat kuasa
 * of the Wali Kota. The heads' names are fictitious; a NIP reads birth date, appointment month,
 * sex and a serial number.
 */
export const DEMO_UNITS = [
  {
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Disdukcapil',
    headName: 'Drs. H. Abdul Rahman, M.Si.',
    headPosition: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
    headNip: '196804121994031007',
    kuasaRef: 'Surat Kuasa Wali Kota Jambi Nomor 180/101/HK/2025 tanggal 2 Juni 2025',
    address: 'Jl. Jenderal Basuki Rahmat No. 1, Kota Baru, Kota Jambi 36129',
  },
  {
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    headName: 'Ir. Sri Wahyuni, M.T.',
    headPosition: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Jambi',
    headNip: '197203151998032004',
    kuasaRef: 'Surat Kuasa Wali Kota Jambi Nomor 180/102/HK/2025 tanggal 2 Juni 2025',
    address: 'Jl. Letjen. Suprapto No. 2, Telanaipura, Kota Jambi 36122',
  },
  {
    name: 'Rumah Sakit Umum Daerah H. Abdul Manap',
    shortName: 'RSUD H. Abdul Manap',
    headName: 'dr. Hendra Kurniawan, Sp.PD., M.Kes.',
    headPosition: 'Direktur Rumah Sakit Umum Daerah H. Abdul Manap Kota Jambi',
    headNip: '197506202005011009',
    kuasaRef: 'Surat Kuasa Wali Kota Jambi Nomor 180/103/HK/2025 tanggal 2 Juni 2025',
    address: 'Jl. Sumantri Brojonegoro No. 1, Paal Lima, Kota Baru, Kota Jambi 36129',
  },
  {
    name: 'Dinas Sosial',
    shortName: 'Dinsos',
    headName: 'Dra. Hj. Nurhayati, M.M.',
    headPosition: 'Kepala Dinas Sosial Kota Jambi',
    headNip: '197009081995032002',
    kuasaRef: 'Surat Kuasa Wali Kota Jambi Nomor 180/104/HK/2025 tanggal 2 Juni 2025',
    address: 'Jl. Jenderal Sudirman No. 8, Thehok, Kota Jambi 36138',
  },
];

/** Liaisons the new units named (role titles, fictitious numbers), beside the register's. */
const UNIT_LIAISONS = [
  {
    unit: 'RSUD H. Abdul Manap',
    name: 'Kepala Bagian Umum RSUD',
    position: 'Kepala Bagian Umum',
    phone: '0741-555106',
    email: 'rsud@jambikota.example',
  },
  {
    unit: 'Dinsos',
    name: 'Sekretaris Dinas Sosial',
    position: 'Sekretaris Dinas',
    phone: '0741-555107',
    email: 'dinsos@jambikota.example',
  },
];

/**
 * Gives the demo's city its units: the four OPD with their heads, the register's liaisons of
 * those OPD linked to them (the others stay for "Ambil dari daftar penghubung"), a liaison each
 * for the two OPD the register lacks, and each demo user of an OPD (`members`: user id by the
 * unit's short name) placed in it.
 */
export function seedUnitsDemo(
  db: DB,
  o: { cooperationId: string; partyId: string; userId: string; at: number; members: Map<string, string> },
): Unit[] {
  const actor = { cooperationId: o.cooperationId, userId: o.userId, at: o.at };
  return db.transaction(() => {
    const units = DEMO_UNITS.map((u) => addUnit(db, actor, { partyId: o.partyId, ...u }));
    for (const l of UNIT_LIAISONS) {
      const unit = unitNamed(units, o.partyId, l.unit);
      addLiaison(db, actor, { ...l, partyId: o.partyId, unitId: unit?.id ?? null, since: '2025-06-02' });
    }
    for (const liaison of listLiaisons(db, o.cooperationId, o.partyId)) {
      const unit = liaison.unitId ? undefined : unitNamed(units, o.partyId, liaison.unit);
      if (unit) setLiaisonUnit(db, liaison.id, unit);
    }
    for (const [shortName, userId] of o.members) {
      const unit = unitNamed(units, o.partyId, shortName);
      if (unit) setMemberUnit(db, o.cooperationId, userId, unit.id);
    }
    return units;
  })();
}
