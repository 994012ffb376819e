/**
 * `npm run user -- <command>`: user accounts for a real deployment (no sign-up page by design).
 *   add <username> --name "..." [--position "..."] [--nip ...] [--password ...]
 *   passwd <username> [--password ...]
 *   list
 *   add-member <username> --cooperation <id> --party <ordinal> --role <owner|editor|suggester|commenter|viewer> [--signatory]
 *   grant-create <username> | revoke-create <username>   (may start cooperations; see SEPAKAT_COOPERATION_CREATORS)
 * Without --password, a password is asked for on a terminal, or generated and printed once.
 * Works on the database of SEPAKAT_DATA_DIR (default ./data), also while the server runs.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { usernameSchema } from '../../shared/api/auth.ts';
import { type Role, roleSchema } from '../../shared/api/common.ts';
import { loadConfig } from '../config.ts';
import { type DB, openDatabase } from '../db/connection.ts';
import { grantCooperationCreator, revokeCooperationCreator } from '../db/repos/cooperationCreators.ts';
import { findCooperation } from '../db/repos/cooperations.ts';
import { findMember, insertMember } from '../db/repos/members.ts';
import { listParties } from '../db/repos/parties.ts';
import { deleteUserSessions } from '../db/repos/sessions.ts';
import { createUser, findUserByUsername, listUsers, setPasswordHash } from '../db/repos/users.ts';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../http/password.ts';

class UsageError extends Error {}

const USAGE = `Pemakaian / usage:
  npm run user -- add <username> --name "Nama Tampilan" [--position "Jabatan"] [--nip NIP] [--password PW]
  npm run user -- passwd <username> [--password PW]
  npm run user -- list
  npm run user -- add-member <username> --cooperation <id> --party <ordinal> --role <owner|editor|suggester|commenter|viewer> [--signatory]
  npm run user -- grant-create <username>     (boleh membuat kerja sama / may start cooperations)
  npm run user -- revoke-create <username>`;

/** Asks twice on a terminal (input is visible: readline cannot hide it); generates one otherwise. */
async function choosePassword(given: string | undefined): Promise<{ password: string; generated: boolean }> {
  if (given) return { password: given, generated: false };
  if (!process.stdin.isTTY) return { password: generatePassword(), generated: true };
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const first = await rl.question('Kata sandi / password (kosong = buat otomatis / empty = generate): ');
    if (!first) return { password: generatePassword(), generated: true };
    const again = await rl.question('Ulangi / repeat: ');
    if (again !== first) throw new UsageError('Kata sandi tidak sama. / Passwords do not match.');
    return { password: first, generated: false };
  } finally {
    rl.close();
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(
      `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter. / Password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
}

async function add(db: DB, args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      position: { type: 'string' },
      nip: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const parsed = usernameSchema.safeParse(positionals[0] ?? '');
  if (!parsed.success)
    throw new UsageError('Nama pengguna tidak valid (huruf, angka, . _ -). / Invalid username.');
  const username = parsed.data;
  if (!values.name) throw new UsageError('--name wajib diisi. / --name is required.');
  if (findUserByUsername(db, username))
    throw new UsageError(`Pengguna ${username} sudah ada. / User exists.`);
  const { password, generated } = await choosePassword(values.password);
  checkPassword(password);
  const user = createUser(db, {
    username,
    displayName: values.name,
    position: values.position,
    nip: values.nip,
    passwordHash: await hashPassword(password),
  });
  console.log(`Pengguna dibuat / user created: ${user.username} (${user.displayName}) id=${user.id}`);
  if (generated) console.log(`Kata sandi / password: ${password}   (dicetak sekali / shown once)`);
}

async function passwd(db: DB, args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { password: { type: 'string' } },
  });
  const user = findUserByUsername(db, positionals[0] ?? '');
  if (!user) throw new UsageError(`Pengguna tidak ditemukan / no such user: ${positionals[0] ?? ''}`);
  const { password, generated } = await choosePassword(values.password);
  checkPassword(password);
  setPasswordHash(db, user.id, await hashPassword(password));
  const ended = deleteUserSessions(db, user.id);
  // A running server closes the user's open sockets and event streams at its next access
  // check (SEPAKAT_ACCESS_CHECK_MS, 2 s by default).
  console.log(
    `Kata sandi diganti / password changed: ${user.username} ` +
      `(${ended} sesi ditutup, koneksi terbuka terputus dalam beberapa detik / ` +
      `${ended} sessions ended, open connections close within seconds)`,
  );
  if (generated) console.log(`Kata sandi / password: ${password}   (dicetak sekali / shown once)`);
}

function list(db: DB) {
  const users = listUsers(db);
  if (users.length === 0) console.log('Belum ada pengguna. / No users yet.');
  for (const u of users) console.log(`${u.username.padEnd(16)} ${u.displayName.padEnd(32)} ${u.position}`);
}

function addMember(db: DB, args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      cooperation: { type: 'string' },
      party: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      signatory: { type: 'boolean', default: false },
    },
  });
  const user = findUserByUsername(db, positionals[0] ?? '');
  if (!user) throw new UsageError(`Pengguna tidak ditemukan / no such user: ${positionals[0] ?? ''}`);
  const cooperation = findCooperation(db, values.cooperation ?? '');
  if (!cooperation)
    throw new UsageError('Kerja sama tidak ditemukan (--cooperation). / No such cooperation.');
  const party = listParties(db, cooperation.id).find((p) => p.ordinal === Number(values.party));
  if (!party) throw new UsageError('Pihak tidak ditemukan (--party <nomor urut>). / No such party ordinal.');
  const role = roleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError('--role: owner | editor | suggester | commenter | viewer');
  if (findMember(db, cooperation.id, user.id))
    throw new UsageError('Sudah menjadi anggota. / Already a member.');
  insertMember(db, {
    cooperationId: cooperation.id,
    userId: user.id,
    partyId: party.id,
    role: role.data as Role,
    signatory: values.signatory,
  });
  console.log(`${user.username} → ${cooperation.title} (${party.shortName}, ${role.data})`);
}

/** Allows (or no longer allows) an account to start cooperations under SEPAKAT_COOPERATION_CREATORS=owners. */
function creator(db: DB, args: string[], allow: boolean) {
  const user = findUserByUsername(db, args[0] ?? '');
  if (!user) throw new UsageError(`Pengguna tidak ditemukan / no such user: ${args[0] ?? ''}`);
  if (allow) grantCooperationCreator(db, user.id);
  else revokeCooperationCreator(db, user.id);
  console.log(
    allow
      ? `${user.username} boleh membuat kerja sama / may start cooperations`
      : `${user.username} tidak lagi boleh membuat kerja sama (kecuali sebagai pemilik) / may no longer start cooperations (unless an owner)`,
  );
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const db = openDatabase(loadConfig().dbFile);
  try {
    if (command === 'add') await add(db, rest);
    else if (command === 'passwd') await passwd(db, rest);
    else if (command === 'list') list(db);
    else if (command === 'add-member') addMember(db, rest);
    else if (command === 'grant-create') creator(db, rest, true);
    else if (command === 'revoke-create') creator(db, rest, false);
    else throw new UsageError(USAGE);
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof UsageError || err instanceof TypeError ? err.message : err);
  process.exit(1);
});
