/**
 * How a signatory is printed under the signature: the name in capitals with the academic
 * and religious titles in their own case ("Dr. ABDUL ROKHIM, S.Sos., M.Si."), and a NIP line
 * only for a civil servant.
 */

/** Titles written before a name, in their usual spelling, keyed by lower case. */
const PREFIX_TITLES = [
  'Prof.',
  'Dr.',
  'dr.',
  'drg.',
  'Drs.',
  'Dra.',
  'Ir.',
  'H.',
  'Hj.',
  'KH.',
  'Ns.',
  'apt.',
];

/** Degrees written after a name (after a comma), in their usual spelling. */
const DEGREES = [
  'S.H.',
  'M.H.',
  'S.Sos.',
  'M.Si.',
  'S.E.',
  'M.E.',
  'M.M.',
  'S.T.',
  'M.T.',
  'S.Kom.',
  'M.Kom.',
  'S.Pd.',
  'M.Pd.',
  'S.IP.',
  'M.AP.',
  'M.A.',
  'S.Ag.',
  'M.Ag.',
  'S.Psi.',
  'S.Ked.',
  'M.Kes.',
  'S.KM.',
  'S.Si.',
  'S.STP.',
  'M.Sc.',
  'M.Eng.',
  'Ph.D.',
  'MBA',
  'M.B.A.',
  'LL.M.',
  'Sp.A.',
  'Sp.PD.',
  'Ak.',
  'CA.',
];

const canonical = (list: string[]) => {
  const byKey = new Map<string, string>();
  for (const t of list) if (!byKey.has(t.toLowerCase())) byKey.set(t.toLowerCase(), t);
  return byKey;
};
const PREFIX = canonical(PREFIX_TITLES);
// "dr." (physician) and "Dr." (doctorate) differ only by case: a prefix typed in either keeps it.
const CASE_SENSITIVE_PREFIX = new Set(['dr.', 'Dr.']);
const DEGREE = canonical(DEGREES);

/** "s.sos." or "S.SOS." → "S.Sos."; an unknown degree stays as typed. */
function degreeCase(degree: string): string {
  return DEGREE.get(degree.toLowerCase()) ?? degree;
}

function prefixCase(word: string): string | null {
  if (CASE_SENSITIVE_PREFIX.has(word)) return word;
  return PREFIX.get(word.toLowerCase()) ?? null;
}

/**
 * The name as printed under a signature: the personal name upper-cased, titles before it and
 * degrees after its first comma in their own case. "Dr. Abdul Rokhim, S.Sos., M.Si." →
 * "Dr. ABDUL ROKHIM, S.Sos., M.Si."; "M. Yusuf" → "M. YUSUF" (an initial, not a title).
 */
export function signatoryName(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return '';
  const [head = '', ...tail] = text.split(',');
  const words = head.trim().split(' ');
  const titles: string[] = [];
  while (words.length > 1) {
    const title = prefixCase(words[0]!);
    if (!title) break;
    titles.push(title);
    words.shift();
  }
  const name = [...titles, words.join(' ').toUpperCase()].join(' ');
  const degrees = tail
    .flatMap((part) => part.trim().split(' '))
    .filter(Boolean)
    .map(degreeCase);
  return degrees.length ? `${name}, ${degrees.join(', ')}` : name;
}

/**
 * An elected or political office whose holder has no NIP (civil-servant number): President,
 * minister, governor, regent, mayor and their deputies, members of a parliament or of the
 * Ombudsman. An acting head ("Pj. Wali Kota", "Penjabat Bupati") is a civil servant and has one.
 */
const ELECTED =
  /^(wakil\s+)?(presiden|menteri|gubernur|bupati|wali\s*kota)\b|^(ketua|wakil\s+ketua|anggota)\s+(dprd?|dewan\s+perwakilan|ombudsman|mpr)\b/i;

/** Whether the holder of `position` is an elected or political official, who has no NIP. */
export function isElectedOfficial(position: string): boolean {
  return ELECTED.test(position.trim());
}

/**
 * Whether the signature block prints a NIP line: never for an elected official; otherwise
 * when a NIP is given, or as a blank on a draft for the signatory to fill.
 */
export function printsNip(o: { position: string; nip: string; draft: boolean }): boolean {
  if (isElectedOfficial(o.position)) return false;
  return Boolean(o.nip.trim()) || o.draft;
}
