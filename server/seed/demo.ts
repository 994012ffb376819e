import type { Role } from '../../shared/api/common.ts';
import { DEFAULT_SUBJECT } from '../../templates/index.ts';
import { createCooperation } from '../commands/createCooperation.ts';
import { createDocument } from '../commands/createDocument.ts';
import type { AppContext } from '../context.ts';
import { insertMember } from '../db/repos/members.ts';
import { createUser } from '../db/repos/users.ts';
import { generatePassword, hashPassword } from '../http/password.ts';
import { seedCarryingOutDemo } from './carryingOutDemo.ts';
import { seedMeetingDemo } from './meetingDemo.ts';
import { seedUnitsDemo } from './unitsDemo.ts';
import { seedVariantsDemo } from './variantsDemo.ts';

/** The founding case: Ombudsman RI Perwakilan Jambi and Pemerintah Kota Jambi. */
export const DEMO_COOPERATION = {
  title: 'Kerja Sama Peningkatan Kualitas Pelayanan Publik dan Percepatan Penyelesaian Laporan Masyarakat',
  description:
    'Contoh kerja sama (demo): Nota Kesepakatan dan Perjanjian Kerja Sama antara Ombudsman RI Perwakilan Jambi dan Pemerintah Kota Jambi.',
  parties: [
    {
      name: 'Ombudsman Republik Indonesia Perwakilan Provinsi Jambi',
      shortName: 'Ombudsman RI Perwakilan Jambi',
      seat: 'Kota Jambi, Provinsi Jambi',
    },
    { name: 'Pemerintah Kota Jambi', shortName: 'Pemkot Jambi', seat: 'Kota Jambi, Provinsi Jambi' },
  ],
};

/** Demo people carry role titles, never personal names. `party` is the party's ordinal. */
export const DEMO_USERS: {
  username: string;
  displayName: string;
  position: string;
  party: number;
  role: Role;
  signatory?: boolean;
  /** The short name of the city's unit (OPD) they belong to (`DEMO_UNITS`). */
  unit?: string;
}[] = [
  {
    username: 'ombudsman',
    displayName: 'Kepala Perwakilan',
    position: 'Kepala Perwakilan Ombudsman RI Provinsi Jambi',
    party: 1,
    role: 'owner',
    signatory: true,
  },
  {
    username: 'asisten',
    displayName: 'Asisten Pemeriksaan Laporan',
    position: 'Asisten Ombudsman RI Perwakilan Jambi',
    party: 1,
    role: 'editor',
  },
  {
    username: 'pemkot',
    displayName: 'Kabag Kerja Sama',
    position: 'Kepala Bagian Kerja Sama Sekretariat Daerah Kota Jambi',
    party: 2,
    role: 'editor',
  },
  {
    username: 'organisasi',
    displayName: 'Kabag Organisasi',
    position: 'Kepala Bagian Organisasi Sekretariat Daerah Kota Jambi',
    party: 2,
    role: 'editor',
  },
  {
    username: 'walikota',
    displayName: 'Wali Kota',
    position: 'Wali Kota Jambi',
    party: 2,
    role: 'commenter',
    signatory: true,
  },
  { username: 'tamu', displayName: 'Tamu', position: 'Tamu (hanya membaca)', party: 1, role: 'viewer' },
  {
    username: 'dukcapil',
    displayName: 'Sekretaris Disdukcapil',
    position: 'Sekretaris Dinas Kependudukan dan Pencatatan Sipil Kota Jambi',
    party: 2,
    role: 'editor',
    unit: 'Disdukcapil',
  },
  {
    username: 'dpmptsp',
    displayName: 'Sekretaris DPMPTSP',
    position: 'Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Jambi',
    party: 2,
    role: 'editor',
    unit: 'DPMPTSP',
  },
  {
    username: 'rsud',
    displayName: 'Kabag Umum RSUD',
    position: 'Kepala Bagian Umum RSUD H. Abdul Manap',
    party: 2,
    role: 'editor',
    unit: 'RSUD H. Abdul Manap',
  },
  {
    username: 'dinsos',
    displayName: 'Sekretaris Dinsos',
    position: 'Sekretaris Dinas Sosial Kota Jambi',
    party: 2,
    role: 'commenter',
    unit: 'Dinsos',
  },
];

