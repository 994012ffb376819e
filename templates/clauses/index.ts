import type { ClauseLibraryEntry } from '../library.ts';
import bahasa from './bahasa.json' with { type: 'json' };
import hakDanKewajiban from './hak-dan-kewajiban.json' with { type: 'json' };
import jangkaWaktu from './jangka-waktu.json' with { type: 'json' };
import keadaanKahar from './keadaan-kahar.json' with { type: 'json' };
import kerahasiaan from './kerahasiaan.json' with { type: 'json' };
import maksudDanTujuan from './maksud-dan-tujuan.json' with { type: 'json' };
import monitoringEvaluasi from './monitoring-evaluasi.json' with { type: 'json' };
import pelaksanaan from './pelaksanaan.json' with { type: 'json' };
import pelaporan from './pelaporan.json' with { type: 'json' };
import pembiayaan from './pembiayaan.json' with { type: 'json' };
import pengakhiran from './pengakhiran.json' with { type: 'json' };
import penghubung from './penghubung.json' with { type: 'json' };
import penyelesaianPerselisihan from './penyelesaian-perselisihan.json' with { type: 'json' };
import pertukaranData from './pertukaran-data.json' with { type: 'json' };
import perubahan from './perubahan.json' with { type: 'json' };
import ruangLingkup from './ruang-lingkup.json' with { type: 'json' };
import sanksi from './sanksi.json' with { type: 'json' };

/**
 * The standard clauses, one JSON file each (clause in ProseMirror JSON, `{{document}}`
 * standing for "Nota Kesepakatan" / "Perjanjian Kerja Sama"). Listed explicitly rather than
 * globbed so that the same module loads in Node, Vite and the tests.
 */
export const CLAUSE_FILES: readonly ClauseLibraryEntry[] = [
  maksudDanTujuan,
  ruangLingkup,
  pelaksanaan,
  hakDanKewajiban,
  penghubung,
  pembiayaan,
  pelaporan,
  monitoringEvaluasi,
  kerahasiaan,
  pertukaranData,
  jangkaWaktu,
  pengakhiran,
  keadaanKahar,
  sanksi,
  penyelesaianPerselisihan,
  perubahan,
  bahasa,
] as ClauseLibraryEntry[];
