import { type Messages, useT } from '../../i18n/index.ts';

/** The words of the setting of who approves a PKS variant for its OPD's party. */
const id = {
  title: 'Persetujuan PKS per OPD',
  switch: 'Bagian Kerja Sama ikut menyetujui setiap PKS OPD',
  hint: 'PKS yang dibuat untuk sebuah OPD disetujui, dari pihak OPD itu, oleh anggota OPD tersebut (kepala OPD atau yang ditunjuk). Bila diaktifkan, anggota pihak itu yang tidak tergabung dalam OPD mana pun (Bagian Kerja Sama) juga dapat menyetujuinya.',
  readOnly: 'Hanya pemilik kerja sama yang dapat mengubah pengaturan ini.',
  on: 'Bagian Kerja Sama kini dapat menyetujui PKS setiap OPD.',
  off: 'PKS setiap OPD kini hanya disetujui oleh anggota OPD itu sendiri.',
};

const en: Record<keyof typeof id, string> = {
  title: 'Approving each OPD’s PKS',
  switch: 'The Bagian Kerja Sama approves every OPD’s PKS too',
  hint: 'A PKS made for an OPD is approved, for that OPD’s party, by the OPD’s members (its head or their delegate). When on, members of that party in no OPD (the Bagian Kerja Sama) may approve it as well.',
  readOnly: 'Only an owner of the cooperation can change this setting.',
  on: 'The Bagian Kerja Sama may now approve every OPD’s PKS.',
  off: 'Each OPD’s PKS is now approved only by that OPD’s own members.',
};

const messages: Messages<keyof typeof id> = { id, en };

/** The words of the variant approval setting in the interface language. */
export const useVariantApprovalT = () => useT(messages);
