import type { PMJSON } from '../../../shared/clauses.ts';
import type { DocumentMeta } from '../../../shared/meta.ts';
import { ayat, chapter, clause, closing, doc, p, preamble, ref } from '../export/fixtures.ts';

/**
 * Two versions of an MoU that differ in every way a redline must survive: a Pasal inserted
 * in the middle (the later ones renumber), a Pasal deleted that a reference points at, a
 * Pasal moved, an ayat inserted (the later ayat and a reference to one renumber), text changed
 * outside any Pasal, a BAB inserted before another (which renumbers), and the printed metadata
 * (number, date, a signatory) changed.
 */
export function redlineVersions(): { before: Version; after: Version } {
  const maksud = (inserted: boolean) =>
    clause(
      { id: 'maksud' },
      'Maksud dan Tujuan',
      ayat(
        { id: 'mk1', blocks: ['Maksud Nota Kesepakatan ini adalah sebagai pedoman bagi PARA PIHAK.'] },
        ...(inserted
          ? [{ id: 'mk9', blocks: ['Nota Kesepakatan ini juga menjadi dasar koordinasi PARA PIHAK.'] }]
          : []),
        { id: 'mk2', blocks: ['Tujuan Nota Kesepakatan ini adalah meningkatkan kualitas pelayanan publik.'] },
      ),
    );
  const lingkup = clause(
    { id: 'lingkup' },
    'Ruang Lingkup',
    p('Ruang lingkup melaksanakan tujuan sebagaimana dimaksud dalam ', ref('maksud', 'mk2'), '.'),
  );
  const data = clause({ id: 'data' }, 'Pertukaran Data', p('PARA PIHAK saling bertukar data pengaduan.'));
  const pelaksanaan = clause(
    { id: 'pelaksanaan' },
    'Pelaksanaan',
    p('Kegiatan dilaksanakan oleh penghubung masing-masing pihak.'),
  );
  const biaya = clause(
    { id: 'biaya' },
    'Pembiayaan',
    p(
      'Biaya kegiatan sebagaimana dimaksud dalam ',
      ref('data'),
      ' dan ',
      ref('pelaksanaan'),
      ' dibebankan kepada anggaran masing-masing.',
    ),
  );
  const waktu = clause(
    { id: 'waktu' },
    'Jangka Waktu',
    ayat(
      { id: 'wk1', blocks: ['Nota Kesepakatan ini berlaku selama 2 (dua) tahun.'] },
      {
        id: 'wk2',
        blocks: [p('Jangka waktu sebagaimana dimaksud pada ', ref('waktu', 'wk1'), ' dapat diperpanjang.')],
      },
    ),
  );
  const koordinasi = clause(
    { id: 'koordinasi' },
    'Koordinasi',
    p('PARA PIHAK mengadakan rapat koordinasi paling sedikit 1 (satu) kali dalam setahun.'),
  );
  // BAB headings: a BAB inserted before the last one renumbers it (II becomes III).
  const umum = chapter({ id: 'umum' }, 'Ketentuan Umum');
  const babKoordinasi = chapter({ id: 'bab-koordinasi' }, 'Koordinasi');
  const penutup = chapter({ id: 'penutup' }, 'Ketentuan Lain');
  const end = (copies: string) =>
    closing(`Demikian Nota Kesepakatan ini dibuat dalam rangkap ${copies} asli.`);
  // The opening's blanks are filled from the metadata's date and place when printed.
  const opening = preamble(
    'Pada hari ini ........, tanggal ........, bulan ........, tahun ........ (........), bertempat di ........, kami yang bertanda tangan di bawah ini:',
  );
  const meta: DocumentMeta = {
    title: 'Nota Kesepakatan Pengawasan Pelayanan Publik',
    subject: 'Pengawasan Penyelenggaraan Pelayanan Publik',
    place: 'Bandung',
    date: '2024-03-10',
    'number.p1': '001/ORI-JBR/III/2024',
    'number.p2': '',
    'signatoryName.p1': 'Dadan S. Suharmawijaya',
    'signatoryPosition.p1': 'Kepala Ombudsman RI Perwakilan Provinsi Jawa Barat',
    'signatoryName.p2': 'Muhammad Farhan',
    'signatoryPosition.p2': 'Wali Kota Bandung',
  };
  return {
    before: {
      body: doc(
        opening,
        umum,
        maksud(false),
        lingkup,
        data,
        pelaksanaan,
        penutup,
        biaya,
        waktu,
        end('2 (dua)'),
      ),
      meta,
    },
    after: {
      body: doc(
        opening,
        umum,
        maksud(true),
        babKoordinasi,
        koordinasi,
        lingkup,
        penutup,
        biaya,
        waktu,
        pelaksanaan,
        end('4 (empat)'),
      ),
      meta: {
        ...meta,
        date: '2024-05-02',
        'number.p1': '014/ORI-JBR/V/2024',
        'signatoryName.p2': 'Dr. Abdul Rokhim, S.Sos., M.Si.',
      },
    },
  };
}

/** One version: a body and its metadata. */
export interface Version {
  body: PMJSON;
  meta: DocumentMeta;
}