export interface DemoLogin {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface DemoResult {
  cooperationId: string;
  mouId: string;
  pksId: string;
  /** The master PKS for the city's OPD; its variants follow it. */
  masterId: string;
  variantIds: string[];
  /** The PKS signed about a year ago and carried out since (`carryingOutDemo.ts`). */
  signedId: string;
  logins: DemoLogin[];
}

/**
 * Creates the demo on an empty database: the users (password `password`, or a generated one
 * per user), the cooperation with both parties and every member, an MoU draft and a PKS draft
 * (implementing the MoU) from the templates, the city's units (OPD) with their members and
 * liaisons, a master PKS with a variant for each of those OPD, and a PKS signed about a year
 * before `now` and carried out since (`carryingOutDemo.ts`).
 */
export async function seedDemo(
  ctx: Pick<AppContext, 'db' | 'collab' | 'store' | 'events' | 'log'>,
  { password, now = Date.now() }: { password: string | null; now?: number },
): Promise<DemoResult> {
  const logins: DemoLogin[] = [];
  const ids: string[] = [];
  for (const u of DEMO_USERS) {
    const pw = password ?? generatePassword();
    const user = createUser(ctx.db, {
      username: u.username,
      displayName: u.displayName,
      position: u.position,
      passwordHash: await hashPassword(pw),
    });
    ids.push(user.id);
    logins.push({ username: u.username, displayName: u.displayName, role: u.role, password: pw });
  }
  const [owner] = DEMO_USERS;
  const [ownerId] = ids;
  if (!owner || !ownerId) throw new Error('the demo has no users');
  const { cooperation, parties } = createCooperation(ctx.db, ownerId, {
    ...DEMO_COOPERATION,
    myPartyOrdinal: owner.party,
    signatory: owner.signatory,
  });
  ctx.db.transaction(() => {
    DEMO_USERS.forEach((u, i) => {
      if (i === 0) return;
      const userId = ids[i];
      const party = parties[u.party - 1];
      if (!userId || !party) throw new Error(`the demo user ${u.username} has no account or no party`);
      insertMember(ctx.db, {
        cooperationId: cooperation.id,
        userId,
        partyId: party.id,
        role: u.role,
        signatory: u.signatory,
      });
    });
  })();
  const base = { cooperationId: cooperation.id, cooperationTitle: cooperation.title, userId: ownerId };
  const mou = await createDocument(ctx, { ...base, kind: 'mou' });
  const pks = await createDocument(ctx, {
    ...base,
    kind: 'pks',
    mouId: mou.id,
    subject: DEFAULT_SUBJECT.pks,
  });
  await seedMeetingDemo(ctx, { cooperationId: cooperation.id, mouId: mou.id, pksId: pks.id });
  const units = seedUnitsDemo(ctx.db, {
    cooperationId: cooperation.id,
    partyId: parties[1]!.id,
    userId: ids[DEMO_USERS.findIndex((u) => u.username === 'pemkot')]!,
    at: Date.UTC(2025, 5, 2, 2, 0),
    members: new Map(DEMO_USERS.flatMap((u, i) => (u.unit && ids[i] ? [[u.unit, ids[i]]] : []))),
  });
  const { masterId, variantIds } = await seedVariantsDemo(ctx, { ...base, mouId: mou.id, units });
  const signed = await seedCarryingOutDemo(ctx, { ...base, mouId: mou.id, units, now });
  return {
    cooperationId: cooperation.id,
    mouId: mou.id,
    pksId: pks.id,
    masterId,
    variantIds,
    signedId: signed.id,
    logins,
  };
}

const ROLE_WORDS: Record<Role, string> = {
  owner: 'pemilik/owner',
  editor: 'penyunting/editor',
  suggester: 'pengusul/suggester',
  commenter: 'pemberi komentar/commenter',
  viewer: 'pembaca/viewer',
};

/** The demo logins in a box on stdout, once (generated passwords are not stored anywhere else). */
export function printDemoLogins(demo: DemoResult, url: string, fromEnv: boolean): void {
  const lines = [
    `Sepakat berjalan di / is running at ${url}`,
    '',
    'Akun demo / Demo logins:',
    ...demo.logins.map(
      (l) =>
        `  ${l.username.padEnd(11)} ${fromEnv ? '(SEPAKAT_DEMO_PASSWORD)' : l.password}   ${ROLE_WORDS[l.role]}`,
    ),
    '',
    fromEnv
      ? 'Kata sandi dari SEPAKAT_DEMO_PASSWORD. / Password from SEPAKAT_DEMO_PASSWORD.'
      : 'Kata sandi hanya ditampilkan sekali ini. / Passwords are shown only this once.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const box = [
    `┌${'─'.repeat(width + 2)}┐`,
    ...lines.map((l) => `│ ${l.padEnd(width)} │`),
    `└${'─'.repeat(width + 2)}┘`,
  ].join('\n');
  process.stdout.write(`\n${box}\n\n`);
}
