import type { Line } from './lines.ts';
import { BAB, CLOSING, isUpper, PASAL } from './markers.ts';

/**
 * The title block of a Word draft: "NOTA KESEPAKATAN / ANTARA / … / DAN / … / TENTANG / … /
 * NOMOR : …". Sepakat prints it from the document's metadata, so these lines are recognised
 * and reported rather than copied into the body.
 */

const KIND =
  /^(nota\s+kesepakatan|nota\s+kesepahaman|kesepakatan\s+bersama|perjanjian\s+kerja\s*sama|memorandum\s+of\s+understanding)\b/i;
const CONNECTOR = /^(antara|dan|tentang)$/i;
const NOMOR = /^nomor\s*:?\s*(.*)$/i;

export interface FrontMatter {
  /** How many leading lines belong to the title block (0 when there is none). */
  count: number;
  lines: string[];
  kind?: 'mou' | 'pks';
  /** The title's own words ("PERJANJIAN KERJA SAMA"), before ANTARA. */
  title?: string;
  subject?: string;
  parties: string[];
  numbers: string[];
}

/**
 * A line that may belong to the title block. An empty line is one: a logo (an image, which
 * the import counts and does not carry) or a spacer above or inside the title.
 */
const titleish = (line: Line, text: string) =>
  !text ||
  KIND.test(text) ||
  CONNECTOR.test(text) ||
  NOMOR.test(text) ||
  (isUpper(text) && text.length <= 200 && !PASAL.test(text) && !BAB.test(text) && !CLOSING.test(text)) ||
  (line.table !== null && (NOMOR.test(text) || !text.replace(/[|\s]/g, '')));

/** Reads the title block at the start of the lines, if the document has one. */
export function readFrontMatter(lines: Line[]): FrontMatter {
  const found: FrontMatter = { count: 0, lines: [], parties: [], numbers: [] };
  let count = 0;
  while (count < lines.length && titleish(lines[count]!, lines[count]!.text.trim())) count += 1;
  const block = lines
    .slice(0, count)
    .flatMap((l) =>
      l.table !== null ? l.text.split('|').map((s) => s.trim()) : l.text.split('\n').map((s) => s.trim()),
    );
  if (!block.some((t) => KIND.test(t) || NOMOR.test(t))) return found;
  // Trailing empty lines stay for the body (they are dropped there as well).
  while (count > 0 && !lines[count - 1]!.text.trim()) count -= 1;
  found.count = count;
  found.lines = block.filter(Boolean);
  let section: 'title' | 'parties' | 'subject' | 'numbers' = 'title';
  const title: string[] = [];
  const subject: string[] = [];
  for (const text of found.lines) {
    const kind = KIND.exec(text);
    const nomor = NOMOR.exec(text);
    if (kind && section === 'title') {
      found.kind = /perjanjian/i.test(kind[1]!) ? 'pks' : 'mou';
      title.push(text);
    } else if (/^antara$/i.test(text)) section = 'parties';
    else if (/^tentang$/i.test(text)) section = 'subject';
    else if (nomor) {
      section = 'numbers';
      found.numbers.push(nomor[1]!.trim());
    } else if (section === 'parties' && !/^dan$/i.test(text)) found.parties.push(text);
    else if (section === 'subject') subject.push(text);
    else if (section === 'title' && found.kind) title.push(text);
  }
  if (subject.length) found.subject = subject.join(' ');
  if (title.length) found.title = title.join(' ');
  return found;
}
